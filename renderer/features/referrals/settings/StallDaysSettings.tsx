// 設定 → 成年後見のつなぎ：停滞とみなす日数: one number per open step (defaults from
// DEFAULT_STALL_DAYS), saved together; a value out of range is named beside its field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { DEFAULT_STALL_DAYS, OPEN_STATUSES, statusLabel, type ReferralStatus } from '../../../../shared/referrals/status';
import { readSetting, readStallDays, writeSetting } from '../../settings';
import { parseStallDays } from './stallDays';

export function StallDaysSettings() {
  const { session } = useOpenVault();
  const state = useLiveQuery(
    async () => ({ stored: await readStallDays(session), rev: (await readSetting(session, 'stallDays')).rev }),
    [session],
  );
  if (!state) return null;
  return <StallDaysForm key={state.rev} stored={state.stored} rev={state.rev} />;
}

function StallDaysForm({ stored, rev }: { stored: Record<ReferralStatus, number>; rev: number }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [text, setText] = useState<Partial<Record<ReferralStatus, string>>>(() =>
    Object.fromEntries(OPEN_STATUSES.map((s) => [s, String(stored[s])])),
  );
  const [bad, setBad] = useState<ReferralStatus[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseStallDays(text);
    setBad(parsed.invalid);
    setError(null);
    if (parsed.invalid.length > 0) return;
    try {
      await writeSetting(session, 'stallDays', parsed.values, rev, now());
      notify(t('settings.saved'));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="stall-days-title">
      <h2 id="stall-days-title">{t('referrals.settings.title')}</h2>
      <p className="help">{t('referrals.settings.help')}</p>
      <ErrorBox message={error} />
      <div className="ref-grid">
        {OPEN_STATUSES.map((s) => {
          const id = `stall-${s}`;
          const invalid = bad.includes(s);
          return (
            <div key={s} className={`field${invalid ? ' has-error' : ''}`}>
              <div className="label-row">
                <label htmlFor={id}>{t('referrals.settings.days', { step: statusLabel(s) })}</label>
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
                {t('referrals.settings.defaultDays', { n: DEFAULT_STALL_DAYS[s] })}
              </p>
              {invalid ? (
                <p className="error" id={`${id}-error`} role="alert">
                  {t('referrals.settings.invalid')}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="submit" className="primary">
        {t('referrals.settings.save')}
      </button>
    </form>
  );
}
