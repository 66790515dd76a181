// Dates in the English screens (the printed forms stay Japanese). One written form, chosen so
// that no reader mixes up day and month: "30 Nov 2026 (Reiwa 8)" — day, short month name, year,
// then the Japanese era year that residents and offices use beside it. A date in the era alone
// reads the same way with the era year in place of the year: "30 Nov Reiwa 8". Era names are
// written without macrons (Showa, Taisho), as on Japanese offices' English forms.
// Calendar dates are 'YYYY-MM-DD' (no zone); instants are shown in Asia/Tokyo (dates.ts).
import { APP_TIME_ZONE, isValidIsoDate } from './dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * The modern eras by their first day in the Gregorian calendar and the year their year 1 is
 * (Meiji 1 is 1868, but Japan's Gregorian dates start on 1 January 1873, Meiji 6).
 */
const ERAS = [
  { name: 'Reiwa', from: '2019-05-01', year1: 2019 },
  { name: 'Heisei', from: '1989-01-08', year1: 1989 },
  { name: 'Showa', from: '1926-12-25', year1: 1926 },
  { name: 'Taisho', from: '1912-07-30', year1: 1912 },
  { name: 'Meiji', from: '1873-01-01', year1: 1868 },
] as const;

function parts(value: string): { y: number; m: number; d: number } {
  if (!isValidIsoDate(value)) throw new RangeError(`not a date: ${value}`);
  return { y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)), d: Number(value.slice(8, 10)) };
}

/** "Reiwa 8" for a date in 2026 (Reiwa 1 for the era's first year); '' before Meiji 6 (1873). */
export function eraYearEn(value: string): string {
  const { y } = parts(value);
  const era = ERAS.find((e) => value >= e.from);
  if (!era) return '';
  return `${era.name} ${y - era.year1 + 1}`;
}

/** "30 Nov 2026 (Reiwa 8)". */
export function formatDateEn(value: string): string {
  const { y, m, d } = parts(value);
  const era = eraYearEn(value);
  return `${d} ${MONTHS[m - 1]} ${y}${era ? ` (${era})` : ''}`;
}

/** "30 Nov Reiwa 8": a date in the Japanese era alone (as 令和8年11月30日). */
export function formatWarekiEn(value: string): string {
  const { m, d } = parts(value);
  const era = eraYearEn(value);
  return `${d} ${MONTHS[m - 1]} ${era || value.slice(0, 4)}`;
}

/** "30 Nov 2026": short, where many dates stand together (lists, histories). */
export function formatShortDateEn(value: string): string {
  const { y, m, d } = parts(value);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Mon 30 Nov": a day within a month already named. */
export function formatDayEn(value: string): string {
  const { y, m, d } = parts(value);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d} ${MONTHS[m - 1]}`;
}

/** 'YYYY-MM' → "Nov 2026". */
export function formatMonthEn(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (!/^\d{4}-\d{2}$/.test(month) || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  return `${MONTHS[m - 1]} ${y}`;
}

/** A month's short name: 11 → "Nov". */
export function monthNameEn(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`not a month: ${month}`);
  return name;
}

/**
 * Fiscal year (April to March) 2026 → "FY2026 (Reiwa 8)". The era year is the one of 1 May, as
 * offices name a fiscal year: FY2019 is Reiwa 1 (令和元年度), though its April was Heisei 31.
 */
export function formatFiscalYearEn(fiscalYear: number): string {
  const era = eraYearEn(`${String(fiscalYear).padStart(4, '0')}-05-01`);
  return `FY${fiscalYear}${era ? ` (${era})` : ''}`;
}

/** An instant as Tokyo date and time: "27 Nov 2026 14:05". */
export function formatInstantEn(instant: number): string {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => p.find((x) => x.type === t)?.value ?? '';
  return `${Number(get('day'))} ${MONTHS[Number(get('month')) - 1]} ${get('year')} ${get('hour')}:${get('minute')}`;
}
