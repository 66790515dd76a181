// The dashboard's tables as text, built once from the computed numbers so that the screen, the
// CSV and the report PDF show the same figures. A comparison cell holds the previous period, this
// period and the change; the screen and the PDF write it 「12 ⇒ 15（+3）」, the CSV gives it three
// columns. Counts only: no table ever names a person.
import type { P2GoalId } from '../domain/goals';
import { P2_GOALS } from '../domain/goals';
import { changeText, countText, daysText, shareText, UNDER_THREE, type Audience } from './format';
import { ABOUT_PERSONS, MEASURES, type Counts, type Dashboard, type GoalKey, type Reach } from './indicators';
import { DASHBOARD_LABELS_JA, type TableLabels } from './labels';
import { DASHBOARD_WORDS_JA, type DashWords } from './words';

export { DASHBOARD_LABELS_JA, type TableLabels };

export interface CompareCell {
  previous: string;
  current: string;
  change: string;
}
export type Cell = string | CompareCell;

export interface DashTable {
  id: 'selected' | 'byGoal' | 'byDistrict' | 'reach' | 'overdue';
  title: string;
  /** Header of each column; a comparison column is one header. */
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** The screen and the PDF give each comparison its three columns (else one 「12 ⇒ 15（+3）」 cell). */
  split: boolean;
  /** 前期間（2026年3月） / 今期間（2026年4月）: headers of a split comparison. */
  periodHeaders: { previous: string; current: string; change: string };
}

export function compareText(c: CompareCell, words: DashWords = DASHBOARD_WORDS_JA): string {
  return c.change === '' ? `${c.previous} ⇒ ${c.current}` : `${c.previous} ⇒ ${c.current}${words.aside(c.change)}`;
}

export function cellText(c: Cell, words: DashWords = DASHBOARD_WORDS_JA): string {
  return typeof c === 'string' ? c : compareText(c, words);
}

/**
 * The table as a grid of text: for the screen and the PDF (`display`), or for the CSV (`csv`),
 * where every comparison has two columns (前期間, 今期間).
 */
export function tableGrid(
  t: DashTable,
  mode: 'display' | 'csv',
  words: DashWords = DASHBOARD_WORDS_JA,
): { header: string[]; rows: string[][] } {
  const split = mode === 'csv' || t.split;
  const isCompare = t.columns.map((_, i) => t.rows.some((r) => typeof r[i] !== 'string'));
  // The CSV leaves the change out: a leading + or − would be guarded as a formula (text, not a
  // number, in a spreadsheet), and the two periods' figures give it anyway.
  const hasChange = t.columns.map(
    (_, i) => mode === 'display' && t.rows.some((r) => typeof r[i] !== 'string' && (r[i] as CompareCell).change !== ''),
  );
  const single = isCompare.filter(Boolean).length === 1;
  const h = t.periodHeaders;
  const header = t.columns.flatMap((c, i) => {
    if (!isCompare[i] || !split) return [c];
    const names = single
      ? [h.previous, h.current, h.change]
      : [`${c}${words.aside(h.previous)}`, `${c}${words.aside(h.current)}`, `${c}${words.aside(h.change)}`];
    return hasChange[i] ? names : names.slice(0, 2);
  });
  const rows = t.rows.map((r) =>
    r.flatMap((cell, i) => {
      if (typeof cell === 'string') return isCompare[i] && split ? [cell, '', ...(hasChange[i] ? [''] : [])] : [cell];
      if (!split) return [compareText(cell, words)];
      return [cell.previous, cell.current, ...(hasChange[i] ? [cell.change] : [])];
    }),
  );
  // Plain digits in the CSV (1,200 → 1200), so a spreadsheet reads them as numbers.
  const plain = (cell: string) => (mode === 'csv' && /^\d{1,3}(,\d{3})+$/.test(cell) ? cell.replace(/,/g, '') : cell);
  return { header, rows: rows.map((r) => r.map(plain)) };
}

function compareIn(current: number, previous: number, audience: Audience, aboutPersons: boolean, words: DashWords): CompareCell {
  const said = (text: string) => (text === UNDER_THREE ? words.underThree : text);
  return {
    previous: said(countText(previous, audience, aboutPersons)),
    current: said(countText(current, audience, aboutPersons)),
    change: changeText(current, previous, audience, aboutPersons),
  };
}

export function goalLabel(goal: GoalKey, labels: TableLabels, words: DashWords = DASHBOARD_WORDS_JA): string {
  if (goal === 'all') return labels.allGoals;
  const label = P2_GOALS.find((g) => g.id === (goal as P2GoalId))?.label;
  return `${goal} ${label ? words.goal(label) : ''}`.trim();
}

function reachRows(current: Reach, previous: Reach, audience: Audience, l: TableLabels, words: DashWords): Cell[][] {
  const compare = (cur: number, prev: number, aud: Audience) => compareIn(cur, prev, aud, true, words);
  const days = (s: string) => (s.endsWith('日') ? words.days(s.slice(0, -1)) : s);
  const pair = (cur: string, prev: string): CompareCell => ({ previous: days(prev), current: days(cur), change: '' });
  return [
    [l.reach.watched, compare(current.watched, previous.watched, audience)],
    [l.reach.reached, compare(current.reached, previous.reached, audience)],
    [l.reach.share, pair(shareText(current.reached, current.watched, audience), shareText(previous.reached, previous.watched, audience))],
    [l.reach.noContact, compare(current.noContact, previous.noContact, audience)],
    [l.reach.handovers, compare(current.handovers, previous.handovers, audience)],
    [
      l.reach.medianDays,
      pair(
        daysText(current.medianDaysToHandover, current.handovers, audience),
        daysText(previous.medianDaysToHandover, previous.handovers, audience),
      ),
    ],
  ];
}

/** Every table the dashboard shows, in the screen's order. */
export function dashboardTables(
  d: Dashboard,
  opts: { audience: Audience; districtName(id: string): string; labels?: TableLabels; words?: DashWords },
): DashTable[] {
  const l = opts.labels ?? DASHBOARD_LABELS_JA;
  const w = opts.words ?? DASHBOARD_WORDS_JA;
  const { audience } = opts;
  const compare = (cur: number, prev: number, aud: Audience, aboutPersons = true) => compareIn(cur, prev, aud, aboutPersons, w);
  const measureCells = (c: { current: Counts; previous: Counts }) =>
    MEASURES.map((m) => compare(c.current[m], c.previous[m], audience, ABOUT_PERSONS[m]));
  const districtName = (id: string) => (id === '' ? l.noDistrict : opts.districtName(id));
  const periodHeaders = {
    previous: `${l.previous}${w.aside(w.periodShort(d.previousPeriod))}`,
    current: `${l.current}${w.aside(w.periodShort(d.period))}`,
    change: l.change,
  };
  const common = { periodHeaders };
  return [
    {
      id: 'selected',
      title: l.tables.selected,
      columns: [l.item, l.tables.selected],
      split: true,
      ...common,
      rows: MEASURES.map((m) => [l.measures[m], compare(d.selected.current[m], d.selected.previous[m], audience, ABOUT_PERSONS[m])]),
    },
    {
      id: 'byGoal',
      title: l.tables.byGoal,
      columns: [l.goal, ...MEASURES.map((m) => l.measures[m])],
      split: false,
      ...common,
      rows: d.byGoal.map((g) => [goalLabel(g.goal, l, w), ...measureCells(g)]),
    },
    {
      id: 'byDistrict',
      title: l.tables.byDistrict,
      columns: [l.district, ...MEASURES.map((m) => l.measures[m])],
      split: false,
      ...common,
      rows: d.byDistrict.map((r) => [districtName(r.districtId), ...measureCells(r)]),
    },
    {
      id: 'reach',
      title: l.tables.reach,
      columns: [l.item, l.tables.reach],
      split: true,
      ...common,
      rows: reachRows(d.reach.current, d.reach.previous, audience, l, w),
    },
    {
      id: 'overdue',
      title: l.tables.overdue,
      columns: [l.monthEnd, l.overdueCount],
      split: false,
      ...common,
      rows: d.overdue.map((o) => [
        w.day(o.asOf),
        countText(o.count, audience) === UNDER_THREE ? w.underThree : countText(o.count, audience),
      ]),
    },
  ];
}
