// The activity report as CSV for a spreadsheet: one row per category (so a column can be summed
// within a 区分), Japanese headers, RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM at the
// start so Excel opens it as UTF-8. A month has one 件数 column; a fiscal year has 4月..3月 and 合計.
import type { ActivityCounts, ActivityReport } from './report';

/** Byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

export interface ReportCsvMeta {
  readonly commissionerName: string;
  readonly districtName?: string;
}

/** The 区分 column, in row order. */
export const CSV_SECTIONS = {
  byField: '相談・支援件数（分野別）',
  byContent: '相談・支援件数（内容別）',
  cross: '相談・支援件数（分野×内容）',
  other: 'その他の活動',
  visitsByField: '訪問回数（分野別）',
  totals: '回数・日数',
} as const;

/** RFC 4180: a field with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Free text typed by a user (names): a leading = + - @ would make Excel run it as a formula
 * (CSV injection), so such a value gets a leading apostrophe, which Excel shows as text.
 */
function userText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + CRLF;
}

/** Every category row of one counts object, as [区分, 項目, count]. */
export function reportRows(counts: ActivityCounts): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const r of counts.byField) out.push([CSV_SECTIONS.byField, r.label, r.count]);
  for (const r of counts.byContent) out.push([CSV_SECTIONS.byContent, r.label, r.count]);
  for (const row of counts.byFieldAndContent) {
    for (const r of row.byContent) out.push([CSV_SECTIONS.cross, `${row.field}／${r.label}`, r.count]);
  }
  for (const r of counts.otherActivities) out.push([CSV_SECTIONS.other, r.label, r.count]);
  for (const r of counts.visitsByField) out.push([CSV_SECTIONS.visitsByField, r.label, r.count]);
  out.push(
    [CSV_SECTIONS.totals, '相談・支援件数', counts.consultations],
    [CSV_SECTIONS.totals, '訪問回数', counts.visits],
    [CSV_SECTIONS.totals, '連絡調整回数', counts.referrals],
    [CSV_SECTIONS.totals, '活動日数', counts.activeDays],
    [CSV_SECTIONS.totals, '記録件数', counts.entries],
  );
  return out;
}
const monthLabel = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** The whole CSV text, starting with CSV_BOM; encode as UTF-8 to write it. */
export function reportCsv(report: ActivityReport, meta: ReportCsvMeta): string {
  const name = userText(meta.commissionerName);
  const district = userText(meta.districtName ?? '');
  let text = CSV_BOM;
  if (report.kind === 'month') {
    text += csvLine(['対象月', '委員名', '地区', '区分', '項目', '件数']);
    const period = monthLabel(report.month);
    for (const [section, item, n] of reportRows(report.counts)) text += csvLine([period, name, district, section, item, String(n)]);
    return text;
  }
  const monthHeaders = report.months.map((m) => `${Number(m.month.slice(5, 7))}月`);
  text += csvLine(['対象年度', '委員名', '地区', '区分', '項目', ...monthHeaders, '合計']);
  const period = `${report.fiscalYear}年度`;
  const perMonth = report.months.map((m) => reportRows(m.counts));
  reportRows(report.counts).forEach(([section, item, total], i) => {
    const cells = perMonth.map((r) => String(r[i]?.[2] ?? 0));
    text += csvLine([period, name, district, section, item, ...cells, String(total)]);
  });
  return text;
}
