// Dates on screen in the screen's language. Japanese: 2026年11月30日（令和8年11月30日）; English:
// "30 Nov 2026 (Reiwa 8)" (shared/text/datesEn.ts says why). Printed forms and CSV files keep
// the Japanese forms whatever the screen's language: they are for Japanese offices.
import { useTranslation } from 'react-i18next';
import { formatDateJa, formatInstantJa, formatWareki } from '../../shared/text/dates';
import {
  formatDateEn,
  formatDayEn,
  formatFiscalYearEn,
  formatInstantEn,
  formatMonthEn,
  formatShortDateEn,
  formatWarekiEn,
  monthNameEn,
} from '../../shared/text/datesEn';

export interface DateFormats {
  /** 2026年11月30日（令和8年11月30日） / 30 Nov 2026 (Reiwa 8) */
  date(iso: string): string;
  /** 令和8年11月30日 / 30 Nov Reiwa 8 */
  wareki(iso: string): string;
  /** 2026年11月30日 / 30 Nov 2026 */
  short(iso: string): string;
  /** 11/30 / 30 Nov: a day of this year or the next, where space is short (a badge) */
  monthDay(iso: string): string;
  /** 11月30日（月） / Mon 30 Nov */
  day(iso: string): string;
  /** 'YYYY-MM' → 2026年11月 / Nov 2026 */
  month(month: string): string;
  /** 11 → 11月 / Nov */
  monthName(month: number): string;
  /** 2026 → 令和8年度 / FY2026 (Reiwa 8); 2019 → 令和元年度 / FY2019 (Reiwa 1) */
  fiscalYear(fiscalYear: number): string;
  /** epoch ms → 2026/11/30 14:05 / 30 Nov 2026 14:05 (Tokyo time) */
  instant(ms: number): string;
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

const ja: DateFormats = {
  date: formatDateJa,
  wareki: formatWareki,
  short: (iso) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  monthDay: (iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`,
  day: (iso) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return `${m}月${d}日（${WEEKDAYS_JA[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''}）`;
  },
  month: (month) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`,
  monthName: (m) => `${m}月`,
  // As offices name it: the era year of 1 May (2019 is 令和元年度), like shared/contactLog/reportPrint.
  fiscalYear: (fy) => formatWareki(`${String(fy).padStart(4, '0')}-05-01`).replace(/\d+月\d+日$/, '度'),
  instant: formatInstantJa,
};

const en: DateFormats = {
  date: formatDateEn,
  wareki: formatWarekiEn,
  short: formatShortDateEn,
  monthDay: (iso) => formatDayEn(iso).replace(/^\w+ /, ''),
  day: formatDayEn,
  month: formatMonthEn,
  monthName: monthNameEn,
  fiscalYear: formatFiscalYearEn,
  instant: formatInstantEn,
};

export function datesFor(language: string): DateFormats {
  return language === 'en' ? en : ja;
}

/** The date forms of the current screen language (re-rendered when it changes). */
export function useDates(): DateFormats {
  const { i18n } = useTranslation();
  return datesFor(i18n.language);
}
