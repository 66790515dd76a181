// 設定 → 連絡の目安（日数）: one number per situation (defaults from DEFAULT_CONTACT_INTERVALS),
// saved together; a value out of range is named beside its field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { CONTACT_SITUATIONS, DEFAULT_CONTACT_INTERVALS, type ContactIntervals, type ContactSituation } from '../../../shared/reach/reach';
import { readContactIntervals, readSetting, writeSetting } from '../settings';
import { parseContactIntervals } from './contactIntervals';

export function ContactIntervalSettings() {
  const { session } = useOpenVault();
  const state = useLiveQuery(
    async () => ({ stored: await readContactIntervals(session), rev: (await readSetting(session, 'contactIntervals')).rev }),
    [session],
  );
  if (!state) return null;
  return <IntervalsForm key={state.rev} stored={state.stored} rev={state.rev} />;
}

function IntervalsForm({ stored, rev }: { stored: ContactIntervals; rev: number }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [text, setText] = useState<Partial<Record<ContactSituation, string>>>(() =>
    Object.fromEntries(CONTACT_SITUATIONS.map((s) => [s, String(stored[s])])),
  );
  const [bad, setBad] = useState<ContactSituation[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseContactIntervals(text);
    setBad(parsed.invalid);
    setError(null);
    if (parsed.invalid.length > 0) return;
    try {
      await writeSetting(session, 'contactIntervals', parsed.values, rev, now());
      notify(t('settings.saved'));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="contact-intervals-title">
      <h2 id="contact-intervals-title">{t('reach.settings.title')}</h2>
      <p className="help">{t('reach.settings.help')}</p>
      <ErrorBox message={error} />
      <div className="ref-grid">
        {CONTACT_SITUATIONS.map((s) => {
          const id = `interval-${s}`;
          const invalid = bad.includes(s);
          return (
            <div key={s} className={`field${invalid ? ' has-error' : ''}`}>
              <div className="label-row">
                <label htmlFor={id}>{t('reach.settings.days', { situation: t(`reach.settings.situations.${s}`) })}</label>
              </div>
              <input
                id={id}
                type="text"
                inputMode="numeric"
                maxLength={6}
                value={text[s] ?? ''}
                aria-invalid={invalid || undefined}
                aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
                onChange={(e) => setText({ ...text, [s]: e.target.value })}
              />
              <p className="help" id={`${id}-help`}>
                {t('reach.settings.defaultDays', { n: DEFAULT_CONTACT_INTERVALS[s] })}
              </p>
              {invalid ? (
                <p className="error" id={`${id}-error`} role="alert">
                  {t('reach.settings.invalid')}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="submit" className="primary">
        {t('reach.settings.save')}
      </button>
    </form>
  );
}
