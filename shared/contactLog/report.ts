/**
 * 民生委員・児童委員 活動記録: the monthly (and fiscal-year) counts a commissioner reports upward,
 * computed from the contact log (docs/domain.md §4.2). These rules are the product's
 * definition of the report; the print form and the CSV only lay these numbers out.
 *
 * - Period: a calendar month 'YYYY-MM', or a fiscal year (April to March: fiscal year 2026 is
 *   2026-04-01..2027-03-31, as `fiscalYear` in text/dates.ts). A fiscal-year report also has the
 *   12 monthly reports, April first.
 * - Only entries recorded by the chosen commissioner (`recordedBy`, the profile id) whose `date`
 *   is a valid calendar date inside the period count. Nothing else is looked at (no person, no
 *   text), so the report never carries anyone's name.
 * - 相談・支援件数: an entry with both 分野 and 内容 (`isConsultation`) is one consultation, counted
 *   once under its 分野 and once under its 内容, and once in the 分野×内容 cross table. So the 分野
 *   total, the 内容 total and the cross-table total all equal `consultations`. An entry with only
 *   one of the two (the form refuses it, old data might have it) is not a consultation.
 * - その他の活動: one count per entry with an `otherActivity`, under that item. An entry may be both
 *   a consultation and an other activity; it then counts in both tables.
 * - 訪問回数: entries of kind 訪問 (見守り・安否確認を含む). Also by 分野: a visit that is a
 *   consultation goes under its 分野, every other visit under 「分野なし（見守り等）」; the
 *   breakdown therefore sums to `visits`.
 * - 連絡調整回数: entries with a つなぎ先 (`referredTo` !== '').
 * - 活動日数: distinct dates with at least one entry (of any kind). For a fiscal year this equals the
 *   sum of the monthly 活動日数.
 * - 記録件数 (`entries`): the number of entries in the period.
 *
 * Every list has every category, in the order of contactLog/activity.ts, with 0 where nothing counted.
 */
import {
  ACTIVITY_CONTENTS,
  ACTIVITY_FIELDS,
  OTHER_ACTIVITIES,
  type ActivityContent,
  type ActivityField,
  type OtherActivity,
} from './activity';
import { fiscalYear as fiscalYearOf, isValidIsoDate } from '../text/dates';
import { isConsultation, type ContactInput } from './contact';

/** What the report reads of an entry; callers may pass whole records. */
export type ReportEntry = Pick<ContactInput, 'date' | 'kind' | 'field' | 'content' | 'otherActivity' | 'referredTo' | 'recordedBy'>;

/** The bucket of visits without a 分野 (routine 見守り・安否確認). */
export const NO_FIELD = '分野なし（見守り等）';
export type VisitField = ActivityField | typeof NO_FIELD;
export const VISIT_FIELDS: readonly VisitField[] = [...ACTIVITY_FIELDS, NO_FIELD];

export interface Count<K extends string> {
  readonly label: K;
  readonly count: number;
}

export interface ActivityCounts {
  /** 記録件数 */
  readonly entries: number;
  /** 相談・支援件数 (the total of byField, of byContent and of the cross table). */
  readonly consultations: number;
  readonly byField: readonly Count<ActivityField>[];
  readonly byContent: readonly Count<ActivityContent>[];
  /** 分野×内容: one row per 分野 (ACTIVITY_FIELDS order), each with all 14 内容. */
  readonly byFieldAndContent: readonly { readonly field: ActivityField; readonly byContent: readonly Count<ActivityContent>[] }[];
  readonly otherActivities: readonly Count<OtherActivity>[];
  /** 訪問回数 */
  readonly visits: number;
  readonly visitsByField: readonly Count<VisitField>[];
  /** 連絡調整回数 */
  readonly referrals: number;
  /** 活動日数 */
  readonly activeDays: number;
}

export interface MonthlyReport {
  readonly kind: 'month';
  readonly recordedBy: string;
  /** 'YYYY-MM' */
  readonly month: string;
  /** First and last day of the period, 'YYYY-MM-DD'. */
  readonly from: string;
  readonly to: string;
  readonly counts: ActivityCounts;
}

export interface FiscalYearReport {
  readonly kind: 'fiscalYear';
  readonly recordedBy: string;
  readonly fiscalYear: number;
  readonly from: string;
  readonly to: string;
  /** The whole year. */
  readonly counts: ActivityCounts;
  /** April, May, …, March. */
  readonly months: readonly MonthlyReport[];
}

export type ActivityReport = MonthlyReport | FiscalYearReport;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function lastDay(month: string): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The 12 'YYYY-MM' of a fiscal year, April first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((i + 3) % 12) + 1;
    return `${i < 9 ? fiscalYear : fiscalYear + 1}-${String(m).padStart(2, '0')}`;
  });
}

function tally<K extends string>(keys: readonly K[], counts: Map<K, number>): Count<K>[] {
  return keys.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts a list of entries already limited to one commissioner and one period. */
export function countActivities(entries: readonly ReportEntry[]): ActivityCounts {
  const byField = new Map<ActivityField, number>();
  const byContent = new Map<ActivityContent, number>();
  const cross = new Map<ActivityField, Map<ActivityContent, number>>(ACTIVITY_FIELDS.map((f) => [f, new Map()]));
  const other = new Map<OtherActivity, number>();
  const visitsByField = new Map<VisitField, number>();
  const days = new Set<string>();
  let consultations = 0;
  let visits = 0;
  let referrals = 0;
  for (const e of entries) {
    days.add(e.date);
    // isConsultation is the definition; the explicit checks only narrow the types.
    const consultation = isConsultation(e) && e.field !== '' && e.content !== '' ? { field: e.field, content: e.content } : null;
    if (consultation) {
      consultations++;
      bump(byField, consultation.field);
      bump(byContent, consultation.content);
      const row = cross.get(consultation.field);
      if (row) bump(row, consultation.content);
    }
    if (e.otherActivity !== '') bump(other, e.otherActivity);
    if (e.kind === '訪問') {
      visits++;
      bump(visitsByField, consultation ? consultation.field : NO_FIELD);
    }
    if (e.referredTo !== '') referrals++;
  }
  return {
    entries: entries.length,
    consultations,
    byField: tally(ACTIVITY_FIELDS, byField),
    byContent: tally(ACTIVITY_CONTENTS, byContent),
    byFieldAndContent: ACTIVITY_FIELDS.map((field) => ({ field, byContent: tally(ACTIVITY_CONTENTS, cross.get(field) ?? new Map()) })),
    otherActivities: tally(OTHER_ACTIVITIES, other),
    visits,
    visitsByField: tally(VISIT_FIELDS, visitsByField),
    referrals,
    activeDays: days.size,
  };
}

const ofCommissioner = (entries: readonly ReportEntry[], recordedBy: string): ReportEntry[] =>
  entries.filter((e) => e.recordedBy === recordedBy && isValidIsoDate(e.date));

function monthOf(entries: readonly ReportEntry[], recordedBy: string, month: string): MonthlyReport {
  const to = lastDay(month);
  const inMonth = entries.filter((e) => e.date.slice(0, 7) === month);
  return { kind: 'month', recordedBy, month, from: `${month}-01`, to, counts: countActivities(inMonth) };
}

/** The report for one calendar month 'YYYY-MM'. Throws RangeError for a malformed month. */
export function monthlyReport(entries: readonly ReportEntry[], opts: { recordedBy: string; month: string }): MonthlyReport {
  lastDay(opts.month);
  return monthOf(ofCommissioner(entries, opts.recordedBy), opts.recordedBy, opts.month);
}

/** The report for fiscal year `fiscalYear` (April `fiscalYear` to March `fiscalYear + 1`). */
export function fiscalYearReport(entries: readonly ReportEntry[], opts: { recordedBy: string; fiscalYear: number }): FiscalYearReport {
  const fy = opts.fiscalYear;
  if (!Number.isInteger(fy) || fy < 1000 || fy > 9998) throw new RangeError(`not a fiscal year: ${fy}`);
  const mine = ofCommissioner(entries, opts.recordedBy).filter((e) => fiscalYearOf(e.date) === fy);
  return {
    kind: 'fiscalYear',
    recordedBy: opts.recordedBy,
    fiscalYear: fy,
    from: `${fy}-04-01`,
    to: `${fy + 1}-03-31`,
    counts: countActivities(mine),
    months: fiscalYearMonths(fy).map((month) => monthOf(mine, opts.recordedBy, month)),
  };
}
