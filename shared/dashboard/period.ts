// The periods the pillar-2 dashboard counts over: a month, a quarter of the fiscal year (第1四半期
// = April to June … 第4 = January to March of the next calendar year) or a fiscal year (April to
// March), each with the period just before it. Calendar dates are 'YYYY-MM-DD' strings, done
// with UTC arithmetic on the date alone, so the machine's zone never moves a day.
import { warekiFiscalYear } from '../contactLog/reportPrint';
import { formatWareki } from '../text/dates';

export type DashPeriod =
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; fiscalYear: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'fiscalYear'; fiscalYear: number };
export type DashPeriodKind = DashPeriod['kind'];

export interface DayRange {
  /** First day, included. */
  from: string;
  /** Last day, included. */
  to: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function isoOf(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date `n` days after (before, when negative) `date`. */
export function addDays(date: string, n: number): string {
  return isoOf(utc(date) + n * 86_400_000);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** 'YYYY-MM' `delta` months after `month`. */
export function addMonths(month: string, delta: number): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

function lastDay(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${pad(days)}`;
}

/** The months a period covers, in order. */
export function periodMonths(p: DashPeriod): string[] {
  if (p.kind === 'month') return [p.month];
  const first = p.kind === 'quarter' ? addMonths(`${pad(p.fiscalYear, 4)}-04`, (p.quarter - 1) * 3) : `${pad(p.fiscalYear, 4)}-04`;
  const n = p.kind === 'quarter' ? 3 : 12;
  return Array.from({ length: n }, (_, i) => addMonths(first, i));
}

export function periodRange(p: DashPeriod): DayRange {
  const months = periodMonths(p);
  return { from: `${months[0]}-01`, to: lastDay(months[months.length - 1] ?? '') };
}

/** The period of the same kind just before: March before April, 第4四半期 of the year before 第1. */
export function previousPeriod(p: DashPeriod): DashPeriod {
  switch (p.kind) {
    case 'month':
      return { kind: 'month', month: addMonths(p.month, -1) };
    case 'quarter':
      return p.quarter === 1
        ? { kind: 'quarter', fiscalYear: p.fiscalYear - 1, quarter: 4 }
        : { kind: 'quarter', fiscalYear: p.fiscalYear, quarter: (p.quarter - 1) as 1 | 2 | 3 };
    case 'fiscalYear':
      return { kind: 'fiscalYear', fiscalYear: p.fiscalYear - 1 };
  }
}

/** The period of `kind` that contains `date`. */
export function periodOf(kind: DashPeriodKind, date: string): DashPeriod {
  const month = date.slice(0, 7);
  const m = Number(date.slice(5, 7));
  const fiscalYear = m >= 4 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  if (kind === 'month') return { kind, month };
  if (kind === 'fiscalYear') return { kind, fiscalYear };
  return { kind, fiscalYear, quarter: (Math.floor(((m + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The last day of each month of the period: where the overdue series is counted. */
export function monthEnds(p: DashPeriod): string[] {
  return periodMonths(p).map(lastDay);
}

const QUARTER_MONTHS = ['4〜6月', '7〜9月', '10〜12月', '1〜3月'] as const;

/** 令和8年4月 / 令和8年度 第1四半期（4〜6月） / 令和8年度 */
export function periodLabel(p: DashPeriod): string {
  switch (p.kind) {
    case 'month':
      return formatWareki(`${p.month}-01`).replace(/\d+日$/, '');
    case 'quarter':
      return `${warekiFiscalYear(p.fiscalYear)} 第${p.quarter}四半期（${QUARTER_MONTHS[p.quarter - 1]}）`;
    case 'fiscalYear':
      return warekiFiscalYear(p.fiscalYear);
  }
}

/** A short label for chart axes and table headers: 4月 / 第1四半期 / 令和8年度. */
export function periodShortLabel(p: DashPeriod): string {
  if (p.kind === 'month') return `${Number(p.month.slice(0, 4))}年${Number(p.month.slice(5, 7))}月`;
  if (p.kind === 'quarter') return `${p.fiscalYear}年度 第${p.quarter}四半期`;
  return `${p.fiscalYear}年度`;
}

/** A stable id for file names and the audit log: 2026-04, 2026Q1, FY2026. */
export function periodId(p: DashPeriod): string {
  if (p.kind === 'month') return p.month;
  if (p.kind === 'quarter') return `FY${p.fiscalYear}Q${p.quarter}`;
  return `FY${p.fiscalYear}`;
}
