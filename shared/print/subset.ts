// TrueType subsetting: a PDF embeds only the glyphs it draws, renumbered from 1 so that
// CID = new glyph id (CIDToGIDMap /Identity). A 4–5 MB CJK face becomes a few tens of KB.
import type { FontFace } from './fonts';
import { dataView, requireTable } from './sfnt';

export interface SubsetFont {
  readonly bytes: Uint8Array;
  /** old glyph id → new glyph id (= CID in the PDF). */
  readonly glyphMap: ReadonlyMap<number, number>;
  /** new glyph id → advance width in 1/1000 em (PDF /W units). */
  readonly widths: readonly number[];
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function glyphRange(face: FontFace, gid: number): [number, number] {
  const view = dataView(face.bytes);
  const loca = requireTable(face.tables, 'loca').offset;
  if (face.metrics.indexToLocFormat === 0) {
    return [view.getUint16(loca + gid * 2) * 2, view.getUint16(loca + gid * 2 + 2) * 2];
  }
  return [view.getUint32(loca + gid * 4), view.getUint32(loca + gid * 4 + 4)];
}

/** Calls `visit(offsetOfGlyphIndex)` for each component of a composite glyph. */
function forEachComponent(bytes: Uint8Array, start: number, visit: (at: number) => void): void {
  const view = dataView(bytes);
  let p = start + 10;
  for (;;) {
    const flags = view.getUint16(p);
    visit(p + 2);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = dataView(padded);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function buildCmap(codePoints: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...codePoints].sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([cp]) => cp < 0xffff);
  const segCount = bmp.length + 1;
  const f4Len = 16 + segCount * 8;
  const f12Len = 16 + entries.length * 12;
  const out = new Uint8Array(4 + 16 + f4Len + f12Len);
  const v = dataView(out);
  v.setUint16(2, 2);
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, 20);
  v.setUint16(12, 3);
  v.setUint16(14, 10);
  v.setUint32(16, 20 + f4Len);
  let p = 20;
  v.setUint16(p, 4);
  v.setUint16(p + 2, f4Len);
  v.setUint16(p + 6, segCount * 2);
  const log = Math.floor(Math.log2(segCount));
  v.setUint16(p + 8, 2 * 2 ** log);
  v.setUint16(p + 10, log);
  v.setUint16(p + 12, 2 * segCount - 2 * 2 ** log);
  const ends = p + 14,
    starts = ends + segCount * 2 + 2,
    deltas = starts + segCount * 2;
  bmp.forEach(([cp, g], i) => {
    v.setUint16(ends + i * 2, cp);
    v.setUint16(starts + i * 2, cp);
    v.setUint16(deltas + i * 2, (g - cp) & 0xffff);
  });
  const last = segCount - 1;
  v.setUint16(ends + last * 2, 0xffff);
  v.setUint16(starts + last * 2, 0xffff);
  v.setUint16(deltas + last * 2, 1);
  p = 20 + f4Len;
  v.setUint16(p, 12);
  v.setUint32(p + 4, f12Len);
  v.setUint32(p + 12, entries.length);
  entries.forEach(([cp, g], i) => {
    v.setUint32(p + 16 + i * 12, cp);
    v.setUint32(p + 20 + i * 12, cp);
    v.setUint32(p + 24 + i * 12, g);
  });
  return out;
}

/**
 * Builds a TrueType font holding `.notdef` plus the glyphs for `codePoints` (code point → old
 * glyph id) and any components they reference.
 */
export function subsetTrueType(face: FontFace, codePoints: ReadonlyMap<number, number>): SubsetFont {
  const { bytes, metrics } = face;
  const tables = face.tables;
  const view = dataView(bytes);
  const glyf = requireTable(tables, 'glyf').offset;
  const glyphMap = new Map<number, number>([[0, 0]]);
  const order = [0];
  const queue = [...new Set(codePoints.values())].sort((a, b) => a - b);
  for (let gid = queue.shift(); gid !== undefined; gid = queue.shift()) {
    if (glyphMap.has(gid)) continue;
    glyphMap.set(gid, order.length);
    order.push(gid);
    const [s, e] = glyphRange(face, gid);
    if (e > s && view.getInt16(glyf + s) < 0) forEachComponent(bytes, glyf + s, (at) => queue.push(view.getUint16(at)));
  }
  // glyf + loca
  const pieces: Uint8Array[] = [];
  const loca = new Uint8Array((order.length + 1) * 4);
  const locaView = dataView(loca);
  let size = 0;
  order.forEach((gid, i) => {
    locaView.setUint32(i * 4, size);
    const [s, e] = glyphRange(face, gid);
    const g = bytes.slice(glyf + s, glyf + e);
    if (g.length && dataView(g).getInt16(0) < 0) {
      forEachComponent(g, 0, (at) => dataView(g).setUint16(at, glyphMap.get(dataView(g).getUint16(at)) ?? 0));
    }
    const padded = new Uint8Array((g.length + 3) & ~3);
    padded.set(g);
    pieces.push(padded);
    size += padded.length;
  });
  locaView.setUint32(order.length * 4, size);
  const glyfOut = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    glyfOut.set(p, at);
    at += p.length;
  }
  // hmtx: every glyph gets a full metric
  const hmtxOff = requireTable(tables, 'hmtx').offset;
  const nHM = metrics.numberOfHMetrics;
  const hmtx = new Uint8Array(order.length * 4);
  const widths: number[] = [];
  order.forEach((gid, i) => {
    const adv = face.advances[gid] ?? 0;
    const lsb = gid < nHM ? view.getInt16(hmtxOff + gid * 4 + 2) : view.getInt16(hmtxOff + nHM * 4 + (gid - nHM) * 2);
    dataView(hmtx).setUint16(i * 4, adv);
    dataView(hmtx).setInt16(i * 4 + 2, lsb);
    widths.push(Math.round((adv * 1000) / metrics.unitsPerEm));
  });
  const copy = (tag: string): Uint8Array | undefined => {
    const t = tables.get(tag);
    return t ? bytes.slice(t.offset, t.offset + t.length) : undefined;
  };
  const copyRequired = (tag: string): Uint8Array => {
    const t = requireTable(tables, tag);
    return bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copyRequired('head');
  dataView(head).setUint32(8, 0);
  dataView(head).setInt16(50, 1);
  const hhea = copyRequired('hhea');
  dataView(hhea).setUint16(34, order.length);
  const maxp = copyRequired('maxp');
  dataView(maxp).setUint16(4, order.length);
  const post = new Uint8Array(32);
  const postSrc = copy('post');
  if (postSrc) post.set(postSrc.subarray(0, 32));
  dataView(post).setUint32(0, 0x00030000);
  const newCodePoints = new Map<number, number>();
  for (const [cp, g] of codePoints) newCodePoints.set(cp, glyphMap.get(g) ?? 0);
  const out: [string, Uint8Array | undefined][] = [
    ['OS/2', copy('OS/2')],
    ['cmap', buildCmap(newCodePoints)],
    ['cvt ', copy('cvt ')],
    ['fpgm', copy('fpgm')],
    ['glyf', glyfOut],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', copy('name')],
    ['post', post],
    ['prep', copy('prep')],
  ];
  return { bytes: writeSfnt(out), glyphMap, widths };
}

function writeSfnt(entries: [string, Uint8Array | undefined][]): Uint8Array {
  const list = entries.filter((e): e is [string, Uint8Array] => e[1] !== undefined);
  const headerLen = 12 + list.length * 16;
  let total = headerLen;
  for (const [, d] of list) total += (d.length + 3) & ~3;
  const out = new Uint8Array(total);
  const v = dataView(out);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, list.length);
  const log = Math.floor(Math.log2(list.length));
  v.setUint16(6, 16 * 2 ** log);
  v.setUint16(8, log);
  v.setUint16(10, list.length * 16 - 16 * 2 ** log);
  let off = headerLen;
  let headAt = 0;
  list.forEach(([tag, d], i) => {
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[r + k] = tag.charCodeAt(k);
    v.setUint32(r + 4, checksum(d));
    v.setUint32(r + 8, off);
    v.setUint32(r + 12, d.length);
    out.set(d, off);
    if (tag === 'head') headAt = off;
    off += (d.length + 3) & ~3;
  });
  v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
