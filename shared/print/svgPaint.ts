// SVG → draw ops: the subset Apache ECharts' SVG renderer writes for bar and line charts with
// axes, legends, titles and decal patterns (<g>, <path>, <rect>, <circle>, <ellipse>, <line>,
// <polyline>, <polygon>, <text>, <pattern>, <clipPath>), with presentation attributes and the
// style attribute. Geometry is transformed onto the page here; text is measured and drawn with
// the document's own fonts; each decal <pattern> becomes a tile the PDF repeats under a clip of
// the shape. What is not read (an element, a gradient, a pattern in bounding-box units…) is
// skipped and named in `unknown`, so a test can hold a chart to zero.
import { AppError } from '../errors/codes';
import type { DrawOp, Rgb, TilePattern } from './ops';
import { parseSvg, type SvgElement, type SvgNode } from './svgParse';
import {
  IDENTITY,
  apply,
  lengthScale,
  multiply,
  numberList,
  parsePathData,
  parseTransform,
  transformPath,
  type Affine,
  type PathSeg,
} from './svgPath';
import { PT_TO_MM } from './theme';

export interface SvgBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SvgMeasure {
  /** Width in mm of `text` at `size` pt. */
  width(text: string, size: number, bold: boolean): number;
}

export interface SvgDrawing {
  readonly ops: DrawOp[];
  /** Elements and features skipped, e.g. `image`, `fill:url(#g) (linearGradient)`. */
  readonly unknown: string[];
}

/** Elements that are read but draw nothing themselves. */
const SILENT = new Set(['defs', 'style', 'title', 'desc', 'metadata', 'pattern', 'clipPath']);
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Properties children inherit from their parents. */
interface Style {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly fillRule: string;
  readonly stroke: string;
  readonly strokeOpacity: number;
  readonly strokeWidth: number;
  readonly dash: string;
  readonly dashOffset: number;
  readonly cap: string;
  readonly join: string;
  readonly miter: number;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
  readonly baseline: string;
  readonly visibility: string;
  /** Product of the opacity of every ancestor (group opacity, approximated per shape). */
  readonly opacity: number;
}

const ROOT_STYLE: Style = {
  fill: 'black',
  fillOpacity: 1,
  fillRule: 'nonzero',
  stroke: 'none',
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: 'none',
  dashOffset: 0,
  cap: 'butt',
  join: 'miter',
  miter: 4,
  fontSize: 16,
  fontWeight: 'normal',
  anchor: 'start',
  baseline: 'auto',
  visibility: 'visible',
  opacity: 1,
};

function bad(reason: string): never {
  throw new AppError('SvgInvalid', { reason });
}

function num(value: string | undefined, what: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(px)?\s*$/.exec(value);
  if (!m) bad(`${what}: ${value}`);
  return Number(m[1]);
}

const NAMED: Record<string, Rgb> = {
  black: [0, 0, 0],
  white: [1, 1, 1],
  red: [1, 0, 0],
  green: [0, 128 / 255, 0],
  blue: [0, 0, 1],
  gray: [128 / 255, 128 / 255, 128 / 255],
  grey: [128 / 255, 128 / 255, 128 / 255],
};

/** A colour and the alpha it carries (rgba, transparent), or null when it is not one. */
export function parseColor(value: string): { rgb: Rgb; alpha: number } | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { rgb: [0, 0, 0], alpha: 0 };
  const named = NAMED[v];
  if (named) return { rgb: named, alpha: 1 };
  let m = /^#([0-9a-f]{3,8})$/.exec(v);
  if (m) {
    const hex = m[1] ?? '';
    const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const byte = (k: number): number => parseInt(full.slice(k, k + 2), 16) / 255;
    return { rgb: [byte(0), byte(2), byte(4)], alpha: full.length === 8 ? byte(6) : 1 };
  }
  m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (m) {
    const parts = (m[1] ?? '').split(/\s*[,/]\s*|\s+/).filter(Boolean);
    if (parts.length !== 3 && parts.length !== 4) return null;
    const channel = (p: string): number => (p.endsWith('%') ? Number(p.slice(0, -1)) / 100 : Number(p) / 255);
    const rgb = parts.slice(0, 3).map(channel);
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number(parts[3].slice(0, -1)) / 100 : Number(parts[3]);
    if ([...rgb, alpha].some((x) => !Number.isFinite(x))) return null;
    const clamp = (x: number): number => Math.min(1, Math.max(0, x));
    return { rgb: [clamp(rgb[0] ?? 0), clamp(rgb[1] ?? 0), clamp(rgb[2] ?? 0)], alpha: clamp(alpha) };
  }
  return null;
}

/** Attributes with the style attribute's declarations on top (CSS wins over presentation attributes). */
function properties(el: SvgElement): Map<string, string> {
  const props = new Map(el.attrs);
  const style = el.attrs.get('style');
  if (style) {
    for (const decl of style.split(';')) {
      const at = decl.indexOf(':');
      if (at < 0) continue;
      const key = decl.slice(0, at).trim();
      const value = decl
        .slice(at + 1)
        .replace(/!important/i, '')
        .trim();
      if (key) props.set(key, value);
    }
  }
  return props;
}

function cascade(parent: Style, p: ReadonlyMap<string, string>): Style {
  const get = (k: string): string | undefined => {
    const v = p.get(k);
    return v === undefined || v === 'inherit' ? undefined : v;
  };
  const opacity = (k: string, fallback: number): number => Math.min(1, Math.max(0, num(get(k), k, fallback)));
  const weight = get('font-weight');
  return {
    fill: get('fill') ?? parent.fill,
    fillOpacity: opacity('fill-opacity', parent.fillOpacity),
    fillRule: get('fill-rule') ?? parent.fillRule,
    stroke: get('stroke') ?? parent.stroke,
    strokeOpacity: opacity('stroke-opacity', parent.strokeOpacity),
    strokeWidth: num(get('stroke-width'), 'stroke-width', parent.strokeWidth),
    dash: get('stroke-dasharray') ?? parent.dash,
    dashOffset: num(get('stroke-dashoffset'), 'stroke-dashoffset', parent.dashOffset),
    cap: get('stroke-linecap') ?? parent.cap,
    join: get('stroke-linejoin') ?? parent.join,
    miter: num(get('stroke-miterlimit'), 'stroke-miterlimit', parent.miter),
    fontSize: num(get('font-size'), 'font-size', parent.fontSize),
    fontWeight: weight ?? parent.fontWeight,
    anchor: get('text-anchor') ?? parent.anchor,
    baseline: get('dominant-baseline') ?? parent.baseline,
    visibility: get('visibility') ?? parent.visibility,
    opacity: parent.opacity * opacity('opacity', 1),
  };
}

const URL = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/;

interface Context {
  readonly ids: ReadonlyMap<string, SvgElement>;
  readonly measure: SvgMeasure;
  readonly unknown: string[];
  readonly tiles: Map<SvgElement, TilePattern['tile'] | null>;
  /** Inside a pattern tile: no nested patterns and no text. */
  readonly inTile: boolean;
}

function indexIds(el: SvgElement, ids: Map<string, SvgElement>): void {
  const id = el.attrs.get('id');
  if (id && !ids.has(id)) ids.set(id, el);
  for (const c of el.children) if (typeof c !== 'string') indexIds(c, ids);
}

/** Size of the drawing in its own units: the viewBox, or width and height. */
function viewBox(root: SvgElement): [number, number, number, number] {
  const vb = root.attrs.get('viewBox');
  if (vb !== undefined) {
    const n = numberList(vb, 'viewBox');
    if (n.length !== 4 || !((n[2] ?? 0) > 0) || !((n[3] ?? 0) > 0)) bad(`viewBox: ${vb}`);
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0];
  }
  const w = num(root.attrs.get('width'), 'width', NaN);
  const h = num(root.attrs.get('height'), 'height', NaN);
  if (!(w > 0) || !(h > 0)) bad('the drawing has neither a viewBox nor a width and height');
  return [0, 0, w, h];
}

/** Parses `svg` and turns it into draw ops inside `box` (mm on the page), scaled to fit, centred. */
export function svgToOps(svg: string, box: SvgBox, measure: SvgMeasure): SvgDrawing {
  const root = parseSvg(svg);
  const [vx, vy, vw, vh] = viewBox(root);
  const preserve = (root.attrs.get('preserveAspectRatio') ?? '').trim();
  const sx = box.w / vw;
  const sy = box.h / vh;
  let m: Affine;
  if (preserve.startsWith('none')) m = [sx, 0, 0, sy, box.x - vx * sx, box.y - vy * sy];
  else {
    const s = Math.min(sx, sy);
    m = [s, 0, 0, s, box.x + (box.w - vw * s) / 2 - vx * s, box.y + (box.h - vh * s) / 2 - vy * s];
  }
  const ids = new Map<string, SvgElement>();
  indexIds(root, ids);
  const ctx: Context = { ids, measure, unknown: [], tiles: new Map(), inTile: false };
  const ops: DrawOp[] = [{ op: 'save' }, { op: 'clip', segs: rectSegs(box.x, box.y, box.w, box.h) }];
  const style = cascade(ROOT_STYLE, properties(root));
  for (const child of root.children) if (typeof child !== 'string') draw(child, m, style, ctx, ops);
  ops.push({ op: 'restore' });
  return { ops, unknown: ctx.unknown };
}

/** Every run of text a drawing prints (for the missing-glyph check before layout). */
export function svgTexts(svg: string): string[] {
  const out: string[] = [];
  const walk = (el: SvgElement): void => {
    if (el.name === 'text') {
      const t = textContent(el, el.attrs.get('xml:space') === 'preserve');
      if (t) out.push(t);
      return;
    }
    if (SILENT.has(el.name) && el.name !== 'defs') return;
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(parseSvg(svg));
  return out;
}

function rectSegs(x: number, y: number, w: number, h: number): PathSeg[] {
  return [{ c: 'M', x, y }, { c: 'L', x: x + w, y }, { c: 'L', x: x + w, y: y + h }, { c: 'L', x, y: y + h }, { c: 'Z' }];
}

const K = 0.5522847498307936;
function ellipseSegs(cx: number, cy: number, rx: number, ry: number): PathSeg[] {
  const kx = rx * K;
  const ky = ry * K;
  return [
    { c: 'M', x: cx + rx, y: cy },
    { c: 'C', x1: cx + rx, y1: cy + ky, x2: cx + kx, y2: cy + ry, x: cx, y: cy + ry },
    { c: 'C', x1: cx - kx, y1: cy + ry, x2: cx - rx, y2: cy + ky, x: cx - rx, y: cy },
    { c: 'C', x1: cx - rx, y1: cy - ky, x2: cx - kx, y2: cy - ry, x: cx, y: cy - ry },
    { c: 'C', x1: cx + kx, y1: cy - ry, x2: cx + rx, y2: cy - ky, x: cx + rx, y: cy },
    { c: 'Z' },
  ];
}

/** A rectangle with rounded corners (rx, ry as SVG clamps them). */
function roundRectSegs(x: number, y: number, w: number, h: number, rxIn: number, ryIn: number): PathSeg[] {
  const rx = Math.min(rxIn, w / 2);
  const ry = Math.min(ryIn, h / 2);
  if (rx <= 0 || ry <= 0) return rectSegs(x, y, w, h);
  const kx = rx * (1 - K);
  const ky = ry * (1 - K);
  return [
    { c: 'M', x: x + rx, y },
    { c: 'L', x: x + w - rx, y },
    { c: 'C', x1: x + w - kx, y1: y, x2: x + w, y2: y + ky, x: x + w, y: y + ry },
    { c: 'L', x: x + w, y: y + h - ry },
    { c: 'C', x1: x + w, y1: y + h - ky, x2: x + w - kx, y2: y + h, x: x + w - rx, y: y + h },
    { c: 'L', x: x + rx, y: y + h },
    { c: 'C', x1: x + kx, y1: y + h, x2: x, y2: y + h - ky, x, y: y + h - ry },
    { c: 'L', x, y: y + ry },
    { c: 'C', x1: x, y1: y + ky, x2: x + kx, y2: y, x: x + rx, y },
    { c: 'Z' },
  ];
}

/** A shape's outline in its own user space, or null when it draws nothing (zero size). */
function shapeSegs(el: SvgElement, p: ReadonlyMap<string, string>): PathSeg[] | null {
  const n = (k: string, fallback = 0): number => num(p.get(k), k, fallback);
  switch (el.name) {
    case 'path': {
      const d = p.get('d');
      if (!d) return null;
      return parsePathData(d);
    }
    case 'rect': {
      const w = n('width');
      const h = n('height');
      if (w <= 0 || h <= 0) return null;
      const rxA = p.get('rx');
      const ryA = p.get('ry');
      const rx = rxA !== undefined ? n('rx') : ryA !== undefined ? n('ry') : 0;
      const ry = ryA !== undefined ? n('ry') : rx;
      return roundRectSegs(n('x'), n('y'), w, h, rx, ry);
    }
    case 'circle': {
      const r = n('r');
      return r > 0 ? ellipseSegs(n('cx'), n('cy'), r, r) : null;
    }
    case 'ellipse': {
      const rx = n('rx');
      const ry = n('ry');
      return rx > 0 && ry > 0 ? ellipseSegs(n('cx'), n('cy'), rx, ry) : null;
    }
    case 'line':
      return [
        { c: 'M', x: n('x1'), y: n('y1') },
        { c: 'L', x: n('x2'), y: n('y2') },
      ];
    default: {
      const pts = numberList(p.get('points') ?? '', 'points');
      if (pts.length < 4 || pts.length % 2) return null;
      const segs: PathSeg[] = [];
      for (let i = 0; i < pts.length; i += 2) segs.push({ c: i === 0 ? 'M' : 'L', x: pts[i] ?? 0, y: pts[i + 1] ?? 0 });
      if (el.name === 'polygon') segs.push({ c: 'Z' });
      return segs;
    }
  }
}

function draw(el: SvgElement, parentM: Affine, parentStyle: Style, ctx: Context, ops: DrawOp[]): void {
  if (SILENT.has(el.name)) return;
  if (el.name !== 'g' && el.name !== 'text' && !SHAPES.has(el.name)) {
    ctx.unknown.push(el.name);
    return;
  }
  const p = properties(el);
  if (p.get('display') === 'none') return;
  const transform = p.get('transform');
  const m = transform ? multiply(parentM, parseTransform(transform)) : parentM;
  const style = cascade(parentStyle, p);
  const clip = clipFor(p.get('clip-path'), m, ctx);
  if (clip) ops.push({ op: 'save' }, clip);
  if (el.name === 'g') {
    for (const child of el.children) if (typeof child !== 'string') draw(child, m, style, ctx, ops);
  } else if (style.visibility !== 'hidden' && style.visibility !== 'collapse') {
    if (el.name === 'text') drawText(el, p, m, style, ctx, ops);
    else {
      const segs = shapeSegs(el, p);
      if (segs && segs.length) paintShape(transformPath(segs, m), m, style, ctx, ops);
    }
  }
  if (clip) ops.push({ op: 'restore' });
}

function clipFor(value: string | undefined, m: Affine, ctx: Context): DrawOp | null {
  if (!value || value === 'none') return null;
  const id = URL.exec(value)?.[1];
  const target = id ? ctx.ids.get(id) : undefined;
  if (!target || target.name !== 'clipPath') {
    ctx.unknown.push(`clip-path:${value}`);
    return null;
  }
  const units = target.attrs.get('clipPathUnits');
  if (units && units !== 'userSpaceOnUse') {
    ctx.unknown.push(`clipPathUnits:${units}`);
    return null;
  }
  const cm = target.attrs.get('transform') ? multiply(m, parseTransform(target.attrs.get('transform') ?? '')) : m;
  const segs: PathSeg[] = [];
  let evenOdd = false;
  for (const child of target.children) {
    if (typeof child === 'string') continue;
    if (!SHAPES.has(child.name)) {
      ctx.unknown.push(`clipPath>${child.name}`);
      continue;
    }
    const cp = properties(child);
    const t = cp.get('transform');
    const own = shapeSegs(child, cp);
    if (own) segs.push(...transformPath(own, t ? multiply(cm, parseTransform(t)) : cm));
    if (cp.get('clip-rule') === 'evenodd') evenOdd = true;
  }
  return { op: 'clip', segs, ...(evenOdd ? { evenOdd } : {}) };
}

const CAPS: Record<string, 0 | 1 | 2> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, 0 | 1 | 2> = { miter: 0, 'miter-clip': 0, round: 1, bevel: 2 };

/** A fill or stroke value: a colour with its alpha, a pattern tile, or nothing. */
function paint(value: string, m: Affine, ctx: Context): { rgb: Rgb; alpha: number } | { tile: TilePattern } | null {
  const v = value.trim();
  if (v === 'none' || v === '') return null;
  const url = URL.exec(v);
  if (url) {
    const target = ctx.ids.get(url[1] ?? '');
    if (target?.name === 'pattern' && !ctx.inTile) {
      const tile = tileOf(target, ctx);
      if (tile) return { tile: { tile: tile.tile, matrix: multiply(m, tile.matrix) } };
      return null;
    }
    ctx.unknown.push(`paint:${v} (${target?.name ?? 'missing'})`);
    // SVG's fallback colour after the reference, when there is one.
    const rest = v.slice(url[0].length).trim();
    return rest ? paint(rest, m, ctx) : null;
  }
  if (v === 'currentColor') return { rgb: [0, 0, 0], alpha: 1 };
  const color = parseColor(v);
  if (!color) {
    ctx.unknown.push(`color:${v}`);
    return null;
  }
  return color;
}

/** A <pattern>'s tile and the matrix from its units to the user space of the shape it fills. */
function tileOf(el: SvgElement, ctx: Context): { tile: TilePattern['tile']; matrix: Affine } | null {
  const units = el.attrs.get('patternUnits') ?? 'objectBoundingBox';
  const contentUnits = el.attrs.get('patternContentUnits') ?? 'userSpaceOnUse';
  if (
    units !== 'userSpaceOnUse' ||
    contentUnits !== 'userSpaceOnUse' ||
    el.attrs.has('viewBox') ||
    el.attrs.has('href') ||
    el.attrs.has('xlink:href')
  ) {
    ctx.unknown.push(`pattern:${el.attrs.get('id') ?? ''}`);
    return null;
  }
  const w = num(el.attrs.get('width'), 'pattern width', 0);
  const h = num(el.attrs.get('height'), 'pattern height', 0);
  const x = num(el.attrs.get('x'), 'pattern x', 0);
  const y = num(el.attrs.get('y'), 'pattern y', 0);
  if (!(w > 0) || !(h > 0)) return null;
  let tile = ctx.tiles.get(el);
  if (tile === undefined) {
    const tileOps: DrawOp[] = [];
    const inner: Context = { ...ctx, inTile: true };
    const style = cascade(ROOT_STYLE, properties(el));
    for (const child of el.children) if (typeof child !== 'string') draw(child, IDENTITY, style, inner, tileOps);
    tile = { w, h, ops: tileOps };
    ctx.tiles.set(el, tile);
  }
  if (!tile) return null;
  const pt = el.attrs.get('patternTransform');
  const matrix = multiply(pt ? parseTransform(pt) : IDENTITY, [1, 0, 0, 1, x, y]);
  return { tile, matrix };
}

function dashOf(value: string, scale: number): number[] | undefined {
  if (value === 'none' || value.trim() === '') return undefined;
  const list = numberList(value.replace(/px/g, ''), 'stroke-dasharray');
  if (list.some((v) => v < 0)) bad(`stroke-dasharray: ${value}`);
  if (list.every((v) => v === 0)) return undefined;
  const even = list.length % 2 ? [...list, ...list] : list;
  return even.map((v) => v * scale);
}

function paintShape(segs: PathSeg[], m: Affine, style: Style, ctx: Context, ops: DrawOp[]): void {
  const scale = lengthScale(m);
  const fill = paint(style.fill, m, ctx);
  const stroke = paint(style.stroke, m, ctx);
  const evenOdd = style.fillRule === 'evenodd';
  if (fill) {
    const alpha = ('alpha' in fill ? fill.alpha : 1) * style.fillOpacity * style.opacity;
    if (alpha > 0) {
      ops.push({
        op: 'path',
        segs,
        fill: 'tile' in fill ? fill.tile : fill.rgb,
        ...(alpha < 1 ? { fillAlpha: alpha } : {}),
        ...(evenOdd ? { evenOdd } : {}),
      });
    }
  }
  if (stroke && 'rgb' in stroke && style.strokeWidth > 0) {
    const alpha = stroke.alpha * style.strokeOpacity * style.opacity;
    const dash = dashOf(style.dash, scale);
    if (alpha > 0)
      ops.push({
        op: 'path',
        segs,
        stroke: stroke.rgb,
        width: style.strokeWidth * scale,
        ...(alpha < 1 ? { strokeAlpha: alpha } : {}),
        ...(dash ? { dash, dashOffset: style.dashOffset * scale } : {}),
        cap: CAPS[style.cap] ?? 0,
        join: JOINS[style.join] ?? 0,
        miter: Math.max(1, style.miter),
      });
  } else if (stroke && 'tile' in stroke) ctx.unknown.push('stroke:pattern');
}

function textContent(el: SvgElement, preserve: boolean): string {
  const raw = el.children.map((c: SvgNode) => (typeof c === 'string' ? c : c.name === 'tspan' ? textContent(c, preserve) : '')).join('');
  if (preserve) return raw.replace(/[\r\n\t]/g, ' ');
  return raw
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Where the baseline sits below `y`, as a share of the font size, for each dominant-baseline. */
function baselineShift(baseline: string): number {
  switch (baseline) {
    case 'central':
    case 'middle':
      return 0.38;
    case 'hanging':
    case 'text-before-edge':
    case 'text-top':
      return 0.88;
    case 'text-after-edge':
    case 'ideographic':
    case 'text-bottom':
      return -0.12;
    default:
      return 0;
  }
}

function drawText(el: SvgElement, p: ReadonlyMap<string, string>, m: Affine, style: Style, ctx: Context, ops: DrawOp[]): void {
  for (const c of el.children) if (typeof c !== 'string' && c.name !== 'tspan') ctx.unknown.push(`text>${c.name}`);
  if (ctx.inTile) {
    ctx.unknown.push('pattern>text');
    return;
  }
  const text = textContent(el, p.get('xml:space') === 'preserve');
  if (!text) return;
  const fill = paint(style.fill, m, ctx);
  if (!fill || !('rgb' in fill)) return;
  const alpha = fill.alpha * style.fillOpacity * style.opacity;
  if (alpha <= 0) return;
  const first = (k: string): number => numberList(p.get(k) ?? '', k)[0] ?? 0;
  const scale = lengthScale(m);
  if (!(scale > 0)) return;
  const bold = /^(bold|bolder|[6-9]00)$/.test(style.fontWeight);
  const sizePt = (style.fontSize * scale) / PT_TO_MM;
  const widthUser = ctx.measure.width(text, sizePt, bold) / scale;
  const anchor = style.anchor === 'middle' ? 0.5 : style.anchor === 'end' ? 1 : 0;
  const ux = first('x') + first('dx') - anchor * widthUser;
  const uy = first('y') + first('dy') + baselineShift(style.baseline) * style.fontSize;
  const [x, y] = apply(m, ux, uy);
  const a = m[0] / scale;
  const b = m[1] / scale;
  const c = m[2] / scale;
  const d = m[3] / scale;
  const upright = Math.abs(a - 1) < 1e-6 && Math.abs(d - 1) < 1e-6 && Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6;
  ops.push({
    op: 'text',
    x,
    y,
    size: sizePt,
    bold,
    text,
    rgb: fill.rgb,
    ...(alpha < 1 ? { alpha } : {}),
    ...(upright ? {} : { matrix: [a, b, c, d] as const }),
  });
}
