// The pillar-2 report as a print document, in the manner of the plan's 「数字で見てみよう」 page:
// each figure as 「前の期間 ⇒ この期間」, then the screen's tables (the same cells, from
// dashboardTables), then the charts. 内部用 carries 取扱注意 on every page; 外部向け shows counts
// of persons of 1 or 2 as 「3未満」 and is not personal (it holds no name and no small count).
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatWareki } from '../text/dates';
import type { Audience } from './format';
import type { Dashboard } from './indicators';
import { MEASURES } from './indicators';
import { DASHBOARD_LABELS_JA as L } from './labels';
import { periodLabel } from './period';
import { activityChart, overdueChart, renderChartSvg } from './charts';
import { dashboardTables, goalLabel, tableGrid, type DashTable } from './tables';

export const DASHBOARD_REPORT_TITLE = '柱2の取組状況';

export interface DashboardReportMeta {
  audience: Audience;
  /** The district filter in words (すべての地区 or its name). */
  districtName: string;
  districtNameOf(id: string): string;
  /** 'YYYY-MM-DD', printed as 作成日. */
  printedOn: string;
  size: PrintSize;
}

const AUDIENCE_LABEL: Record<Audience, string> = { internal: '内部用', external: '外部向け' };

function tableBlock(t: DashTable): PrintBlock {
  const grid = tableGrid(t, 'display');
  const first = t.id === 'byGoal' || t.id === 'byDistrict' ? 2.2 : 3;
  return {
    kind: 'table',
    label: t.title,
    columns: grid.header.map((header, i) => ({ header, width: i === 0 ? first : 1 })),
    rows: grid.rows,
  };
}

/** The screen's charts, as vectors (the print engine's svg block), after the tables; 170 mm wide at 標準. */
function chartBlocks(d: Dashboard, audience: Audience): PrintBlock[] {
  return [activityChart(d, audience), overdueChart(d, audience)].map((spec): PrintBlock => ({
    kind: 'svg',
    svg: renderChartSvg(spec),
    width: 170,
    height: (170 * spec.height) / spec.width,
    alt: spec.alt,
  }));
}

export function dashboardReportDocument(d: Dashboard, meta: DashboardReportMeta): PrintDocument {
  const tables = dashboardTables(d, { audience: meta.audience, districtName: meta.districtNameOf });
  const selected = tables.find((t) => t.id === 'selected');
  const period = periodLabel(d.period);
  const previous = periodLabel(d.previousPeriod);
  const title = `${DASHBOARD_REPORT_TITLE}（${period}・${AUDIENCE_LABEL[meta.audience]}）`;
  // 「・見守り・相談の記録：120件（令和8年3月）⇒135件（令和8年4月）」, from the selected table's cells.
  const lines = (selected?.rows ?? []).map((row, i) => {
    const cell = row[1];
    const measure = MEASURES[i];
    if (cell === undefined || typeof cell === 'string' || measure === undefined) return '';
    const unit = (v: string) => (v === '3未満' ? v : `${v}件`);
    return `・${L.measures[measure]}：${unit(cell.previous)}（${previous}）⇒${unit(cell.current)}（${period}）`;
  });
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'table',
      columns: [
        { header: '対象期間', width: 4.6 },
        { header: '地区', width: 2 },
        { header: '行動目標', width: 3 },
        { header: '作成日', width: 2 },
      ],
      rows: [
        [
          `${formatWareki(d.range.from)}〜${formatWareki(d.range.to)}`,
          meta.districtName,
          goalLabel(d.filter.goal, L),
          formatWareki(meta.printedOn),
        ],
      ],
    },
    { kind: 'heading', level: 2, text: '数字で見てみよう' },
    ...lines.filter((l) => l !== '').map((text): PrintBlock => ({ kind: 'paragraph', text })),
    ...tables.map(tableBlock),
    { kind: 'heading', level: 2, text: 'グラフ' },
    ...chartBlocks(d, meta.audience),
    {
      kind: 'paragraph',
      muted: true,
      text:
        '※ 記録は、ついている行動目標ごとに数えています（目標の合計はすべての目標より多くなることがあります）。' +
        '「支援が届いているか」は地区で絞り込み、見守り中の人を今の状態と地区で数えています。' +
        (meta.audience === 'external' ? '人についての数が1か2のときは「3未満」、それで分かってしまう増減・割合は「—」としています。' : ''),
    },
  ];
  return {
    title,
    personal: meta.audience === 'internal',
    size: meta.size,
    blocks,
    lang: 'ja',
    subject: `pillar2-dashboard ${d.range.from}..${d.range.to} ${meta.audience}`,
  };
}
