// The dashboard's charts: ECharts options built from the computed numbers, rendered server-side
// (`ssr: true`, the SVG renderer) to an SVG string, so the same function draws the screen's chart
// and the report PDF's. `aria` writes a description of each chart in words into the SVG, and the
// decal patterns keep the series apart when printed in black and white. Only the parts used are
// imported (echarts/core), and only from the dashboard's lazy chunk.
import { init, use, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartValue, type Audience } from './format';
import { ABOUT_PERSONS, MEASURES, type Dashboard } from './indicators';
import { DASHBOARD_LABELS_JA, type TableLabels } from './labels';
import { DASHBOARD_WORDS_JA, type DashWords } from './words';

use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | AriaComponentOption>;

export interface ChartSpec {
  id: 'activity' | 'overdue';
  /** Size in px for the screen; the PDF takes it as mm × 4 at 標準 (see reportPrint). */
  width: number;
  height: number;
  option: Option;
  /** The chart in words (also the PDF's alternative text). */
  alt: string;
}

const FONT = 'BIZ UDGothic, Noto Sans JP, sans-serif';
const TEXT = { fontFamily: FONT, fontSize: 14, color: '#111' };

function aria(description: string): AriaComponentOption {
  return { enabled: true, label: { enabled: true, description }, decal: { show: true } };
}

/** Figures this period beside the previous one, per kind of record (hidden counts not drawn). */
export function activityChart(
  d: Dashboard,
  audience: Audience,
  labels: TableLabels = DASHBOARD_LABELS_JA,
  words: DashWords = DASHBOARD_WORDS_JA,
): ChartSpec {
  const names = MEASURES.map((m) => labels.measures[m]);
  const prev = MEASURES.map((m) => chartValue(d.selected.previous[m], audience, ABOUT_PERSONS[m]));
  const cur = MEASURES.map((m) => chartValue(d.selected.current[m], audience, ABOUT_PERSONS[m]));
  const prevName = words.periodShort(d.previousPeriod);
  const curName = words.periodShort(d.period);
  const said = (v: number | null) => (v === null ? words.underThree : words.count(v));
  const alt = words.barChart(
    words.activityTitle,
    names.map((n, i) => words.barPair(n, `${prevName} ${said(prev[i] ?? null)}`, `${curName} ${said(cur[i] ?? null)}`)),
  );
  return {
    id: 'activity',
    width: 720,
    height: 360,
    alt,
    option: {
      animation: false,
      aria: aria(alt),
      textStyle: TEXT,
      legend: { top: 0, textStyle: TEXT },
      grid: { left: 216, right: 56, top: 40, bottom: 32 },
      xAxis: { type: 'value', axisLabel: TEXT, minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { ...TEXT, width: 200, overflow: 'break' } },
      series: [
        { type: 'bar', name: prevName, data: prev, itemStyle: { color: '#8c8c8c' }, label: { show: true, position: 'right', ...TEXT } },
        { type: 'bar', name: curName, data: cur, itemStyle: { color: '#1f4e9e' }, label: { show: true, position: 'right', ...TEXT } },
      ],
    },
  };
}

/** Open action items past due at each month end of the period. */
export function overdueChart(
  d: Dashboard,
  audience: Audience,
  labels: TableLabels = DASHBOARD_LABELS_JA,
  words: DashWords = DASHBOARD_WORDS_JA,
): ChartSpec {
  const months = d.overdue.map((o) => words.monthName(Number(o.monthEnd.slice(5, 7))));
  const values = d.overdue.map((o) => chartValue(o.count, audience));
  const alt =
    d.overdue.length === 0
      ? words.lineChartEmpty(labels.tables.overdue)
      : words.lineChart(
          labels.tables.overdue,
          months.map((m, i) => {
            const v = values[i];
            return words.point(m, v === null || v === undefined ? words.underThree : words.count(v));
          }),
        );
  return {
    id: 'overdue',
    width: 720,
    height: 280,
    alt,
    option: {
      animation: false,
      aria: aria(alt),
      textStyle: TEXT,
      grid: { left: 56, right: 32, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: months, axisLabel: TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      series: [
        {
          type: d.overdue.length > 1 ? 'line' : 'bar',
          name: labels.overdueCount,
          data: values,
          itemStyle: { color: '#9e3a1f' },
          lineStyle: { width: 3 },
          symbolSize: 10,
          label: { show: true, position: 'top', ...TEXT },
        } as LineSeriesOption,
      ],
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The chart as an SVG document (no DOM needed: the same call serves the screen and the PDF). */
export function renderChartSvg(spec: ChartSpec): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(spec.option);
    // The SSR output carries no aria attributes of its own: the description goes on the root
    // element and in <title>, so a screen reader reads it on the screen and the PDF has it too.
    const label = escapeXml(spec.alt);
    return chart
      .renderToSVGString()
      .replace(/^<svg /, `<svg role="img" aria-label="${label}" `)
      .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`);
  } finally {
    chart.dispose();
  }
}
