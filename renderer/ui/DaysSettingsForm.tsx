// One settings card of a number of days per key, saved together; a value out of range is named
// beside its field. The contact-interval and the stall-limit settings are both this form.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../records/context';
import { errorMessage } from '../i18n';
import { ErrorBox } from './fields';
import { parseDays } from './daysSettings';

export interface DaysSettingsText {
  title: string;
  help: string;
  label(key: string): string;
  defaultDays(key: string): string;
  invalid: string;
  save: string;
}

export function DaysSettingsForm<K extends string>(props: {
  idPrefix: string;
  keys: readonly K[];
  stored: Readonly<Record<K, number>>;
  text: DaysSettingsText;
  save(values: Partial<Record<K, number>>): Promise<void>;
}) {
  const { t } = useTranslation();
  const { notify } = useOpenVault();
  const { idPrefix, keys, text: words } = props;
  const [text, setText] = useState<Partial<Record<K, string>>>(
    () => Object.fromEntries(keys.map((k) => [k, String(props.stored[k])])) as Partial<Record<K, string>>,
  );
  const [bad, setBad] = useState<K[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDays(keys, text);
    setBad(parsed.invalid);
    setError(null);
    if (parsed.invalid.length > 0) return;
    try {
      await props.save(parsed.values);
      notify(t('settings.saved'));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const titleId = `${idPrefix}-title`;
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{words.title}</h2>
      <p className="help">{words.help}</p>
      <ErrorBox message={error} />
      <div className="ref-grid">
        {keys.map((k) => {
          const id = `${idPrefix}-${k}`;
          const invalid = bad.includes(k);
          return (
            <div key={k} className={`field${invalid ? ' has-error' : ''}`}>
              <div className="label-row">
                <label htmlFor={id}>{words.label(k)}</label>
              </div>
              <input
                id={id}
                type="text"
                inputMode="numeric"
                maxLength={6}
                value={text[k] ?? ''}
                aria-invalid={invalid || undefined}
                aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
                onChange={(e) => setText({ ...text, [k]: e.target.value })}
              />
              <p className="help" id={`${id}-help`}>
                {words.defaultDays(k)}
              </p>
              {invalid ? (
                <p className="error" id={`${id}-error`} role="alert">
                  {words.invalid}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="submit" className="primary">
        {words.save}
      </button>
    </form>
  );
}
