// The person page's part: that person's referrals (current step, days in it, 停滞 when past the
// limit) and the button that opens a new one at 相談受付, dated today.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { navigate, routeHref } from '../../../ui/router';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { tokyoDate } from '../../../../shared/text/dates';
import { isOpen, statusLabel } from '../../../../shared/referrals/status';
import { readStallDays } from '../../settings';
import type { PersonRecord } from '../../../records/personStore';
import { createReferral, referralsOfPerson } from '../referralRepo';
import { summarise } from '../referralView';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';

export function PersonReferralsSection({ person }: { person: PersonRecord }) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, profile } = useOpenVault();
  const data = useLiveQuery(
    async () => ({ referrals: await referralsOfPerson(session, person.id), limits: await readStallDays(session) }),
    [session, person.id],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = tokyoDate(now());

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await createReferral(session, person.id, person.districtId, today, profile.name, now());
      navigate({ name: 'referral', id: r.id });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="person-referrals-title" className="ref-section">
      <div className="page-head">
        <h2 id="person-referrals-title">{t('referrals.person.title')}</h2>
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          {busy ? t('referrals.person.starting') : t('referrals.person.start')}
        </button>
      </div>
      <ErrorBox message={error} />
      {!data ? null : data.referrals.length === 0 ? (
        <p className="empty">{t('referrals.person.none')}</p>
      ) : (
        <ul className="ref-person-list" aria-labelledby="person-referrals-title">
          {data.referrals.map((r) => {
            const s = summarise(r, today, data.limits);
            return (
              <li key={r.id}>
                <a href={routeHref({ name: 'referral', id: r.id })}>{t('referrals.person.item', { date: dates.short(r.consultedOn) })}</a>
                <span>{t('referrals.person.now', { step: term(statusLabel(s.stall.status)) })}</span>
                {isOpen(s.stall.status) ? (
                  <span>{t('referrals.person.days', { days: s.stall.daysInStatus, limit: s.stall.limit })}</span>
                ) : null}
                {s.stall.stalled ? <span className="badge ref-stalled">{t('referrals.stalled')}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
