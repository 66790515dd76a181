// The pillar-2 dashboard's numbers, counted from plain rows (the clear columns of each table and
// the persons in memory): what was done per action goal (2-1 … 2-4), per district, in a period and
// the one before it, and whether support reaches people. Pure: no database and no clock; `today`
// is always given.
//
// Counting rules (the screen, the CSV and the report all show these numbers):
// - A record counts once under each pillar-2 goal it carries and once under 「すべての目標」
//   (so the goals may add up to more than the total). A record with no goal counts in the total only.
// - District: a contact counts in the district written on it (the person's district at the time);
//   an old contact without one ('') in the person's current district; a contact whose person was
//   purged (personId '') and has no district in 「地区なし」. Meetings, action items and referrals
//   count in their own district ('' = 区全体・地区なし); an ending note in its person's current district.
// - 連絡 (contacts): entries dated in the period. 会議: meetings dated in the period. やること完了:
//   action items done with a 完了日 in the period. 成年後見 相談開始: referrals whose first concern
//   (consultedOn) is in the period. 成年後見 終結等: referrals with a move to 終結, 取下げ or 見送り
//   dated in the period (once per referral, however many such moves). エンディングノート作成: notes
//   whose creation instant falls, in Tokyo, on a day of the period.
// - Reach indicators follow the district filter, not the goal (they are about persons, not
//   about what a record served); persons are taken with their current district and status.
import { P2_GOAL_IDS, type P2GoalId } from '../domain/goals';
import { tokyoDate } from '../text/dates';
import { addDays, daysBetween, monthEnds, periodRange, previousPeriod, type DashPeriod, type DayRange } from './period';

export interface DashPerson {
  id: string;
  districtId: string;
  status: string;
  /** Days within which the person should be contacted (from the reach settings); 30 when absent. */
  intervalDays?: number | undefined;
}
export interface DashContact {
  date: string;
  /** '' once the person was purged (the entry stays and is counted). */
  personId: string;
  /** The person's district when the entry was made; '' on entries older than that column. */
  districtId: string;
  goals: readonly string[];
}
export interface DashMeeting {
  date: string;
  districtId: string;
  goals: readonly string[];
}
export interface DashAction {
  due: string;
  status: 'open' | 'done';
  /** '' while open. */
  doneDate: string;
  districtId: string;
  goals: readonly string[];
  /** Epoch ms: the item exists from this Tokyo day on. */
  createdAt: number;
}
export interface DashReferral {
  districtId: string;
  goals: readonly string[];
  consultedOn: string;
  /** Dates of its hand-overs (つなぎ), in any order. */
  handoverDates: readonly string[];
  history: readonly { status: string; date: string }[];
}
export interface DashNote {
  personId: string;
  goals: readonly string[];
  /** Epoch ms. */
  createdAt: number;
}
/** Live rows only (nothing from the trash). */
export interface DashboardData {
  persons: readonly DashPerson[];
  contacts: readonly DashContact[];
  meetings: readonly DashMeeting[];
  actions: readonly DashAction[];
  referrals: readonly DashReferral[];
  endingNotes: readonly DashNote[];
}

export const DEFAULT_INTERVAL_DAYS = 30;
export const WATCHED_STATUS = '見守り中';
export const ENDED_REFERRAL_STATUSES: readonly string[] = ['closed', 'withdrawn', 'declined'];

export const MEASURES = ['contacts', 'meetings', 'actionsDone', 'referralsOpened', 'referralsClosed', 'endingNotes'] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Record<Measure, number>;
/** Whether a measure counts records about persons (the small-cell rule applies to those). */
export const ABOUT_PERSONS: Readonly<Record<Measure, boolean>> = {
  contacts: true,
  meetings: false,
  actionsDone: true,
  referralsOpened: true,
  referralsClosed: true,
  endingNotes: true,
};

export type GoalKey = 'all' | P2GoalId;
export const GOAL_KEYS: readonly GoalKey[] = ['all', ...P2_GOAL_IDS];
/** 'all' or a district id ('' = 地区なし / 区全体). */
export type DistrictKey = string;
export const ALL_DISTRICTS = 'all';

export interface DashboardFilter {
  period: DashPeriod;
  /** 'all' or one district id. */
  district: DistrictKey;
  goal: GoalKey;
  /** The districts of the settings, in their order; others found in the data are added after. */
  districts: readonly string[];
  today: string;
}

export interface Paired<T> {
  current: T;
  previous: T;
}

export interface Reach {
  /** The day the reach is judged on: the period's last day, or today while it runs. */
  asOf: string;
  /** 見守り中 persons (of the district filter). */
  watched: number;
  /** Of them, contacted within their interval on `asOf`. */
  reached: number;
  /** Of them, no contact at all from the period's first day to `asOf`. */
  noContact: number;
  /** Referrals whose first hand-over falls in the period (up to `asOf`). */
  handovers: number;
  /** Median of days from the first concern to that hand-over; null without any. */
  medianDaysToHandover: number | null;
}

export interface Dashboard {
  period: DashPeriod;
  previousPeriod: DashPeriod;
  range: DayRange;
  previousRange: DayRange;
  filter: { district: DistrictKey; goal: GoalKey };
  /** Every goal (all first) for the district filter. */
  byGoal: readonly ({ goal: GoalKey } & Paired<Counts>)[];
  /** Every district (then 地区なし) for the goal filter. */
  byDistrict: readonly ({ districtId: string } & Paired<Counts>)[];
  /** The figures of the filter (district and goal). */
  selected: Paired<Counts>;
  reach: Paired<Reach>;
  /** Open action items past due at each month end of the period (today for the running month). */
  overdue: readonly { monthEnd: string; asOf: string; count: number }[];
}

export function zeroCounts(): Counts {
  return { contacts: 0, meetings: 0, actionsDone: 0, referralsOpened: 0, referralsClosed: 0, endingNotes: 0 };
}

const inRange = (date: string, r: DayRange) => date >= r.from && date <= r.to;

/** The date a record counts on for each measure, its district and goals; null when it is not counted. */
interface Counted {
  measure: Measure;
  date: string;
  districtId: string;
  goals: readonly string[];
}

function countedRecords(data: DashboardData, ranges: readonly DayRange[]): Counted[] {
  const personDistrict = new Map(data.persons.map((p) => [p.id, p.districtId]));
  const out: Counted[] = [];
  for (const c of data.contacts) {
    const districtId = c.districtId !== '' ? c.districtId : (personDistrict.get(c.personId) ?? '');
    out.push({ measure: 'contacts', date: c.date, districtId, goals: c.goals });
  }
  for (const m of data.meetings) out.push({ measure: 'meetings', date: m.date, districtId: m.districtId, goals: m.goals });
  for (const a of data.actions)
    if (a.status === 'done' && a.doneDate !== '')
      out.push({ measure: 'actionsDone', date: a.doneDate, districtId: a.districtId, goals: a.goals });
  for (const r of data.referrals) {
    out.push({ measure: 'referralsOpened', date: r.consultedOn, districtId: r.districtId, goals: r.goals });
    // One count per period the referral ended in, however many end moves it has there.
    for (const range of ranges) {
      const end = r.history.find((h) => ENDED_REFERRAL_STATUSES.includes(h.status) && inRange(h.date, range));
      if (end) out.push({ measure: 'referralsClosed', date: end.date, districtId: r.districtId, goals: r.goals });
    }
  }
  for (const n of data.endingNotes)
    out.push({ measure: 'endingNotes', date: tokyoDate(n.createdAt), districtId: personDistrict.get(n.personId) ?? '', goals: n.goals });
  return out;
}

type Cube = Map<string, Counts>;
const cubeKey = (district: DistrictKey, goal: GoalKey) => `${district}\u0000${goal}`;

function bump(cube: Cube, district: DistrictKey, goal: GoalKey, measure: Measure) {
  const key = cubeKey(district, goal);
  let c = cube.get(key);
  if (!c) cube.set(key, (c = zeroCounts()));
  c[measure] += 1;
}

/** Counts per district × goal over one range (district 'all' and goal 'all' included). */
function countRange(records: readonly Counted[], range: DayRange, districtsSeen: Set<string>): Cube {
  const cube: Cube = new Map();
  for (const r of records) {
    if (!inRange(r.date, range)) continue;
    districtsSeen.add(r.districtId);
    const goals = P2_GOAL_IDS.filter((g) => r.goals.includes(g));
    for (const d of [r.districtId, ALL_DISTRICTS]) {
      bump(cube, d, 'all', r.measure);
      for (const g of goals) bump(cube, d, g, r.measure);
    }
  }
  return cube;
}

const read = (cube: Cube, district: DistrictKey, goal: GoalKey): Counts => ({ ...(cube.get(cubeKey(district, goal)) ?? zeroCounts()) });

/** Median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * The reach of one period, judged on `asOf` = the period's last day, or `today` while it runs.
 * - 連絡が届いている (reached): a person 見守り中 whose latest contact on or before `asOf` is at
 *   most their interval old, i.e. some contact dated in [asOf − intervalDays, asOf]. A person of
 *   interval 30 seen on 1 March is still reached on 31 March (30 days), not on 1 April.
 * - 期間中に連絡なし (noContact): a person 見守り中 with no contact dated from the period's first day to `asOf`.
 * - つなぎまでの日数: for each referral whose first hand-over (earliest of its hand-over dates) falls
 *   in [period start, asOf], the days from its first concern (consultedOn) to it; the median.
 * Contacts count for their person whatever district they were written in; persons by their current district.
 */
function reachOf(
  data: DashboardData,
  range: DayRange,
  today: string,
  district: DistrictKey,
  contactDates: ReadonlyMap<string, readonly string[]>,
): Reach {
  const asOf = range.to < today ? range.to : today;
  const judged = asOf >= range.from;
  let watched = 0;
  let reached = 0;
  let noContact = 0;
  for (const p of data.persons) {
    if (p.status !== WATCHED_STATUS) continue;
    if (district !== ALL_DISTRICTS && p.districtId !== district) continue;
    watched += 1;
    if (!judged) continue;
    const interval = p.intervalDays ?? DEFAULT_INTERVAL_DAYS;
    const since = addDays(asOf, -interval);
    const dates = contactDates.get(p.id) ?? [];
    if (dates.some((d) => d >= since && d <= asOf)) reached += 1;
    if (!dates.some((d) => d >= range.from && d <= asOf)) noContact += 1;
  }
  const days: number[] = [];
  for (const r of data.referrals) {
    if (district !== ALL_DISTRICTS && r.districtId !== district) continue;
    if (r.handoverDates.length === 0) continue;
    const first = r.handoverDates.reduce((a, b) => (b < a ? b : a));
    if (first >= range.from && first <= asOf) days.push(daysBetween(r.consultedOn, first));
  }
  return { asOf, watched, reached, noContact, handovers: days.length, medianDaysToHandover: median(days) };
}

/**
 * Open action items past due at the end of each month of the period: an item created on or before
 * that day, not done by then (open, or done on a later day), with a due date before it (an item
 * due on the day itself is not late yet, as in やること). The running month is counted on `today`;
 * months that start after today are left out.
 */
function overdueSeries(data: DashboardData, period: DashPeriod, today: string, district: DistrictKey): Dashboard['overdue'] {
  const out: { monthEnd: string; asOf: string; count: number }[] = [];
  for (const end of monthEnds(period)) {
    if (end.slice(0, 7) > today.slice(0, 7)) break;
    const asOf = end < today ? end : today;
    let count = 0;
    for (const a of data.actions) {
      if (district !== ALL_DISTRICTS && a.districtId !== district) continue;
      if (a.due === '' || a.due >= asOf) continue;
      if (tokyoDate(a.createdAt) > asOf) continue;
      const doneBy = a.status === 'done' && (a.doneDate === '' || a.doneDate <= asOf);
      if (!doneBy) count += 1;
    }
    out.push({ monthEnd: end, asOf, count });
  }
  return out;
}

export function buildDashboard(data: DashboardData, filter: DashboardFilter): Dashboard {
  const prev = previousPeriod(filter.period);
  const range = periodRange(filter.period);
  const previousRange = periodRange(prev);
  const records = countedRecords(data, [range, previousRange]);
  const seen = new Set<string>();
  const cur = countRange(records, range, seen);
  const before = countRange(records, previousRange, seen);
  const pair = (d: DistrictKey, g: GoalKey): Paired<Counts> => ({ current: read(cur, d, g), previous: read(before, d, g) });

  const districtIds = [...filter.districts, ...[...seen].filter((d) => d !== '' && !filter.districts.includes(d)).sort()];
  if (seen.has('')) districtIds.push('');

  const contactDates = new Map<string, string[]>();
  for (const c of data.contacts) {
    if (c.personId === '') continue;
    let list = contactDates.get(c.personId);
    if (!list) contactDates.set(c.personId, (list = []));
    list.push(c.date);
  }
  return {
    period: filter.period,
    previousPeriod: prev,
    range,
    previousRange,
    filter: { district: filter.district, goal: filter.goal },
    byGoal: GOAL_KEYS.map((goal) => ({ goal, ...pair(filter.district, goal) })),
    byDistrict: districtIds.map((districtId) => ({ districtId, ...pair(districtId, filter.goal) })),
    selected: pair(filter.district, filter.goal),
    reach: {
      current: reachOf(data, range, filter.today, filter.district, contactDates),
      previous: reachOf(data, previousRange, filter.today, filter.district, contactDates),
    },
    overdue: overdueSeries(data, filter.period, filter.today, filter.district),
  };
}
