// How the dashboard writes periods, dates and its charts' descriptions, apart from its labels
// (labels.ts): Japanese by default, for the report PDF and the Japanese screen.
import { periodShortLabel, type DashPeriod } from './period';
import { UNDER_THREE } from './format';

/**
 * How the dashboard writes periods, dates and its chart descriptions: Japanese for the report
 * PDF (always) and the Japanese screen; the English screen passes its own (DashboardPage).
 */
export interface DashWords {
  /** A period, short: 2026年4月 / 2026年度 第1四半期 / 2026年度. */
  periodShort(p: DashPeriod): string;
  /** A calendar day: 2026年4月30日. */
  day(iso: string): string;
  /** A month on a chart axis: 4月. */
  monthName(month: number): string;
  /** An action goal's own words (the plan's text in Japanese). */
  goal(label: string): string;
  /** An aside after a header: 前期間（2026年3月）, 12 ⇒ 15（+3）. */
  aside(x: string): string;
  /** A hidden count (外部向け): 3未満. */
  underThree: string;
  /** A number of days (a median): 12日. */
  days(n: string): string;
  /** A count in a chart's description: 56件. */
  count(n: number): string;
  /** The activity chart's title in its description. */
  activityTitle: string;
  barChart(title: string, items: readonly string[]): string;
  lineChart(title: string, items: readonly string[]): string;
  lineChartEmpty(title: string): string;
  /** One bar pair in words: 記録：2026年3月 5件、2026年4月 7件. */
  barPair(name: string, previous: string, current: string): string;
  /** One point in words: 4月：3件. */
  point(name: string, value: string): string;
}

export const DASHBOARD_WORDS_JA: DashWords = {
  periodShort: periodShortLabel,
  day: (iso) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  monthName: (m) => `${m}月`,
  goal: (label) => label,
  aside: (x) => `（${x}）`,
  underThree: UNDER_THREE,
  days: (n) => `${n}日`,
  count: (n) => `${n}件`,
  activityTitle: '記録の件数',
  barChart: (title, items) => `棒グラフ「${title}」。${items.join('。')}。`,
  lineChart: (title, items) => `折れ線グラフ「${title}」。${items.join('、')}。`,
  lineChartEmpty: (title) => `折れ線グラフ「${title}」。この期間の月末はまだ来ていません。`,
  barPair: (name, previous, current) => `${name}：${previous}、${current}`,
  point: (name, value) => `${name}：${value}`,
};
