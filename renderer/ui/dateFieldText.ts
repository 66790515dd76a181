// The words of the date field (DateField.tsx): the echo under a date that was read, and the
// message for one that was not. Dates in English are written without Japanese characters.
import type { TFunction } from 'i18next';
import {
  DATE_INPUT_MAX,
  DATE_INPUT_MIN,
  ERAS,
  formatWarekiDate,
  warekiOf,
  weekdayOf,
  type DateInputResult,
  type EraId,
  type TypedDate,
  type WarekiDate,
} from '../../shared/text/dateInput';
import { MONTH_INPUT_MIN, warekiMonth, type MonthInputResult } from '../../shared/text/monthInput';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const era = (id: EraId) => ERAS.find((e) => e.id === id) ?? ERAS[0];
const pad = (n: number) => String(n).padStart(2, '0');

/** 令和8年11月30日 / Reiwa 8, November 30 */
function wareki(en: boolean, w: WarekiDate): string {
  return en ? `${era(w.era)?.en} ${w.year}, ${MONTHS_EN[w.month - 1]} ${w.day}` : formatWarekiDate(w);
}

/** 1989年1月8日 / 1989-01-08 */
function western(en: boolean, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return en ? iso : `${y}年${m}月${d}日`;
}

/** A date as it was typed, in the calendar it was typed in. */
function typedDate(en: boolean, d: TypedDate): string {
  if (d.era) return wareki(en, { ...d, era: d.era });
  return en ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}年${d.month}月${d.day}日`;
}

/** The line under a date that was read: 2026-11-30（令和8年11月30日・月曜日）. */
export function dateEcho(t: TFunction, en: boolean, iso: string): string {
  const w = warekiOf(iso);
  const weekday = t(`dateField.weekdays.${WEEKDAYS[weekdayOf(iso)]}`);
  const w2 = w ? (en ? `${era(w.era)?.en} ${w.year}` : formatWarekiDate(w)) : '';
  return t('dateField.echo', { iso, wareki: w2, weekday });
}

/** What is wrong with a date that was not read; null when it was read or is empty. */
export function dateProblem(t: TFunction, en: boolean, text: string, r: DateInputResult): string | null {
  if (r.ok || r.reason === 'empty') return null;
  switch (r.reason) {
    case 'unreadable':
      return t('dateField.unreadable', { text: text.trim() });
    case 'incomplete': {
      const some = t('dateField.someDay');
      const e = r.era ? era(r.era) : null;
      const month = r.month === null ? some : en ? pad(r.month) : String(r.month);
      const example = e
        ? en
          ? `${e.letter}${r.year}.${month}.${some}`
          : `${e.ja}${r.year === 1 ? '元' : r.year}年${month}月${some}日`
        : en
          ? `${r.year}-${month}-${some}`
          : `${r.year}年${month}月${some}日`;
      return t(r.month === null ? 'dateField.incomplete' : 'dateField.incompleteDay', { text: text.trim(), example });
    }
    case 'noSuchDay':
      return t('dateField.noSuchDay', { date: typedDate(en, r.typed) });
    case 'outsideEra': {
      const limitEra = era(r.limit.wareki.era);
      const limitIso = (r.limit.side === 'end' ? limitEra?.end : limitEra?.start) ?? '';
      return t(r.limit.side === 'end' ? 'dateField.afterEra' : 'dateField.beforeEra', {
        typed: typedDate(en, r.typed),
        era: en ? limitEra?.en : limitEra?.ja,
        limit: en
          ? limitIso
          : `${r.limit.wareki.year === 1 ? '元' : r.limit.wareki.year}年${r.limit.wareki.month}月${r.limit.wareki.day}日`,
        western: western(en, r.iso),
        actual: wareki(en, r.actual),
      });
    }
    case 'outOfRange':
      return t('dateField.outOfRange', { min: DATE_INPUT_MIN, max: DATE_INPUT_MAX });
  }
}

/** 令和8年11月 / Reiwa 8 */
function warekiYearMonth(en: boolean, w: { era: EraId; year: number; month: number }): string {
  const e = era(w.era);
  return en ? `${e?.en} ${w.year}` : `${e?.ja}${w.year === 1 ? '元' : w.year}年${w.month}月`;
}

/** The line under a month that was read: 2026年11月（令和8年11月） / November 2026 (Reiwa 8). */
export function monthEcho(en: boolean, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const w = warekiMonth(month);
  const western = en ? `${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月`;
  if (!w) return western;
  return en ? `${western} (${warekiYearMonth(en, w)})` : `${western}（${warekiYearMonth(en, w)}）`;
}

/** What is wrong with a month that was not read; null when it was read. */
export function monthProblem(t: TFunction, en: boolean, text: string, r: MonthInputResult, max: string): string | null {
  if (r.ok) return null;
  switch (r.reason) {
    case 'empty':
      return t('monthField.empty');
    case 'unreadable':
      return t('monthField.unreadable', { text: text.trim() });
    case 'noMonth':
      return t('monthField.noMonth', { text: text.trim() });
    case 'noSuchMonth':
      return t('monthField.noSuchMonth', { month: r.month });
    case 'outsideEra': {
      const e = era(r.era);
      const typed = en
        ? `${e?.en} ${r.year}, ${MONTHS_EN[r.month - 1] ?? r.month}`
        : `${e?.ja}${r.year === 1 ? '元' : r.year}年${r.month}月`;
      const start = e?.start ?? '';
      const range = e?.end ? (en ? `${start} to ${e.end}` : `${start}〜${e.end}`) : en ? `from ${start}` : `${start}から`;
      return t('monthField.outsideEra', { typed, era: en ? e?.en : e?.ja, range });
    }
    case 'outOfRange':
      return t('monthField.outOfRange', { min: monthEcho(en, MONTH_INPUT_MIN), max: monthEcho(en, max) });
  }
}
