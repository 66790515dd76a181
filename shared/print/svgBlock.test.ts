import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/codes';
import { sampleBarChart, sampleLineChart } from './chartShowcase';
import { FontSet } from './fonts';
import { findMissingGlyphs } from './missing';
import type { PrintDocument } from './model';
import { renderPdf } from './render';
import { svgToOps } from './svgPaint';
import { arcToCubics, parsePathData, parseTransform } from './svgPath';
import { nodeFonts, pdfText, savePdf } from './testing/nodeFonts';
import { TextMeasure } from './textMeasure';
import { PAGE } from './theme';

const fonts = new FontSet(nodeFonts());
const measure = new TextMeasure(fonts);
const EMPTY = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"></svg>';
const bar = sampleBarChart();
const line = sampleLineChart();

function doc(blocks: PrintDocument['blocks'], size: PrintDocument['size'] = 'standard'): PrintDocument {
  return { title: '図の試験', personal: false, size, blocks };
}

/** Every stream of the PDF, inflated, as text. */
function streams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const body = Buffer.from(m[1] ?? '', 'latin1');
    try {
      out.push(inflateSync(body).toString('latin1'));
    } catch {
      out.push(body.toString('latin1'));
    }
  }
  return out;
}

/** The first page as RGB pixels at `dpi` (pdftoppm), to look at colours where a shape should be. */
function raster(bytes: Uint8Array, dpi: number): { w: number; h: number; px: (xMm: number, yMm: number) => [number, number, number] } {
  const file = savePdf(bytes);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', file, file]);
  const ppm = readFileSync(`${file}-1.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  const w = Number(header?.[1]);
  const h = Number(header?.[2]);
  const start = header?.[0].length ?? 0;
  const k = dpi / 25.4;
  return {
    w,
    h,
    px: (xMm, yMm) => {
      const i = start + (Math.round(yMm * k) * w + Math.round(xMm * k)) * 3;
      return [ppm[i] ?? 0, ppm[i + 1] ?? 0, ppm[i + 2] ?? 0];
    },
  };
}

describe('svg block: layout', () => {
  it('reserves its height and moves whole to the next page when it does not fit', () => {
    const svg = { kind: 'svg' as const, svg: EMPTY, width: 160, height: 120, alt: '図' };
    const fits = pdfText(renderPdf(doc([{ kind: 'spacer', height: 100 }, svg, { kind: 'paragraph', text: '図の後' }]), fonts));
    expect(fits).toHaveLength(1);
    const moved = pdfText(renderPdf(doc([{ kind: 'spacer', height: 150 }, svg, { kind: 'paragraph', text: '図の後' }]), fonts));
    expect(moved).toHaveLength(2);
    expect(moved[1]).toContain('図の後');
  });
  it('scales with 大きな文字 like other blocks', () => {
    const blocks: PrintDocument['blocks'] = [
      { kind: 'spacer', height: 60 },
      { kind: 'svg', svg: EMPTY, width: 120, height: 130, alt: '図' },
      { kind: 'paragraph', text: '図の後' },
    ];
    expect(pdfText(renderPdf(doc(blocks), fonts))).toHaveLength(1);
    expect(pdfText(renderPdf(doc(blocks, 'large'), fonts))).toHaveLength(2);
  });
});

describe('svg block: ECharts charts as PDF vectors', () => {
  it('reads every element ECharts writes for the sample bar and line charts (no unknowns)', () => {
    for (const chart of [bar, line]) {
      const { ops, unknown } = svgToOps(chart.svg, { x: 0, y: 0, w: 160, h: 96 }, measure);
      expect(unknown).toEqual([]);
      expect(ops.filter((o) => o.op === 'path').length).toBeGreaterThan(20);
      expect(ops.filter((o) => o.op === 'text').length).toBeGreaterThan(8);
    }
    // The decals are there to be drawn: the bar chart fills shapes with its <pattern> tiles.
    const { ops } = svgToOps(bar.svg, { x: 0, y: 0, w: 160, h: 96 }, measure);
    expect(ops.filter((o) => o.op === 'path' && o.fill && !Array.isArray(o.fill)).length).toBeGreaterThanOrEqual(12 + 3);
  });

  it('writes paths, colours, transparency and tiling patterns into the content streams', () => {
    const bytes = renderPdf(doc([{ kind: 'svg', svg: bar.svg, width: 160, height: 96, alt: bar.alt }]), fonts);
    const all = streams(bytes).join('\n');
    // #5070dd, ECharts' first series colour, as a fill; the grid lines #dbdee4 as strokes.
    expect(all).toContain('0.314 0.439 0.867 rg');
    expect(all).toContain('0.859 0.871 0.894 RG');
    expect(all).toMatch(/ m [\d.]+ [\d.]+ l [\d.]+ [\d.]+ l [\d.]+ [\d.]+ l h f/);
    expect(all).toMatch(/\/Pattern cs \/P\d+ scn/);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/PatternType 1/);
    // The decal marks are black at 20 %: an ExtGState with /ca 0.2, used inside the tiles.
    expect(raw).toMatch(/\/ca 0\.2\b/);
    expect(all).toMatch(/\/GS\d+ gs/);
  });

  it('prints the titles, legends and axis labels as text in the document fonts (extractable)', () => {
    const bytes = renderPdf(
      doc([
        { kind: 'svg', svg: bar.svg, width: 160, height: 96, alt: bar.alt },
        { kind: 'svg', svg: line.svg, width: 160, height: 96, alt: line.alt },
      ]),
      fonts,
    );
    const [text = ''] = pdfText(bytes);
    for (const s of [
      '柱2 目標別の連絡件数',
      '今年度',
      '前々年度',
      '2-1 見守り',
      '2-4 備え',
      '150',
      '期限を過ぎた行動項目の推移',
      '潮田地区',
      '9月',
    ])
      expect(text).toContain(s);
  });

  it('draws the bars in their colour with the decal stripes over them, where Chromium draws them', () => {
    const width = 160;
    const bytes = renderPdf(doc([{ kind: 'svg', svg: bar.svg, width, height: 96, alt: bar.alt }]), fonts);
    // The first bar of the first series: its rectangle in the chart's own units, then on the page.
    const m = /<path d="M([\d.]+) ([\d.]+)l([\d.]+) 0l0 -([\d.]+)l[^"]*" fill="#5070dd"/.exec(bar.svg);
    expect(m).not.toBeNull();
    const [bx = 0, by = 0, bw = 0, bh = 0] = [1, 2, 3, 4].map((i) => Number(m?.[i]));
    const k = width / 600;
    const left = PAGE.left + (PAGE.width - PAGE.left - PAGE.right - width) / 2;
    const top = PAGE.top;
    const img = raster(bytes, 150);
    const samples: [number, number, number][] = [];
    for (let i = 0; i < 40; i++) samples.push(img.px(left + (bx + bw * 0.5) * k, top + (by - bh * (0.1 + (0.8 * i) / 40)) * k));
    const blueish = samples.filter(([r, g, b]) => b > r + 60 && b > g + 40);
    expect(blueish.length).toBe(samples.length);
    // Stripes: some samples darker than the base colour (marks at 20 % black), some not.
    const lum = samples.map(([r, g, b]) => r + g + b);
    expect(Math.max(...lum) - Math.min(...lum)).toBeGreaterThan(40);
    // Outside the chart area, to the right of the last bar group, the page stays white.
    expect(img.px(left + width - 2, top + 40 * k)).toEqual([255, 255, 255]);
  });

  it('Japanese labels outside the BMP print; characters no font has are named with their place', () => {
    const svg = (label: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><text x="10" y="30" style="font-size:12px" fill="#333">${label}</text></svg>`;
    const [text = ''] = pdfText(renderPdf(doc([{ kind: 'svg', svg: svg('𠮷田さんの連絡'), width: 100, height: 25, alt: '図' }]), fonts));
    expect(text).toContain('𠮷田さんの連絡');
    const missing = findMissingGlyphs(doc([{ kind: 'svg', svg: svg('連絡😀'), width: 100, height: 25, alt: '図' }]), fonts);
    expect(missing.map((g) => [g.char, g.locations])).toEqual([['😀', ['blocks[0].svg.text[0]']]]);
  });

  it('a broken drawing is refused with the code SvgInvalid and a reason, never a crash or an empty box', () => {
    const broken = [
      '<svg viewBox="0 0 10 10"><g><path d="M0 0L1 1"/></svg>',
      '<svg viewBox="0 0 10 10"><path d="M0 0L1"/></svg>',
      '<svg viewBox="0 0 10 10"><path d="M0 0" fill="&bogus;"/></svg>',
      '<html><body/></html>',
      '<svg><rect width="1" height="1"/></svg>',
      'not svg at all',
    ];
    for (const svg of broken) {
      let caught: unknown;
      try {
        renderPdf(doc([{ kind: 'svg', svg, width: 50, height: 50, alt: '図' }]), fonts);
      } catch (e) {
        caught = e;
      }
      expect(isAppError(caught), svg).toBe(true);
      if (isAppError(caught)) {
        expect(caught.code).toBe('SvgInvalid');
        expect(String(caught.detail?.['reason'])).not.toBe('');
      }
    }
  });

  it('skips what it does not read and counts it', () => {
    const svg =
      '<svg viewBox="0 0 10 10"><image href="x.png"/><foreignObject/><linearGradient id="g"/><rect width="5" height="5" fill="url(#g)"/></svg>';
    expect(svgToOps(svg, { x: 0, y: 0, w: 10, h: 10 }, measure).unknown).toEqual([
      'image',
      'foreignObject',
      'linearGradient',
      'paint:url(#g) (linearGradient)',
    ]);
  });
});

describe('svg geometry', () => {
  it('reads absolute and relative commands, H/V, S/T and implicit repeats', () => {
    expect(parsePathData('M10 10h5v5H10V10zm1 1l2 0 0 2')).toEqual([
      { c: 'M', x: 10, y: 10 },
      { c: 'L', x: 15, y: 10 },
      { c: 'L', x: 15, y: 15 },
      { c: 'L', x: 10, y: 15 },
      { c: 'L', x: 10, y: 10 },
      { c: 'Z' },
      { c: 'M', x: 11, y: 11 },
      { c: 'L', x: 13, y: 11 },
      { c: 'L', x: 13, y: 13 },
    ]);
    const s = parsePathData('M0 0C0 1 1 1 1 0S2 -1 2 0');
    expect(s[2]).toEqual({ c: 'C', x1: 1, y1: -1, x2: 2, y2: -1, x: 2, y: 0 });
    const q = parsePathData('M0 0Q1 1 2 0T4 0');
    expect(q[2]).toMatchObject({ x: 4, y: 0, x1: expect.closeTo(2 + 2 / 3, 9), y1: expect.closeTo(-2 / 3, 9) });
  });
  it('turns arcs into cubics that stay on the circle and end exactly at the end point', () => {
    const segs = arcToCubics(10, 0, 10, 10, 0, true, true, 10, -0.001);
    expect(segs.length).toBe(4);
    const last = segs[segs.length - 1];
    expect(last).toMatchObject({ x: 10, y: -0.001 });
    for (const seg of segs) {
      if (seg.c !== 'C') continue;
      // The Bézier's midpoint lies on the radius-10 circle around the origin.
      const mx = (seg.x1 + seg.x2) * 0.375 + ((segs[segs.indexOf(seg) - 1] as { x?: number } | undefined)?.x ?? 10) * 0.125 + seg.x * 0.125;
      const my = (seg.y1 + seg.y2) * 0.375 + ((segs[segs.indexOf(seg) - 1] as { y?: number } | undefined)?.y ?? 0) * 0.125 + seg.y * 0.125;
      expect(Math.hypot(mx, my)).toBeCloseTo(10, 2);
    }
    expect(arcToCubics(0, 0, 0, 5, 0, false, true, 3, 4)).toEqual([{ c: 'L', x: 3, y: 4 }]);
  });
  it('reads transform lists in order', () => {
    const m = parseTransform('translate(10 20) scale(2) rotate(90)');
    expect(m.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 2, -2, 0, 10, 20]);
  });
});
