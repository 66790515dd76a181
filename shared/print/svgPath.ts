// SVG geometry: affine transforms, the path mini-language (every command, absolute and relative)
// reduced to move / line / cubic / close, with quadratics raised to cubics and elliptical arcs
// approximated by cubics (at most 90° each, error well under 0.01 % of the radius).
import { AppError } from '../errors/codes';

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (SVG's order). */
export type Affine = readonly [number, number, number, number, number, number];
export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

export function multiply(m: Affine, n: Affine): Affine {
  // m ∘ n: apply n first, then m.
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much the transform scales lengths (exact for rotations and uniform scales). */
export function lengthScale(m: Affine): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

export type PathSeg =
  | { readonly c: 'M' | 'L'; readonly x: number; readonly y: number }
  | {
      readonly c: 'C';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly c: 'Z' };

export function transformPath(segs: readonly PathSeg[], m: Affine): PathSeg[] {
  return segs.map((s): PathSeg => {
    if (s.c === 'Z') return s;
    const [x, y] = apply(m, s.x, s.y);
    if (s.c !== 'C') return { c: s.c, x, y };
    const [x1, y1] = apply(m, s.x1, s.y1);
    const [x2, y2] = apply(m, s.x2, s.y2);
    return { c: 'C', x1, y1, x2, y2, x, y };
  });
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;
const SEP = /[\s,]*/y;

/** Reads numbers separated by spaces and/or commas (transform, viewBox, points, dash arrays). */
export function numberList(text: string, what: string): number[] {
  const out: number[] = [];
  let i = 0;
  const skip = (): void => {
    SEP.lastIndex = i;
    SEP.exec(text);
    i = SEP.lastIndex;
  };
  skip();
  while (i < text.length) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new AppError('SvgInvalid', { reason: `not a number in ${what}: ${text.slice(i, i + 20)}` });
    out.push(Number(m[0]));
    i = NUMBER.lastIndex;
    skip();
  }
  return out;
}

const DEG = Math.PI / 180;

export function parseTransform(text: string): Affine {
  let m: Affine = IDENTITY;
  const re = /\s*,?\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/y;
  let i = 0;
  while (i < text.length && text.slice(i).trim() !== '') {
    re.lastIndex = i;
    const hit = re.exec(text);
    if (!hit) throw new AppError('SvgInvalid', { reason: `transform: ${text.slice(i, i + 30)}` });
    i = re.lastIndex;
    const kind = hit[1] ?? '';
    const a = numberList(hit[2] ?? '', 'transform');
    const bad = (): never => {
      throw new AppError('SvgInvalid', { reason: `transform ${kind} with ${a.length} numbers` });
    };
    const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = a;
    let n: Affine;
    switch (kind) {
      case 'matrix':
        if (a.length !== 6) bad();
        n = [p, q, r, s, t, u];
        break;
      case 'translate':
        if (a.length < 1 || a.length > 2) bad();
        n = [1, 0, 0, 1, p, q];
        break;
      case 'scale':
        if (a.length < 1 || a.length > 2) bad();
        n = [p, 0, 0, a.length === 2 ? q : p, 0, 0];
        break;
      case 'rotate': {
        if (a.length !== 1 && a.length !== 3) bad();
        const cos = Math.cos(p * DEG);
        const sin = Math.sin(p * DEG);
        n = [cos, sin, -sin, cos, 0, 0];
        if (a.length === 3) n = multiply(multiply([1, 0, 0, 1, q, r], n), [1, 0, 0, 1, -q, -r]);
        break;
      }
      case 'skewX':
        if (a.length !== 1) bad();
        n = [1, 0, Math.tan(p * DEG), 1, 0, 0];
        break;
      default:
        if (a.length !== 1) bad();
        n = [1, Math.tan(p * DEG), 0, 1, 0, 0];
    }
    m = multiply(m, n);
  }
  return m;
}

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** The `d` of a <path> in absolute move / line / cubic / close segments. */
export function parsePathData(d: string): PathSeg[] {
  const out: PathSeg[] = [];
  let i = 0;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The reflected control point for S and T (the previous segment's last control point).
  let lastC: [number, number] | null = null;
  let lastQ: [number, number] | null = null;
  const bad = (reason: string): never => {
    throw new AppError('SvgInvalid', { reason: `path: ${reason} at ${i}` });
  };
  const skip = (): void => {
    SEP.lastIndex = i;
    SEP.exec(d);
    i = SEP.lastIndex;
  };
  const num = (): number => {
    skip();
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(d);
    if (!m) bad('expected a number');
    i = NUMBER.lastIndex;
    return Number(m?.[0]);
  };
  const flag = (): boolean => {
    skip();
    const ch = d[i];
    if (ch !== '0' && ch !== '1') bad('expected an arc flag');
    i++;
    return ch === '1';
  };
  skip();
  let cmd = '';
  while (i < d.length) {
    const ch = d[i] ?? '';
    if (/[MmLlHhVvCcSsQqTtAaZz]/.test(ch)) {
      cmd = ch;
      i++;
    } else if (cmd === '' || cmd === 'Z' || cmd === 'z') bad(`unexpected ${ch}`);
    else if (cmd === 'M') cmd = 'L';
    else if (cmd === 'm') cmd = 'l';
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    if (out.length === 0 && upper !== 'M') bad('a path must start with M');
    if (ARGS[upper] === undefined) bad(`unknown command ${cmd}`);
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    let c: [number, number] | null = null;
    let q: [number, number] | null = null;
    switch (upper) {
      case 'M':
        x = ox + num();
        y = oy + num();
        startX = x;
        startY = y;
        out.push({ c: 'M', x, y });
        break;
      case 'L':
        x = ox + num();
        y = oy + num();
        out.push({ c: 'L', x, y });
        break;
      case 'H':
        x = ox + num();
        out.push({ c: 'L', x, y });
        break;
      case 'V':
        y = oy + num();
        out.push({ c: 'L', x, y });
        break;
      case 'C': {
        const x1 = ox + num();
        const y1 = oy + num();
        const x2 = ox + num();
        const y2 = oy + num();
        x = ox + num();
        y = oy + num();
        out.push({ c: 'C', x1, y1, x2, y2, x, y });
        c = [x2, y2];
        break;
      }
      case 'S': {
        const [x1, y1] = lastC ? [2 * x - lastC[0], 2 * y - lastC[1]] : [x, y];
        const x2 = ox + num();
        const y2 = oy + num();
        x = ox + num();
        y = oy + num();
        out.push({ c: 'C', x1, y1, x2, y2, x, y });
        c = [x2, y2];
        break;
      }
      case 'Q':
      case 'T': {
        let qx: number = x;
        let qy: number = y;
        if (upper === 'Q') {
          qx = ox + num();
          qy = oy + num();
        } else if (lastQ) {
          qx = 2 * x - lastQ[0];
          qy = 2 * y - lastQ[1];
        }
        const ex = ox + num();
        const ey = oy + num();
        out.push({
          c: 'C',
          x1: x + (2 / 3) * (qx - x),
          y1: y + (2 / 3) * (qy - y),
          x2: ex + (2 / 3) * (qx - ex),
          y2: ey + (2 / 3) * (qy - ey),
          x: ex,
          y: ey,
        });
        x = ex;
        y = ey;
        q = [qx, qy];
        break;
      }
      case 'A': {
        const rx = num();
        const ry = num();
        const rot = num();
        const large = flag();
        const sweep = flag();
        const ex = ox + num();
        const ey = oy + num();
        out.push(...arcToCubics(x, y, rx, ry, rot, large, sweep, ex, ey));
        x = ex;
        y = ey;
        break;
      }
      case 'Z':
        out.push({ c: 'Z' });
        x = startX;
        y = startY;
        break;
    }
    lastC = c;
    lastQ = q;
    skip();
  }
  return out;
}

/** SVG's endpoint arc (implementation notes F.6) as cubic Béziers of at most 90° each. */
export function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  rotation: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathSeg[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return [{ c: 'L', x: x2, y: y2 }];
  const phi = rotation * DEG;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let k = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) k = -k;
  const cxp = (k * rx * y1p) / ry;
  const cyp = (-k * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number): number => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / parts;
  const t = (4 / 3) * Math.tan(step / 4);
  const point = (a: number): [number, number] => {
    const px = rx * Math.cos(a);
    const py = ry * Math.sin(a);
    return [cos * px - sin * py + cx, sin * px + cos * py + cy];
  };
  const deriv = (a: number): [number, number] => {
    const px = -rx * Math.sin(a);
    const py = ry * Math.cos(a);
    return [cos * px - sin * py, sin * px + cos * py];
  };
  const out: PathSeg[] = [];
  for (let p = 0; p < parts; p++) {
    const a0 = theta1 + p * step;
    const a1 = a0 + step;
    const [sx, sy] = point(a0);
    const [ex, ey] = p === parts - 1 ? [x2, y2] : point(a1);
    const [d0x, d0y] = deriv(a0);
    const [d1x, d1y] = deriv(a1);
    out.push({ c: 'C', x1: sx + t * d0x, y1: sy + t * d0y, x2: ex - t * d1x, y2: ey - t * d1y, x: ex, y: ey });
  }
  return out;
}
