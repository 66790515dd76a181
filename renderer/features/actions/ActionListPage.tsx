// やること: every action item (meeting 役割分担 and contact follow-ups) in one list, filtered by
// owner, district, status and due date, each closable right here.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { DateField, ErrorBox, SelectField } from '../../ui/fields';
import { filterActions, type ActionFilter } from '../../../shared/actions/actionItem';
import { meetingType } from '../../../shared/meetings/meeting';
import { tokyoDate } from '../../../shared/text/dates';
import { listActions, type ActionItem } from './actionRepo';
import { listMeetings, type Meeting } from '../meetings';
import { actionCounts, ownerOptions, withoutTrashedSources } from './actionView';
import { ActionCard, type SourceLink } from './ActionCard';
import { useDates } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';

type Status = NonNullable<ActionFilter['status']>;
const STATUSES: readonly Status[] = ['open', 'overdue', 'done', 'all'];
const NO_FILTER = { owner: '', districtId: '', status: 'open' as Status, dueBy: '' };

interface Loaded {
  items: ActionItem[];
  meetings: Map<string, Meeting>;
  corrupt: number;
}

export function ActionListPage() {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, persons, districts } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState(NO_FILTER);
  const today = tokyoDate(now());

  const load = useCallback(async () => {
    try {
      const [actions, meetings, trashed] = await Promise.all([
        listActions(session),
        listMeetings(session),
        session.db.meetings.where('deletedAt').above(0).primaryKeys(),
      ]);
      setData({
        items: withoutTrashedSources(actions.items, new Set(trashed)),
        meetings: new Map(meetings.items.map((m) => [m.id, m])),
        corrupt: actions.corrupt.length,
      });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [session]);
  useEffect(() => void load(), [load]);

  const shown = useMemo(() => (data ? filterActions(data.items, filter, today) : []), [data, filter, today]);
  if (error) return <ErrorBox message={error} />;
  if (!data) return <p>{t('app.loading')}</p>;

  const counts = actionCounts(data.items, today);
  const owners = ownerOptions(data.items);
  const set = (patch: Partial<typeof filter>) => setFilter({ ...filter, ...patch });
  const source = (a: ActionItem): SourceLink => {
    if (a.source === 'contact') return { href: `#/contacts/${a.sourceId}`, text: t('actions.fromContact') };
    const m = data.meetings.get(a.sourceId);
    return {
      href: `#/meetings/${a.sourceId}`,
      text: m
        ? t('actions.fromMeeting', { type: term(meetingType(m.type).label), n: m.number, date: dates.date(m.date) })
        : t('actions.fromMeetingUnknown'),
    };
  };
  const replace = (next: ActionItem) => setData({ ...data, items: data.items.map((a) => (a.id === next.id ? next : a)) });
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  return (
    <section aria-labelledby="actions-title" className="actions-page">
      <h1 id="actions-title">{t('actions.title')}</h1>
      <p className="lead">{t('actions.lead')}</p>
      <p className="big-count" data-testid="action-counts">
        {t('actions.counts', counts)}
      </p>
      {data.corrupt > 0 ? <p className="error-box">{t('actions.corrupt', { n: data.corrupt })}</p> : null}
      <div className="filter-bar">
        <SelectField
          label={t('actions.owner')}
          value={filter.owner}
          onChange={(owner) => set({ owner })}
          options={[{ value: '', label: t('actions.allOwners') }, ...owners.map((o) => ({ value: o, label: o, user: true }))]}
        />
        <SelectField
          label={t('actions.district')}
          value={filter.districtId}
          onChange={(districtId) => set({ districtId })}
          options={[{ value: '', label: t('actions.allDistricts') }, ...districts.map((d) => ({ value: d.id, label: d.name, user: true }))]}
        />
        <SelectField
          label={t('actions.status')}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
        />
        <DateField label={t('actions.dueBy')} value={filter.dueBy} onChange={(dueBy) => set({ dueBy })} />
      </div>
      <div className="row spread">
        <p className="count" role="status" data-testid="action-shown">
          {t('actions.shown', { n: shown.length })}
        </p>
        {filtered ? (
          <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
            {t('actions.clearFilters')}
          </button>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <p className="empty">{t('actions.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('actions.noMatch')}</p>
      ) : (
        <ul className="action-list" aria-label={t('actions.listLabel')}>
          {shown.map((a) => (
            <li key={a.id}>
              <ActionCard
                item={a}
                today={today}
                source={source(a)}
                personName={a.personId ? persons.get(a.personId)?.name : undefined}
                onChanged={replace}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
