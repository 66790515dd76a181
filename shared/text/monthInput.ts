// A month as people in Japan type it, read into 'YYYY-MM' for the period pickers (the contact log,
// the 活動記録, the pillar-2 dashboard). It reads what the date field reads (shared/text/dateInput),
// without the day: 2026-11, 2026/11, 2026年11月, 令和8年11月, R8.11, R8/11, 令和元年5月. A whole date
// names its month. Pure: no clock, no zone, no DOM.
import { ERAS, parseDateInput, warekiOf, type EraId } from './dateInput';

/** The months a period picker offers (the range the browser's month inputs had). */
export const MONTH_INPUT_MIN = '2000-01';
export const MONTH_INPUT_MAX = '2100-12';

export type MonthInputResult =
  | { readonly ok: true; readonly month: string }
  | { readonly ok: false; readonly reason: 'empty' | 'unreadable' }
  /** A year without a month: 2026, 令和元年. Never guessed. */
  | { readonly ok: false; readonly reason: 'noMonth'; readonly era: EraId | null; readonly year: number }
  /** 2026年13月. */
  | { readonly ok: false; readonly reason: 'noSuchMonth'; readonly month: number }
  /** A month wholly outside the era typed: 平成31年5月 (平成 ended 30 April 2019), 令和元年4月. */
  | { readonly ok: false; readonly reason: 'outsideEra'; readonly era: EraId; readonly year: number; readonly month: number }
  | { readonly ok: false; readonly reason: 'outOfRange'; readonly month: string };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

function inRange(month: string): MonthInputResult {
  return month < MONTH_INPUT_MIN || month > MONTH_INPUT_MAX ? { ok: false, reason: 'outOfRange', month } : { ok: true, month };
}

export function parseMonthInput(text: string): MonthInputResult {
  const r = parseDateInput(text);
  if (r.ok) return inRange(r.iso.slice(0, 7));
  if (r.reason === 'empty' || r.reason === 'unreadable') return { ok: false, reason: r.reason };
  if (r.reason !== 'incomplete') return { ok: false, reason: 'unreadable' };
  if (r.month === null) return { ok: false, reason: 'noMonth', era: r.era, year: r.year };
  if (r.month < 1 || r.month > 12) return { ok: false, reason: 'noSuchMonth', month: r.month };
  if (r.era === null) return inRange(`${String(r.year).padStart(4, '0')}-${pad(r.month)}`);
  const era = ERAS.find((e) => e.id === r.era);
  if (!era) return { ok: false, reason: 'unreadable' };
  const month = `${Number(era.start.slice(0, 4)) + r.year - 1}-${pad(r.month)}`;
  // The month shares at least one day with the era.
  if (lastDay(month) < era.start || (era.end !== null && `${month}-01` > era.end)) {
    return { ok: false, reason: 'outsideEra', era: r.era, year: r.year, month: r.month };
  }
  return inRange(month);
}

/** 'YYYY-MM' moved by whole months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${pad((i % 12) + 1)}`;
}

/** The 和暦 of a month, by its first day: 2019-04 → 平成31年4月, 2019-05 → 令和元年5月. */
export function warekiMonth(month: string): { era: EraId; year: number; month: number } | null {
  const w = warekiOf(`${month}-01`);
  return w ? { era: w.era, year: w.year, month: w.month } : null;
}
