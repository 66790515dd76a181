// Charts for trying the svg block: real Apache ECharts output (its SVG renderer, server-side, so
// it runs under Node without a DOM) for a bar chart with decal patterns and a line chart, with
// Japanese titles, legends and axis labels. Used by the engine's tests and by `npm run samples`;
// nothing in the app imports it (the dashboard draws its own charts).
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { PrintDocument, PrintSize } from './model';

use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);

/**
 * The SVG markup ECharts writes for `option` at `width` × `height` px, with aria decals on. (With
 * ssr ECharts writes no aria-label: the words for the block's alt come from the caller.)
 */
export function echartsSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, aria: { enabled: true, decal: { show: true } }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function sampleBarChart(): { svg: string; alt: string } {
  const svg = echartsSvg(
    {
      title: { text: '柱2 目標別の連絡件数（令和7年度）', left: 'center' },
      legend: { top: 40 },
      grid: { top: 76, bottom: 40, left: 50, right: 20 },
      xAxis: { type: 'category', data: ['2-1 見守り', '2-2 つなぎ', '2-3 参加', '2-4 備え'] },
      yAxis: { type: 'value' },
      series: [
        { name: '今年度', type: 'bar', data: [128, 84, 45, 31] },
        { name: '前年度', type: 'bar', data: [102, 91, 30, 22] },
        { name: '前々年度', type: 'bar', data: [64, 40, 21, 9] },
      ],
    },
    600,
    360,
  );
  return { svg, alt: '柱2の目標別の連絡件数の棒グラフ。2-1 見守りは今年度128件、前年度102件、前々年度64件。' };
}

export function sampleLineChart(): { svg: string; alt: string } {
  const svg = echartsSvg(
    {
      title: { text: '期限を過ぎた行動項目の推移', left: 'center' },
      legend: { top: 40 },
      grid: { top: 76, bottom: 50, left: 50, right: 20 },
      xAxis: { type: 'category', data: ['4月', '5月', '6月', '7月', '8月', '9月'], axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: '件' },
      series: [
        { name: '鶴見区全体', type: 'line', data: [5, 8, 6, 9, 4, 3] },
        { name: '潮田地区', type: 'line', smooth: true, data: [2, 3, 5, 2, 1, 4], lineStyle: { type: 'dashed' } },
      ],
    },
    600,
    360,
  );
  return { svg, alt: '期限を過ぎた行動項目の件数の折れ線グラフ。鶴見区全体は4月5件から9月3件。' };
}

/** A page with both charts, for looking at them on paper (`npm run samples`). */
export function chartShowcase(size: PrintSize = 'standard'): PrintDocument {
  const bar = sampleBarChart();
  const line = sampleLineChart();
  return {
    title: 'グラフの印刷見本',
    personal: false,
    size,
    blocks: [
      { kind: 'heading', level: 1, text: 'グラフの印刷見本' },
      {
        kind: 'paragraph',
        text: 'ECharts の SVG 出力を、そのまま PDF の線と文字で描いています。白黒で印刷しても系列を見分けられるよう、模様（デカール）を重ねています。',
      },
      { kind: 'svg', svg: bar.svg, width: 160, height: 96, alt: bar.alt },
      { kind: 'svg', svg: line.svg, width: 160, height: 96, alt: line.alt },
    ],
  };
}
