// Japanese strings of the pillar-2 dashboard: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { DASHBOARD_LABELS_JA } from '../../../shared/dashboard/labels';
import { dashboardEn } from './messages.en';

export const dashboardJa = {
  title: '柱2の取組状況',
  lead: '必要な人に支援が届いているかを、記録から数えます。前の期間の数字を横に並べています。名前は出しません。',
  conditions: '条件',
  periodKind: '期間の単位',
  kinds: { month: '月', quarter: '四半期', fiscalYear: '年度' },
  month: '対象の月',
  quarter: '対象の四半期',
  quarterOption: '第{{q}}四半期（{{months}}）',
  quarterMonths: { q1: '4〜6月', q2: '7〜9月', q3: '10〜12月', q4: '1〜3月' },
  fiscalYear: '対象の年度',
  fiscalYearOption: '{{wareki}}（{{year}}年4月〜{{next}}年3月）',
  district: '地区',
  allDistricts: 'すべての地区',
  goal: '行動目標',
  audience: '数字の見せ方',
  audiences: { internal: '内部用（そのままの数）', external: '外部向け（1〜2人は「3未満」）' },
  audienceHelp: '外部向けにすると、人についての数が1か2のとき「3未満」と表示します。画面・CSV・PDFのすべてに同じように効きます。',
  loading: '数えています…',
  heading: '{{period}}（前期間：{{previous}}）',
  counted: '{{from}}〜{{to}}の記録を数えました。',
  running: 'この期間はまだ続いています。「届いているか」は今日（{{today}}）の時点です。',
  reachNote:
    '「届いているか」は地区だけで絞り込み、行動目標では絞り込みません。見守り中の人は今の状態と地区で数えます。連絡の間隔は人ごとの設定（なければ30日）です。',
  charts: 'グラフ',
  noOverdue: 'この期間の月末はまだ来ていません。',
  corrupt: '読めない成年後見の記録が{{n}}件あります（数えていません）。',
  output: '書き出し',
  csvTable: 'CSVにする表',
  csv: 'CSVで保存…',
  pdf: '報告書を印刷（{{audience}}）',
  pdfAudience: { internal: '内部用', external: '外部向け' },
  pdfName: '報告書（{{audience}}）',
  outputHelp: '報告書とCSVは、上の「数字の見せ方」のとおりに作ります。内部用の報告書は毎ページに「取扱注意」が入ります。',
  working: 'PDFを作っています…',
  labels: DASHBOARD_LABELS_JA,
  /** The marks printed on the report, quoted in the help (its PDF is Japanese whatever the screen's language). */
  marks: { underThree: '3未満', confidential: '取扱注意' },
  /** How the English screen writes periods and charts (the Japanese screen uses shared/dashboard/words.ts). */
  words: {
    underThree: '3未満',
    days: '{{n}}日',
    activityTitle: '記録の件数',
    barChart: '棒グラフ「{{title}}」。{{items}}。',
    lineChart: '折れ線グラフ「{{title}}」。{{items}}。',
    lineChartEmpty: '折れ線グラフ「{{title}}」。この期間の月末はまだ来ていません。',
    quarter: '{{fy}}年度 第{{q}}四半期',
    quarterLong: '{{fy}} 第{{q}}四半期（{{months}}）',
  },
};

export const dashboardMessages: FeatureMessages<{ dashboard: typeof dashboardJa }> = {
  ja: { dashboard: dashboardJa },
  en: { dashboard: dashboardEn },
};
