// A date as people in Japan type it, read into the stored form 'YYYY-MM-DD' (docs/domain.md,
// "Dates people type"). Western: 2026-11-30, 2026/11/30, 2026.11.30, 20261130, 2026年11月30日.
// 和暦: 令和8年11月30日, R8.11.30, R8/11/30, R8-11-30, r081130, 令8.11.30, ㋿8.11.30, 令和元年5月1日.
// Full-width digits and letters, spaces, the long-vowel mark an IME types for a hyphen (ー) and
// kanji numerals (昭和二十年五月三日) are all read. Pure: no clock, no zone, no DOM.
import { isValidIsoDate } from './dates';

export type EraId = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

export interface Era {
  readonly id: EraId;
  readonly ja: string;
  readonly en: string;
  readonly letter: string;
  /** First day, Gregorian. */
  readonly start: string;
  /** Last day, Gregorian; null for the era in force. */
  readonly end: string | null;
}

/** The eras of the modern calendar. 明治 counts from its first year (1868); see GREGORIAN_FROM. */
export const ERAS: readonly Era[] = [
  { id: 'meiji', ja: '明治', en: 'Meiji', letter: 'M', start: '1868-01-25', end: '1912-07-29' },
  { id: 'taisho', ja: '大正', en: 'Taishō', letter: 'T', start: '1912-07-30', end: '1926-12-24' },
  { id: 'showa', ja: '昭和', en: 'Shōwa', letter: 'S', start: '1926-12-25', end: '1989-01-07' },
  { id: 'heisei', ja: '平成', en: 'Heisei', letter: 'H', start: '1989-01-08', end: '2019-04-30' },
  { id: 'reiwa', ja: '令和', en: 'Reiwa', letter: 'R', start: '2019-05-01', end: null },
];

/**
 * The first date a field accepts: 明治6年1月1日, the day Japan took up the Gregorian calendar.
 * Before it a 和暦 month and day are lunisolar and name a different Western day.
 */
export const DATE_INPUT_MIN = '1873-01-01';
/** The last date a field accepts. */
export const DATE_INPUT_MAX = '2100-12-31';

const eraById = (id: EraId): Era => ERAS.find((e) => e.id === id) as Era;
const startYear = (era: Era) => Number(era.start.slice(0, 4));

/** A calendar date in 和暦: the era, its year (1 = 元年), month and day. */
export interface WarekiDate {
  readonly era: EraId;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The 和暦 of a valid 'YYYY-MM-DD' from DATE_INPUT_MIN on, else null. */
export function warekiOf(iso: string): WarekiDate | null {
  if (!isValidIsoDate(iso) || iso < DATE_INPUT_MIN) return null;
  const era = [...ERAS].reverse().find((e) => e.start <= iso);
  if (!era) return null;
  return { era: era.id, year: Number(iso.slice(0, 4)) - startYear(era) + 1, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** 令和8年11月30日, 令和元年5月1日. */
export function formatWarekiDate(w: WarekiDate): string {
  return `${eraById(w.era).ja}${w.year === 1 ? '元' : w.year}年${w.month}月${w.day}日`;
}

/** 0 = Sunday … 6 = Saturday, of a valid 'YYYY-MM-DD'. */
export function weekdayOf(iso: string): number {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).getUTCDay();
}

/** A valid 'YYYY-MM-DD' moved by whole days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return d.toISOString().slice(0, 10);
}

/** What was typed, as far as it was read: the era (if any), the year as typed, month and day. */
export interface TypedDate {
  /** null for a Western year. */
  readonly era: EraId | null;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DateInputResult =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly reason: 'empty' }
  /** Not a date in any accepted form. */
  | { readonly ok: false; readonly reason: 'unreadable' }
  /** A year (and perhaps a month) without the rest: 令和元年, S20, 1945年5月. Never guessed. */
  | { readonly ok: false; readonly reason: 'incomplete'; readonly era: EraId | null; readonly year: number; readonly month: number | null }
  /** Read, but no such day: 2026年2月30日, 令和9年2月29日, 13月. */
  | { readonly ok: false; readonly reason: 'noSuchDay'; readonly typed: TypedDate }
  /** A real day outside the era typed: 昭和64年1月8日 (that day is 平成元年1月8日), 令和元年4月30日. */
  | {
      readonly ok: false;
      readonly reason: 'outsideEra';
      readonly typed: TypedDate;
      readonly iso: string;
      readonly actual: WarekiDate;
      /** The era's last day (when the day is after it) or first day (when before). */
      readonly limit: { readonly side: 'end' | 'start'; readonly wareki: WarekiDate };
    }
  /** Before DATE_INPUT_MIN or after DATE_INPUT_MAX (明治5年以前, the year 2101). */
  | { readonly ok: false; readonly reason: 'outOfRange'; readonly typed: TypedDate };

const ERA_NAMES: Record<string, EraId> = {
  明治: 'meiji',
  大正: 'taisho',
  昭和: 'showa',
  平成: 'heisei',
  令和: 'reiwa',
  明: 'meiji',
  大: 'taisho',
  昭: 'showa',
  平: 'heisei',
  令: 'reiwa',
  m: 'meiji',
  t: 'taisho',
  s: 'showa',
  h: 'heisei',
  r: 'reiwa',
};

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十 → 20, 三十一 → 31, 十二 → 12, 一九四五 / 二〇二六 (digit by digit) → 1945 / 2026. */
function kanjiNumber(run: string): string {
  if (!run.includes('十')) return [...run].map((c) => String(KANJI_DIGITS[c] ?? '')).join('');
  const [tens, ones] = run.split('十');
  const t = tens === '' || tens === undefined ? 1 : (KANJI_DIGITS[tens] ?? NaN);
  const o = ones === '' || ones === undefined ? 0 : (KANJI_DIGITS[ones] ?? NaN);
  return String(t * 10 + o);
}

/** Width, spaces, dashes and kanji numerals folded, so the patterns below see one spelling. */
function clean(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s/gu, '')
    .replace(/[ー‐‑‒–—―−ｰ]/gu, '-')
    .replace(/[〇零一二三四五六七八九]?十[一二三四五六七八九]?|[〇零一二三四五六七八九]+/gu, kanjiNumber);
}

const ERA_PREFIX = /^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[mtshr])/iu;

/** The era year, month and day after the era name, or null when they are not in an accepted form. */
function eraParts(rest: string): { year: number; month: number | null; day: number | null } | null {
  const year = (y: string) => (y === '元' ? 1 : Number(y));
  let m = /^(\d{1,2}|元)年(?:(\d{1,2})月(?:(\d{1,2})日?)?)?$/u.exec(rest);
  if (m) return { year: year(m[1] ?? ''), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
  m = /^(\d{1,2}|元)(?:([./-])(\d{1,2})(?:\2(\d{1,2}))?)?$/u.exec(rest);
  if (m) return { year: year(m[1] ?? ''), month: m[3] ? Number(m[3]) : null, day: m[4] ? Number(m[4]) : null };
  m = /^(\d{2})(\d{2})(\d{2})$/u.exec(rest); // r081130
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return null;
}

/** The Western year, month and day, or null when they are not in an accepted form. */
function westernParts(s: string): { year: number; month: number | null; day: number | null } | null {
  let m = /^(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?$/u.exec(s) ?? null;
  if (m) return { year: Number(m[1]), month: Number(m[3]), day: m[4] ? Number(m[4]) : null };
  m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日?)?)?$/u.exec(s);
  if (m) return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
  m = /^(\d{4})(\d{2})(\d{2})$/u.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{4})$/u.exec(s);
  if (m) return { year: Number(m[1]), month: null, day: null };
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Reads a typed date. Nothing is guessed: a missing month or day is asked for, not filled in. */
export function parseDateInput(text: string): DateInputResult {
  const s = clean(text);
  if (s === '') return { ok: false, reason: 'empty' };

  const prefix = ERA_PREFIX.exec(s);
  const eraId = prefix ? (ERA_NAMES[(prefix[1] ?? '').toLowerCase()] ?? null) : null;
  const parts = eraId && prefix ? eraParts(s.slice(prefix[0].length)) : westernParts(s);
  if (!parts || parts.year < 1) return { ok: false, reason: 'unreadable' };
  if (parts.month === null || parts.day === null) {
    // 1130 alone is not the year 1130 asking for a month: it is not a date.
    const yearOutside = !eraId && (parts.year < Number(DATE_INPUT_MIN.slice(0, 4)) || parts.year > Number(DATE_INPUT_MAX.slice(0, 4)));
    if (yearOutside) return { ok: false, reason: 'unreadable' };
    return { ok: false, reason: 'incomplete', era: eraId, year: parts.year, month: parts.month };
  }

  const typed: TypedDate = { era: eraId, year: parts.year, month: parts.month, day: parts.day };
  const era = eraId ? eraById(eraId) : null;
  const gregorianYear = era ? startYear(era) + parts.year - 1 : parts.year;
  const iso = `${pad(gregorianYear, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!isValidIsoDate(iso)) return { ok: false, reason: 'noSuchDay', typed };
  if (iso < DATE_INPUT_MIN || iso > DATE_INPUT_MAX) return { ok: false, reason: 'outOfRange', typed };
  if (era && (iso < era.start || (era.end !== null && iso > era.end))) {
    const actual = warekiOf(iso);
    const side = iso < era.start ? 'start' : 'end';
    const limit = warekiOf(side === 'start' ? era.start : (era.end ?? era.start));
    // Both exist: iso is within the accepted range, and so is every era boundary after 1873.
    if (actual && limit && limit.era === era.id)
      return { ok: false, reason: 'outsideEra', typed, iso, actual, limit: { side, wareki: limit } };
    return { ok: false, reason: 'outOfRange', typed };
  }
  return { ok: true, iso };
}
