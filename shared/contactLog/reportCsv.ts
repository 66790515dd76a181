// The activity report as CSV for a spreadsheet: one row per category (so a column can be summed
// within a 区分), Japanese headers, a month with one 件数 column, a fiscal year with 4月..3月 and
// 合計. Categories carry the printed form's words (分野 in full, as FIELD_LABELS); what the form
// does not ask for (the visits by 分野, 記録件数) is marked 参考, as on the print. Quoting, line ends, the formula guard and the encoding are shared/csv's (the writer).
import { FIELD_LABELS } from './activity';
import { NO_FIELD, type ActivityCounts, type ActivityReport } from './report';
import { csvText, type CsvRows } from '../csv/format';

/** Byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const CSV_BOM = '\uFEFF';

export interface ReportCsvMeta {
  readonly commissionerName: string;
  readonly districtName?: string;
}

/** The 区分 column, in row order. */
export const CSV_SECTIONS = {
  byField: '相談・支援件数（分野別）',
  byContent: '相談・支援件数（内容別）',
  cross: '相談・支援件数（分野×内容）',
  other: 'その他の活動件数',
  visitsByField: '訪問回数の分野別内訳（参考）',
  totals: '回数・日数',
} as const;

/** Every category row of one counts object, as [区分, 項目, count]. */
export function reportRows(counts: ActivityCounts): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const r of counts.byField) out.push([CSV_SECTIONS.byField, FIELD_LABELS[r.label], r.count]);
  for (const r of counts.byContent) out.push([CSV_SECTIONS.byContent, r.label, r.count]);
  for (const row of counts.byFieldAndContent) {
    for (const r of row.byContent) out.push([CSV_SECTIONS.cross, `${FIELD_LABELS[row.field]}／${r.label}`, r.count]);
  }
  for (const r of counts.otherActivities) out.push([CSV_SECTIONS.other, r.label, r.count]);
  for (const r of counts.visitsByField)
    out.push([CSV_SECTIONS.visitsByField, r.label === NO_FIELD ? r.label : FIELD_LABELS[r.label], r.count]);
  out.push(
    [CSV_SECTIONS.totals, '相談・支援件数', counts.consultations],
    [CSV_SECTIONS.totals, '訪問回数', counts.visits],
    [CSV_SECTIONS.totals, '連絡調整回数', counts.referrals],
    [CSV_SECTIONS.totals, '活動日数', counts.activeDays],
    [CSV_SECTIONS.totals, '記録件数（参考）', counts.entries],
  );
  return out;
}
const monthLabel = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** The report's rows, the header first (encode them with shared/csv encodeCsv). */
export function reportTable(report: ActivityReport, meta: ReportCsvMeta): CsvRows {
  const name = meta.commissionerName;
  const district = meta.districtName ?? '';
  if (report.kind === 'month') {
    const period = monthLabel(report.month);
    return [
      ['対象月', '委員名', '地区', '区分', '項目', '件数'],
      ...reportRows(report.counts).map(([section, item, n]) => [period, name, district, section, item, n]),
    ];
  }
  const monthHeaders = report.months.map((m) => `${Number(m.month.slice(5, 7))}月`);
  const period = `${report.fiscalYear}年度`;
  const perMonth = report.months.map((m) => reportRows(m.counts));
  return [
    ['対象年度', '委員名', '地区', '区分', '項目', ...monthHeaders, '合計'],
    ...reportRows(report.counts).map(([section, item, total], i) => [
      period,
      name,
      district,
      section,
      item,
      ...perMonth.map((r) => r[i]?.[2] ?? 0),
      total,
    ]),
  ];
}

/** The whole CSV text as UTF-8 writes it, starting with CSV_BOM. */
export function reportCsv(report: ActivityReport, meta: ReportCsvMeta): string {
  return CSV_BOM + csvText(reportTable(report, meta));
}
