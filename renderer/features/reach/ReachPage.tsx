// いま連絡が必要な人: the morning screen. Every reason someone should be contacted now, latest
// first, by district, each one click from what resolves it: record a contact (the form comes
// back here), close the action item right here, or open the referral.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { routeHref } from '../../ui/router';
import { ErrorBox, SelectField } from '../../ui/fields';
import { filterReach, groupByDistrict, REACH_KINDS, type ReachFilter, type ReachItem, type ReachKind } from '../../../shared/reach/reach';
import { tokyoDate } from '../../../shared/text/dates';
import { statusLabel } from '../../../shared/referrals/status';
import { actionsByIds, ActionCard, type ActionItem } from '../actions';
import { loadReach, type ReachData } from './reachRepo';
import { VisitListPrint } from './VisitListPrint';
import { useDates, type DateFormats } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';
import { tWithUser } from '../../ui/UserText';

const NO_FILTER: ReachFilter = { districtId: '', kind: '' };
/**
 * Cards drawn per district at first, and added per press of さらに表示. A whole district team's
 * view can hold thousands of items (10,000 persons: 11,000); drawing them all took seconds, and
 * nobody reads past the latest few dozen before acting.
 */
export const REACH_PAGE = 20;
/**
 * Cards first drawn per district while several districts are shown (the ward's overview: 18
 * districts of 20 would be 360 cards, a page no one reads and half a second to draw at 1×); one
 * district shows REACH_PAGE. さらに表示 adds REACH_PAGE either way.
 */
export const REACH_OVERVIEW = 5;

export function ReachPage() {
  const { t } = useTranslation();
  const { session, persons, districts } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const [data, setData] = useState<{ reach: ReachData } | null>(null);
  const [actions, setActions] = useState<ReadonlyMap<string, ActionItem>>(new Map());
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<ReachFilter>(NO_FILTER);
  const today = tokyoDate(now());

  const load = useCallback(async () => {
    try {
      const reach = await loadReach(session, persons, today);
      setActions(new Map());
      setData({ reach });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [session, persons, today]);
  useEffect(() => void load(), [load]);

  const shown = useMemo(() => (data ? filterReach(data.reach.items, filter) : []), [data, filter]);
  const groups = useMemo(
    () =>
      groupByDistrict(
        shown,
        districts.map((d) => d.id),
      ),
    [shown, districts],
  );
  const first = groups.length > 1 ? REACH_OVERVIEW : REACH_PAGE;
  const limitOf = (districtId: string) => limits[districtId] ?? first;
  const displayed = useMemo(
    () => groups.flatMap((g) => g.items.slice(0, limits[g.districtId] ?? (groups.length > 1 ? REACH_OVERVIEW : REACH_PAGE))),
    [groups, limits],
  );
  // Only the action items drawn are opened, for their task and to close them here.
  useEffect(() => {
    const missing = displayed
      .filter((i) => (i.kind === 'followUp' || i.kind === 'action') && !actions.has(i.recordId))
      .map((i) => i.recordId);
    if (missing.length === 0) return;
    let live = true;
    actionsByIds(session, missing).then(
      (opened) => {
        if (live) setActions((prev) => new Map([...prev, ...opened.map((a) => [a.id, a] as const)]));
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [displayed, actions, session]);
  if (error) return <ErrorBox message={error} />;
  if (!data) return <p>{t('app.loading')}</p>;

  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? t('reach.noDistrict');
  const filtered = filter.districtId !== '' || filter.kind !== '';

  return (
    <section aria-labelledby="reach-title" className="reach-page">
      <h1 id="reach-title">{t('reach.title')}</h1>
      <p className="lead">{t('reach.lead')}</p>
      <p className="big-count" data-testid="reach-count">
        {t('reach.count', { n: data.reach.items.length })}
      </p>
      <VisitListPrint input={data.reach.input} today={today} />
      <div className="filter-bar">
        <SelectField
          label={t('reach.district')}
          value={filter.districtId}
          onChange={(districtId) => setFilter({ ...filter, districtId })}
          options={[{ value: '', label: t('reach.allDistricts') }, ...districts.map((d) => ({ value: d.id, label: d.name, user: true }))]}
        />
        <SelectField
          label={t('reach.kind')}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind: kind as ReachKind | '' })}
          options={[{ value: '', label: t('reach.allKinds') }, ...REACH_KINDS.map((k) => ({ value: k, label: t(`reach.kinds.${k}`) }))]}
        />
      </div>
      <div className="row spread">
        <p className="count" role="status" data-testid="reach-shown">
          {t('reach.shown', { n: shown.length })}
        </p>
        {filtered ? (
          <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
            {t('reach.clearFilters')}
          </button>
        ) : null}
      </div>
      {data.reach.items.length === 0 ? (
        <p className="empty reach-empty">{t('reach.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('reach.noMatch')}</p>
      ) : (
        groups.map((g) => {
          const name = districtName(g.districtId);
          const headingId = `reach-group-${g.districtId || 'none'}`;
          return (
            <section key={g.districtId || 'none'} className="reach-group" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {g.districtId
                  ? tWithUser(t, 'reach.groupCount', { name }, { n: g.items.length })
                  : t('reach.groupCount', { name, n: g.items.length })}
              </h2>
              <ul className="reach-list" aria-label={t('reach.listLabel', { name })}>
                {g.items.slice(0, limitOf(g.districtId)).map((item) => (
                  <li key={`${item.kind}-${item.personId}-${item.recordId}`}>
                    <ReachCard item={item} today={today} action={actions.get(item.recordId)} onChanged={() => void load()} />
                  </li>
                ))}
              </ul>
              {g.items.length > limitOf(g.districtId) ? (
                <button
                  type="button"
                  className="reach-more"
                  onClick={() => setLimits({ ...limits, [g.districtId]: limitOf(g.districtId) + REACH_PAGE })}
                >
                  {t('reach.more', {
                    n: Math.min(REACH_PAGE, g.items.length - limitOf(g.districtId)),
                    rest: g.items.length - limitOf(g.districtId),
                  })}
                </button>
              ) : null}
            </section>
          );
        })
      )}
    </section>
  );
}

function ReachCard({
  item,
  today,
  action,
  onChanged,
}: {
  item: ReachItem;
  today: string;
  action: ActionItem | undefined;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { persons } = useOpenVault();
  const person = item.personId ? persons.get(item.personId) : undefined;
  const name = person?.name ?? '';
  const canRecord = person !== undefined && (item.kind === 'noContact' || item.kind === 'followUp' || item.kind === 'consent');

  return (
    <article
      className={`reach-card kind-${item.kind}${item.daysLate > 0 ? ' late' : ''}`}
      aria-label={`${name || t('reach.noPerson')}${t('punct.colon')}${t(`reach.kinds.${item.kind}`)}`}
    >
      <div className="reach-head">
        <p className="reach-who">
          {person ? (
            <a href={routeHref({ name: 'person', id: person.id })} data-user="">
              {name}
            </a>
          ) : (
            t('reach.noPerson')
          )}
        </p>
        <p className="reach-kind">{t(`reach.kinds.${item.kind}`)}</p>
      </div>
      <p className="reach-reason">{reasonText(t, item, dates, term)}</p>
      <p className="reach-meta">
        {item.kind === 'noContact' && !item.neverContacted
          ? t('reach.lastContact', { date: dates.date(item.refDate) })
          : item.kind === 'followUp' || item.kind === 'action'
            ? t('reach.due', { date: dates.date(item.dueDate) })
            : null}
      </p>
      <div className="reach-actions">
        {canRecord ? (
          <a className="button primary" href={routeHref({ name: 'contact-new', personId: item.personId, back: 'reach' })}>
            {t('reach.recordContact')}
            <span className="visually-hidden">{tWithUser(t, 'reach.recordContactFor', { name })}</span>
          </a>
        ) : null}
        {item.kind === 'referral' ? (
          <a className="button" href={routeHref({ name: 'referral', id: item.recordId })}>
            {t('reach.openReferral')}
            {name ? <span className="visually-hidden">{tWithUser(t, 'reach.recordContactFor', { name })}</span> : null}
          </a>
        ) : null}
        {item.kind === 'consent' && person ? (
          <a className="button" href={routeHref({ name: 'person', id: person.id })}>
            {t('reach.openPerson')}
            <span className="visually-hidden">{tWithUser(t, 'reach.recordContactFor', { name })}</span>
          </a>
        ) : null}
      </div>
      {action ? <ActionCard item={action} today={today} onChanged={onChanged} /> : null}
    </article>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
export function reasonText(t: T, item: ReachItem, dates: DateFormats, term: (w: string) => string): string {
  switch (item.kind) {
    case 'noContact':
      return t(item.neverContacted ? 'reach.reasons.never' : 'reach.reasons.noContact', { days: item.days, interval: item.interval });
    case 'followUp':
      if (item.daysLate > 0) return t('reach.reasons.followUpLate', { n: item.daysLate });
      if (item.daysLate === 0) return t('reach.reasons.followUpToday');
      return t('reach.reasons.followUpSoon', { n: -item.daysLate });
    case 'action':
      return t('reach.reasons.action', { n: item.daysLate });
    case 'referral':
      return t('reach.reasons.referral', {
        step: item.referralStatus ? term(statusLabel(item.referralStatus)) : '',
        days: item.days,
        limit: item.interval,
      });
    case 'consent':
      return t('reach.reasons.consent', { date: dates.date(item.refDate) });
  }
}
