// The activity report (民生委員・児童委員 活動記録) as a print document: an A4 form with the
// month's counts (one page at 標準), or for a fiscal year the year's counts followed by the
// month-by-month tables. It carries the commissioner's name (so 取扱注意) and no one else's.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatWareki } from '../text/dates';
import { PAGE, PT_TO_MM, THEMES } from '../print/theme';
import { FIELD_LABELS, type ActivityField } from './activity';
import { NO_FIELD, type ActivityCounts, type ActivityReport, type Count, type FiscalYearReport } from './report';

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

/** A stored category as the form names it (分野 in full; the other lists are the form's words already). */
const formLabel = (label: string): string => (label in FIELD_LABELS ? FIELD_LABELS[label as ActivityField] : label);

/** 「参考」: what the report adds of its own, next to the figures the form asks for. */
export const OURS_HEADING = '参考（この記録帳の集計です。活動記録の様式の欄ではありません）';
export const ENTRIES_LABEL = '記録件数（参考）';
/** The visits split by 分野 (the form has one 訪問回数; the split is ours). */
export const VISITS_SPLIT_LABEL = '訪問回数の分野別内訳';

/**
 * One list in one column, in the official order: a commissioner copying row by row onto the
 * paper record reads each category next to its own count.
 */
function listTable(items: readonly Count<string>[], header: string, total?: number): PrintBlock {
  const rows = items.map((r) => [formLabel(r.label), n(r.count)]);
  if (total !== undefined) rows.push(['計', n(total)]);
  return {
    kind: 'table',
    columns: [
      { header, width: 5 },
      { header: '件数', width: 1 },
    ],
    rows,
  };
}

/** 「うち高齢者に関すること」…: the split of 訪問回数, summing to it. */
const visitLines = (c: ActivityCounts): [string, number][] =>
  c.visitsByField.map((r) => [`うち${r.label === NO_FIELD ? r.label : formLabel(r.label)}`, r.count]);

function countsBlocks(c: ActivityCounts): PrintBlock[] {
  return [
    // Tables longer than the rest of a page split with their header repeated; shorter ones stay whole.
    { kind: 'heading', level: 2, text: '1. 相談・支援件数' },
    listTable(c.byField, '分野', c.consultations),
    listTable(c.byContent, '内容', sum(c.byContent)),
    {
      kind: 'group',
      blocks: [{ kind: 'heading', level: 2, text: '2. その他の活動件数' }, listTable(c.otherActivities, '活動')],
    },
    {
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 2, text: '3. 訪問回数・連絡調整回数・活動日数' },
        {
          kind: 'table',
          columns: [{ header: '訪問回数' }, { header: '連絡調整回数' }, { header: '活動日数' }],
          rows: [[n(c.visits), n(c.referrals), n(c.activeDays)]],
        },
      ],
    },
    {
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 3, text: OURS_HEADING },
        {
          kind: 'table',
          columns: [
            { header: '項目', width: 5 },
            { header: '数', width: 1 },
          ],
          rows: [
            [VISITS_SPLIT_LABEL, ''],
            ...visitLines(c).map(([label, count]) => [`　${label}`, n(count)]),
            [ENTRIES_LABEL, n(c.entries)],
          ],
        },
        { kind: 'paragraph', muted: true, text: NOTE },
      ],
    },
  ];
}

const NOTE =
  '※ 相談1件を分野と内容に1回ずつ数えています。訪問回数は見守り・安否確認を含みます。' +
  '訪問回数の分野別内訳と記録件数は、この記録帳が参考に出すもので、報告する数ではありません。';

/** A row label and its count; no count for a row that only names the rows below it. */
type Line = readonly [label: string, pick: ((c: ActivityCounts) => number) | null];
type ListKey = 'byField' | 'byContent' | 'otherActivities' | 'visitsByField';

/** The rows of the month-by-month tables, grouped under a caption (labels from the year's counts). */
function monthlySections(year: ActivityCounts): { label: string; lines: Line[] }[] {
  const list = (key: ListKey, prefix = ''): Line[] =>
    year[key].map((r, i): Line => [`${prefix}${formLabel(r.label)}`, (c) => c[key][i]?.count ?? 0]);
  return [
    { label: '相談・支援件数（分野別）', lines: [...list('byField'), ['計', (c) => c.consultations]] },
    { label: '相談・支援件数（内容別）', lines: [...list('byContent'), ['計', (c) => c.consultations]] },
    { label: 'その他の活動件数', lines: list('otherActivities') },
    {
      label: '訪問回数・連絡調整回数・活動日数',
      lines: [
        ['訪問回数', (c) => c.visits],
        ['連絡調整回数', (c) => c.referrals],
        ['活動日数', (c) => c.activeDays],
      ],
    },
    {
      label: OURS_HEADING,
      lines: [[VISITS_SPLIT_LABEL, null], ...list('visitsByField', '　うち'), [ENTRIES_LABEL, (c) => c.entries]],
    },
  ];
}

const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Cell padding of a table, both sides (shared/print/blocks.ts). */
const CELL_PADDING = 3;

/** How many full-width characters of body text fit in a table column `mm` wide. */
function labelBudget(mm: number, size: PrintSize): number {
  return Math.floor((mm - CELL_PADDING) / (THEMES[size].body * PT_TO_MM));
}

/**
 * Splits a label into lines of at most `budget` full-width characters, breaking only between
 * words: after 「・」 and 「の」, before 「（」, and in 「…に関すること」 before 関. A word longer
 * than the budget stays whole (the engine then wraps it).
 */
export function labelLines(label: string, budget: number): string {
  const words = label.split(/(?<=[・の])|(?=（)|(?<=に)(?=関)/u);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && [...last].length + [...w].length <= budget) lines[lines.length - 1] = last + w;
    else lines.push(w);
  }
  return lines.join('\n');
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
      const monthWidth = size === 'standard' ? 10.46 : 18;
      const totalWidth = size === 'standard' ? 10.46 : 20;
      const tableWidth = itemWidth + group.months.length * monthWidth + (group.total ? totalWidth : 0);
      const budget = labelBudget((itemWidth / tableWidth) * CONTENT_WIDTH, size);
      const count = (pick: Line[1], c: ActivityCounts): string => (pick ? n(pick(c)) : '');
      // A group keeps each table on one page when it fits (else the engine splits it, header repeated).
      blocks.push({
        kind: 'group',
        blocks: [
          {
            kind: 'table',
            label,
            columns: [
              { header: '項目', width: itemWidth },
              ...group.months.map((m) => ({ header: m.header, width: monthWidth })),
              ...(group.total ? [{ header: '合計', width: totalWidth }] : []),
            ],
            rows: section.lines.map(([label, pick]) => [
              labelLines(label, budget),
              ...group.months.map((m) => count(pick, m.counts)),
              ...(group.total ? [count(pick, r.counts)] : []),
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
