// Every guardianship referral: open ones first (stalled at the top), filtered by state, district
// and 停滞のみ, with the counts a district support team meeting asks for, and a nameless print.
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { routeHref } from '../../../ui/router';
import { now } from '../../../platform/clock';
import { SelectField } from '../../../ui/fields';
import { CorruptNotice } from '../../../ui/CorruptNotice';
import { tokyoDate } from '../../../../shared/text/dates';
import { statusLabel } from '../../../../shared/referrals/status';
import { readStallDays } from '../../settings';
import { listReferrals } from '../referralRepo';
import { DEFAULT_FILTER, countSummaries, filterSummaries, summarise, type ListFilter, type StateFilter } from '../referralView';
import { CheckField } from '../controls';
import { ListPrintButton } from './ListPrintButton';
import { listRows } from '../referralPrint';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';
import { UserText } from '../../../ui/UserText';

export function ReferralListPage() {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { session, persons, districts, profile } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const data = useLiveQuery(async () => ({ list: await listReferrals(session), limits: await readStallDays(session) }), [session]);
  const [filter, setFilter] = useState<ListFilter>({
    ...DEFAULT_FILTER,
    districtId: profile.districtId && districts.some((d) => d.id === profile.districtId) ? profile.districtId : '',
  });
  const today = tokyoDate(now());
  if (!data) return <p>{t('app.loading')}</p>;

  const all = data.list.items.map((r) => summarise(r, today, data.limits));
  const shown = filterSummaries(all, filter);
  const counts = countSummaries(all, filter.districtId);
  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? id;
  const printed = listRows(shown, districtName);
  const set = (patch: Partial<ListFilter>) => setFilter({ ...filter, ...patch });

  return (
    <section aria-labelledby="ref-list-title" className="ref-list">
      <h1 id="ref-list-title">{t('referrals.listTitle')}</h1>
      <p className="ref-counts" data-testid="referral-counts">
        {t('referrals.list.counts', counts)}
      </p>
      <CorruptNotice ids={data.list.corrupt} />
      <fieldset className="ref-filters">
        <legend>{t('referrals.list.filters')}</legend>
        <SelectField<StateFilter>
          label={t('referrals.list.state')}
          value={filter.state}
          options={(['open', 'ended', 'all'] as const).map((s) => ({ value: s, label: t(`referrals.list.states.${s}`) }))}
          onChange={(state) => set({ state })}
        />
        <SelectField
          label={t('referrals.list.district')}
          value={filter.districtId}
          options={[
            { value: '', label: t('referrals.list.allDistricts') },
            ...districts.filter((d) => !d.archived || d.id === filter.districtId).map((d) => ({ value: d.id, label: d.name, user: true })),
          ]}
          onChange={(districtId) => set({ districtId })}
        />
        <CheckField label={t('referrals.list.stalledOnly')} checked={filter.stalledOnly} onChange={(stalledOnly) => set({ stalledOnly })} />
      </fieldset>
      <p className="count" role="status">
        {t('referrals.list.shown', { n: shown.length })}
      </p>
      {all.length === 0 ? (
        <p className="empty">{t('referrals.list.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('referrals.list.noMatch')}</p>
      ) : (
        <table className="ref-table">
          <caption>{t('referrals.list.caption')}</caption>
          <thead>
            <tr>
              {(['label', 'person', 'district', 'step', 'days', 'urgency', 'type'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`referrals.list.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const p = persons.get(r.personId);
              return (
                <tr key={r.id} className={r.stall.stalled ? 'stalled' : undefined}>
                  <td className="label">{t('referrals.list.caseN', { n: printed.numbers.get(r.id) })}</td>
                  <td className="name">
                    <a href={routeHref({ name: 'referral', id: r.id })}>
                      {p ? <UserText>{p.name}</UserText> : t('referrals.page.unknownPerson')}
                    </a>
                    {p && p.deletedAt > 0 ? <span className="help"> {t('referrals.list.personGone')}</span> : null}
                  </td>
                  <td data-user="">{districtName(r.districtId)}</td>
                  <td>{term(statusLabel(r.stall.status))}</td>
                  <td>
                    {r.open
                      ? t('referrals.daysOfLimit', { days: r.stall.daysInStatus, limit: r.stall.limit })
                      : t('referrals.list.endedOn', { date: dates.short(r.statusDate) })}
                    {r.stall.stalled ? (
                      <>
                        {' '}
                        <span className="badge ref-stalled">{t('referrals.stalled')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{term(r.urgency)}</td>
                  <td>{term(r.expectedType)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="ref-list-print">
        <ListPrintButton
          rows={printed.rows}
          districtName={filter.districtId ? districtName(filter.districtId) : t('referrals.list.allDistricts')}
          today={today}
        />
      </div>
    </section>
  );
}
