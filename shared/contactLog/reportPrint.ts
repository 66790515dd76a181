// The activity report (民生委員・児童委員 活動記録) as a print document: an A4 form with the
// month's counts (one page at 標準), or for a fiscal year the year's counts followed by the
// month-by-month tables. It carries the commissioner's name (so 取扱注意) and no one else's.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatWareki } from '../text/dates';
import type { ActivityCounts, ActivityReport, Count, FiscalYearReport } from './report';

export interface ActivityReportPrintMeta {
  readonly commissionerName: string;
  readonly districtName: string;
  /** 'YYYY-MM-DD', printed as 作成日. */
  readonly printedOn: string;
  readonly size: PrintSize;
}

export const REPORT_TITLE = '民生委員・児童委員 活動記録';

/** 令和8年4月 (the 和暦 year and month of a 'YYYY-MM'). */
function warekiMonth(month: string): string {
  return formatWareki(`${month}-01`).replace(/\d+日$/, '');
}

/**
 * 令和8年度. Named after the era of May 1: fiscal year 2019 began in 平成31年 April but is
 * called 令和元年度 (the era changed on 2019-05-01).
 */
export function warekiFiscalYear(fiscalYear: number): string {
  return formatWareki(`${fiscalYear}-05-01`).replace(/\d+月\d+日$/, '度');
}

export function reportPeriodLabel(report: ActivityReport): string {
  return report.kind === 'month' ? `${warekiMonth(report.month)}分` : warekiFiscalYear(report.fiscalYear);
}

const n = (value: number): string => String(value);
const sum = (list: readonly Count<string>[]): number => list.reduce((s, r) => s + r.count, 0);

/** Label/count pairs laid out in two side-by-side column pairs, to save height. */
function pairTable(items: readonly Count<string>[], header: string, total?: number): PrintBlock {
  const half = Math.ceil(items.length / 2);
  const rows: string[][] = [];
  for (let i = 0; i < half; i++) {
    const a = items[i];
    const b = items[i + half];
    rows.push([a?.label ?? '', a ? n(a.count) : '', b?.label ?? '', b ? n(b.count) : '']);
  }
  if (total !== undefined) rows.push(['計', n(total), '', '']);
  return {
    kind: 'table',
    columns: [
      { header, width: 3.6 },
      { header: '件数', width: 1 },
      { header, width: 3.6 },
      { header: '件数', width: 1 },
    ],
    rows,
  };
}

/** One-row table: a row label, each category a column, then 計. */
function rowTable(rowLabel: string, items: readonly Count<string>[], widths?: readonly number[]): PrintBlock {
  return {
    kind: 'table',
    columns: [
      { header: '分野', width: 1.8 },
      ...items.map((r, i) => ({ header: r.label, width: widths?.[i] ?? 1 })),
      { header: '計', width: 1 },
    ],
    rows: [[rowLabel, ...items.map((r) => n(r.count)), n(sum(items))]],
  };
}

function countsBlocks(c: ActivityCounts): PrintBlock[] {
  return [
    { kind: 'heading', level: 2, text: '1. 相談・支援件数' },
    rowTable('相談・支援件数', c.byField),
    pairTable(c.byContent, '内容', sum(c.byContent)),
    { kind: 'heading', level: 2, text: '2. その他の活動' },
    pairTable(c.otherActivities, '活動'),
    { kind: 'heading', level: 2, text: '3. 訪問回数・連絡調整回数・活動日数' },
    {
      kind: 'table',
      columns: [{ header: '訪問回数' }, { header: '連絡調整回数' }, { header: '活動日数' }, { header: '記録件数（参考）' }],
      rows: [[n(c.visits), n(c.referrals), n(c.activeDays), n(c.entries)]],
    },
    rowTable('訪問回数', c.visitsByField, [1, 1, 1, 1, 2.2]),
    { kind: 'paragraph', muted: true, text: NOTE },
  ];
}

/** One line at 標準 (the month form has little room to spare). */
const NOTE = '※ 相談1件を分野と内容に1回ずつ数えています。訪問回数は見守り・安否確認を含みます。';

type Line = readonly [label: string, pick: (c: ActivityCounts) => number];
type ListKey = 'byField' | 'byContent' | 'otherActivities' | 'visitsByField';

/** The rows of the month-by-month tables, grouped under a caption (labels from the year's counts). */
function monthlySections(year: ActivityCounts): { label: string; lines: Line[] }[] {
  const list = (key: ListKey, prefix = ''): Line[] => year[key].map((r, i): Line => [`${prefix}${r.label}`, (c) => c[key][i]?.count ?? 0]);
  return [
    { label: '相談・支援件数（分野別）', lines: [...list('byField'), ['計', (c) => c.consultations]] },
    { label: '相談・支援件数（内容別）', lines: [...list('byContent'), ['計', (c) => c.consultations]] },
    { label: 'その他の活動', lines: list('otherActivities') },
    {
      label: '訪問回数・連絡調整回数・活動日数',
      lines: [
        ['訪問回数', (c) => c.visits],
        ...list('visitsByField', '　うち'),
        ['連絡調整回数', (c) => c.referrals],
        ['活動日数', (c) => c.activeDays],
        ['記録件数（参考）', (c) => c.entries],
      ],
    },
  ];
}

/**
 * Month-by-month tables. At 標準 all twelve months and 合計 fit across the page (widths in mm);
 * 大きな文字 splits them into 4月〜9月 and 10月〜3月＋合計.
 */
function monthlyBlocks(r: FiscalYearReport, size: PrintSize): PrintBlock[] {
  const months = r.months.map((m) => ({ header: `${Number(m.month.slice(5, 7))}月`, counts: m.counts }));
  const groups =
    size === 'standard'
      ? [{ months, total: true }]
      : [
          { months: months.slice(0, 6), total: false },
          { months: months.slice(6), total: true },
        ];
  const blocks: PrintBlock[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: `月別内訳（${warekiFiscalYear(r.fiscalYear)}）` },
  ];
  for (const section of monthlySections(r.counts)) {
    for (const [g, group] of groups.entries()) {
      const label = groups.length > 1 ? `${section.label}（${g === 0 ? '4月〜9月' : '10月〜3月'}）` : section.label;
      // 「10月」 in bold is 7.41 mm + 3 mm cell padding at 標準.
      const itemWidth = size === 'standard' ? 34 : 60;
      // A group keeps each table on one page when it fits (else the engine splits it, header repeated).
      blocks.push({
        kind: 'group',
        blocks: [
          {
            kind: 'table',
            label,
            columns: [
              { header: '項目', width: itemWidth },
              ...group.months.map((m) => ({ header: m.header, width: size === 'standard' ? 10.46 : 18 })),
              ...(group.total ? [{ header: '合計', width: size === 'standard' ? 10.46 : 20 }] : []),
            ],
            rows: section.lines.map(([label, pick]) => [
              label,
              ...group.months.map((m) => n(pick(m.counts))),
              ...(group.total ? [n(pick(r.counts))] : []),
            ]),
          },
        ],
      });
    }
  }
  return blocks;
}

export function activityReportDocument(report: ActivityReport, meta: ActivityReportPrintMeta): PrintDocument {
  const period = reportPeriodLabel(report);
  const title = `${REPORT_TITLE}（${period}）`;
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'table',
      columns: [
        { header: '委員名', width: 1.9 },
        { header: '地区', width: 2.7 },
        { header: '対象期間', width: 4.2 },
        { header: '作成日', width: 2.2 },
      ],
      rows: [
        [
          meta.commissionerName,
          meta.districtName,
          `${formatWareki(report.from)}〜${formatWareki(report.to)}`,
          formatWareki(meta.printedOn),
        ],
      ],
    },
    ...countsBlocks(report.counts),
    ...(report.kind === 'fiscalYear' ? monthlyBlocks(report, meta.size) : []),
  ];
  return {
    title,
    personal: true,
    size: meta.size,
    blocks,
    lang: 'ja',
    subject: report.kind === 'month' ? `activity-report ${report.month}` : `activity-report FY${report.fiscalYear}`,
  };
}
