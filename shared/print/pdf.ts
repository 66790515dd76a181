// Laid-out pages → PDF bytes over jsPDF: raw content-stream operators for text (so runs in
// different fonts share a line exactly as measured) and vector graphics; jsPDF owns pages,
// compression, cross-references and metadata.
import { GState, jsPDF, TilingPattern } from 'jspdf';
import type { FontFace, FontRun, FontSet, PlacedGlyph } from './fonts';
import type { DrawOp, LaidOutPage, Rgb, TilePattern } from './ops';
import { multiply, type Affine, type PathSeg } from './svgPath';
import { embedFont, type EmbeddedFont } from './pdfFonts';
import { subsetTrueType, type SubsetOptions } from './subset';
import { PAGE } from './theme';

export interface PdfMeta {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly lang: 'ja' | 'en';
  /** Fixed creation date for reproducible output (tests, samples). */
  readonly creationDate?: Date;
}

const K = 72 / 25.4;
const n = (v: number): string => (Math.round(v * 100) / 100).toString();
const X = (mm: number): string => n(mm * K);
const Y = (mm: number): string => n((PAGE.height - mm) * K);

export function writePdf(pages: readonly LaidOutPage[], fonts: FontSet, meta: PdfMeta, fontOptions: SubsetOptions = {}): Uint8Array {
  const runsOf = new Map<DrawOp, FontRun[]>();
  // Per face: the text each used glyph stands for → its glyph id.
  const used = new Map<FontFace, Map<string, number>>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.op !== 'text') continue;
      const runs = fonts.runs(op.text, op.bold);
      runsOf.set(op, runs);
      for (const run of runs) {
        const map = used.get(run.face) ?? new Map<string, number>();
        used.set(run.face, map);
        for (const g of run.glyphs) map.set(g.text, g.gid);
      }
    }
  }
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.setProperties({ title: meta.title, subject: meta.subject ?? '', author: meta.author ?? '', creator: 'あいねっと記録帳' });
  doc.setLanguage(meta.lang === 'en' ? 'en-US' : 'ja');
  if (meta.creationDate) {
    doc.setCreationDate(meta.creationDate);
    doc.setFileId('0'.repeat(32));
  }
  const embedded = new Map<FontFace, EmbeddedFont>();
  for (const [face, uses] of used) embedded.set(face, embedFont(doc, face, subsetTrueType(face, uses, fontOptions)));
  const write = (doc.internal as unknown as { write(...s: string[]): void }).write;
  const resources = new Resources(doc);
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    write(pageContent(page.ops, runsOf, embedded, resources));
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Integer hundredths of a point: positions are written to 0.01 pt, and deltas of them stay exact. */
const cX = (mm: number): number => Math.round(mm * K * 100);
const cY = (mm: number): number => Math.round((PAGE.height - mm) * K * 100);
const c = (v: number): string => (v / 100).toString();

/** How a stream's coordinates are written: page ops in mm (to points, y up), tile ops as they are. */
interface Coords {
  x(v: number): string;
  y(v: number): string;
  len(v: number): string;
}
const PAGE_COORDS: Coords = { x: X, y: Y, len: (v) => n(v * K) };
const TILE_COORDS: Coords = { x: n, y: n, len: n };

/** mm on the page (y down) → PDF points (y up). */
const PAGE_MATRIX: Affine = [K, 0, 0, -K, 0, PAGE.height * K];

const rgbOf = (color: Rgb): string => color.map((v) => (Math.round(v * 1000) / 1000).toString()).join(' ');

function pathOps(segs: readonly PathSeg[], at: Coords): string {
  return segs
    .map((s) => {
      if (s.c === 'Z') return 'h';
      if (s.c === 'C') return `${at.x(s.x1)} ${at.y(s.y1)} ${at.x(s.x2)} ${at.y(s.y2)} ${at.x(s.x)} ${at.y(s.y)} c`;
      return `${at.x(s.x)} ${at.y(s.y)} ${s.c === 'M' ? 'm' : 'l'}`;
    })
    .join(' ');
}

/**
 * What content streams share in the document: graphics states for transparency and the tiling
 * patterns of SVG decals (one PDF pattern per tile and placement; jsPDF lists every one of them
 * in each resource dictionary, the tiles' own included).
 */
class Resources {
  private readonly gStates = new Map<string, string>();
  private readonly patterns = new Map<TilePattern['tile'], Map<string, string>>();
  private tileCount = 0;
  constructor(private readonly doc: jsPDF) {}

  gs(fillAlpha: number, strokeAlpha: number): string {
    const key = `${n(fillAlpha)}/${n(strokeAlpha)}`;
    let name = this.gStates.get(key);
    if (!name) {
      const state = new GState({ opacity: fillAlpha, 'stroke-opacity': strokeAlpha }) as GState & { id: string };
      this.doc.addGState(`ainet-gs-${key}`, state);
      name = state.id;
      this.gStates.set(key, name);
    }
    return name;
  }

  pattern(p: TilePattern): string {
    const m = multiply(PAGE_MATRIX, p.matrix);
    const key = m.map((v) => v.toFixed(4)).join(' ');
    const byMatrix = this.patterns.get(p.tile) ?? new Map<string, string>();
    this.patterns.set(p.tile, byMatrix);
    let name = byMatrix.get(key);
    if (!name) {
      const { w, h } = p.tile;
      const pattern = new TilingPattern([0, 0, w, h], w, h, undefined, this.doc.Matrix(...m)) as TilingPattern & { id: string };
      // The tile's stream is written while the pattern is the render target (jsPDF's advanced
      // API; the switch leaves an empty q … Q on the current page).
      const stream = content(p.tile.ops, new Map(), new Map(), this, TILE_COORDS);
      this.doc.advancedAPI((d) => {
        d.beginTilingPattern(pattern);
        (d.internal as unknown as { write(...s: string[]): void }).write(stream);
        d.endTilingPattern(`ainet-tile-${++this.tileCount}`, pattern);
      });
      name = pattern.id;
      byMatrix.set(key, name);
    }
    return name;
  }
}

/**
 * One page's content stream. Text goes in as few BT…ET blocks as the drawing order allows, each
 * line placed relative to the one before (Td), and the font, size, colours, line width, cap and
 * dash are set only when they change (no q…Q per operation). Every line and rectangle is still
 * painted on its own, in the layout's order, so what is drawn is exactly what it was.
 */
function pageContent(
  ops: readonly DrawOp[],
  runsOf: ReadonlyMap<DrawOp, readonly FontRun[]>,
  embedded: ReadonlyMap<FontFace, EmbeddedFont>,
  resources: Resources,
): string {
  return content(ops, runsOf, embedded, resources, PAGE_COORDS);
}

function content(
  ops: readonly DrawOp[],
  runsOf: ReadonlyMap<DrawOp, readonly FontRun[]>,
  embedded: ReadonlyMap<FontFace, EmbeddedFont>,
  resources: Resources,
  at: Coords,
): string {
  const out: string[] = [];
  // What is set now; q…Q brackets (save / restore) push and pop it, as PDF does.
  let state = new Map<string, string>();
  const saved: Map<string, string>[] = [];
  const set = (key: string, value: string): void => {
    if (state.get(key) === value) return;
    state.set(key, value);
    out.push(value);
  };
  const alpha = (fill: number, stroke: number): void => {
    if (fill === 1 && stroke === 1 && !state.has('gs')) return;
    set('gs', `/${resources.gs(fill, stroke)} gs`);
  };
  let inText = false;
  let lineX = 0;
  let lineY = 0;
  const endText = (): void => {
    if (inText) out.push('ET');
    inText = false;
  };
  for (const op of ops) {
    if (op.op === 'text') {
      alpha(op.alpha ?? 1, 1);
      set('fill', op.rgb ? `${rgbOf(op.rgb)} rg` : `${n(op.gray ?? 0)} g`);
      const x = cX(op.x);
      const y = cY(op.y);
      if (op.matrix) {
        // Turned text is placed on its own with a text matrix (y flipped: PDF text space is y up).
        endText();
        const [a, b, cc, d] = op.matrix;
        out.push('BT', `${n(a)} ${n(-b)} ${n(-cc)} ${n(d)} ${c(x)} ${c(y)} Tm`);
      } else {
        if (!inText) {
          out.push('BT');
          inText = true;
          lineX = 0;
          lineY = 0;
        }
        out.push(`${c(x - lineX)} ${c(y - lineY)} Td`);
        lineX = x;
        lineY = y;
      }
      if (op.actualText !== undefined) out.push(`/Span << /ActualText <FEFF${utf16(op.actualText)}> >> BDC`);
      for (const run of runsOf.get(op) ?? []) {
        const font = embedded.get(run.face);
        if (!font) continue;
        set('Tf', `/${font.resource} ${n(op.size)} Tf`);
        out.push(showGlyphs(run.glyphs, font, op.size));
      }
      if (op.actualText !== undefined) out.push('EMC');
      if (op.matrix) out.push('ET');
      continue;
    }
    endText();
    switch (op.op) {
      case 'line':
        alpha(1, 1);
        set('stroke', `${n(op.gray ?? 0)} G`);
        set('w', `${n(op.width * K)} w`);
        set('J', '1 J');
        set('d', op.dash ? '[2 2] 0 d' : '[] 0 d');
        out.push(`${X(op.x1)} ${Y(op.y1)} m ${X(op.x2)} ${Y(op.y2)} l S`);
        break;
      case 'rect': {
        alpha(1, 1);
        const paint = op.fill !== undefined ? (op.stroke === false ? 'f' : 'B') : 'S';
        if (paint !== 'S') set('fill', `${n(op.fill ?? 1)} g`);
        if (paint !== 'f') {
          set('stroke', '0 G');
          set('w', `${n(op.width * K)} w`);
          set('d', '[] 0 d');
        }
        out.push(`${X(op.x)} ${Y(op.y + op.h)} ${n(op.w * K)} ${n(op.h * K)} re ${paint}`);
        break;
      }
      case 'path': {
        if (op.fill) {
          alpha(op.fillAlpha ?? 1, 1);
          set('fill', isRgb(op.fill) ? `${rgbOf(op.fill)} rg` : `/Pattern cs /${resources.pattern(op.fill)} scn`);
          out.push(`${pathOps(op.segs, at)} ${op.evenOdd ? 'f*' : 'f'}`);
        }
        if (op.stroke) {
          alpha(1, op.strokeAlpha ?? 1);
          set('stroke', `${rgbOf(op.stroke)} RG`);
          set('w', `${at.len(op.width ?? 0)} w`);
          set('J', `${op.cap ?? 0} J`);
          set('j', `${op.join ?? 0} j`);
          set('M', `${n(op.miter ?? 4)} M`);
          set('d', op.dash ? `[${op.dash.map(at.len).join(' ')}] ${at.len(op.dashOffset ?? 0)} d` : '[] 0 d');
          out.push(`${pathOps(op.segs, at)} S`);
        }
        break;
      }
      case 'save':
        saved.push(new Map(state));
        out.push('q');
        break;
      case 'restore':
        state = saved.pop() ?? new Map();
        out.push('Q');
        break;
      case 'clip':
        out.push(`${pathOps(op.segs, at)} ${op.evenOdd ? 'W*' : 'W'} n`);
        break;
    }
  }
  endText();
  return out.join('\n');
}

function isRgb(fill: Rgb | TilePattern): fill is Rgb {
  return Array.isArray(fill);
}

const utf16 = (text: string): string => {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
};

/**
 * The glyphs of a run as text-showing operators: `<…> Tj`, or `[<…> n <…>] TJ` when marks are
 * placed over their base (TJ moves the pen by -n/1000 em between glyphs), with `Ts` (text rise)
 * around a mark raised over a capital, and such a cluster inside a marked-content span whose
 * ActualText is the cluster's text (ToUnicode maps the base and the mark each on its own, and a
 * mark placed back over its base reads as a separate word to pdftotext).
 */
function showGlyphs(glyphs: readonly PlacedGlyph[], font: EmbeddedFont, size: number): string {
  const hex = (g: PlacedGlyph): string => (font.subset.cids.get(g.text) ?? 0).toString(16).padStart(4, '0');
  if (glyphs.every((g) => g.dx === 0 && !g.rise && !g.cluster)) return `<${glyphs.map(hex).join('')}> Tj`;
  const out: string[] = [];
  let parts: string[] = [];
  let codes = '';
  let shift = 0;
  let rise = 0;
  const flushCodes = (): void => {
    if (codes) parts.push(`<${codes}>`);
    codes = '';
  };
  const flushArray = (): void => {
    flushCodes();
    if (parts.length) out.push(`[${parts.join(' ')}] TJ`);
    parts = [];
  };
  const move = (): void => {
    const k = Math.round(-shift * 10000) / 10;
    if (k !== 0) {
      flushCodes();
      parts.push(k.toString());
    }
    shift = 0;
  };
  let spanEnds = -1;
  glyphs.forEach((g, i) => {
    if (g.cluster) {
      move();
      flushArray();
      out.push(`/Span << /ActualText <FEFF${utf16(g.cluster.text)}> >> BDC`);
      spanEnds = i + g.cluster.glyphs - 1;
    }
    shift += g.dx;
    move();
    const r = g.rise ?? 0;
    if (r !== rise) {
      flushArray();
      out.push(`${n(r * size)} Ts`);
      rise = r;
    }
    codes += hex(g);
    if (i === spanEnds) {
      move();
      flushArray();
      out.push('EMC');
    }
  });
  move();
  flushArray();
  if (rise !== 0) out.push('0 Ts');
  return out.join(' ');
}
