// TrueType subsetting: a PDF embeds only the glyphs it draws, renumbered from 1 so that
// CID = new glyph id (CIDToGIDMap /Identity). A 4–5 MB CJK face becomes a few tens of KB.
import type { FontFace } from './fonts';
import { dataView, readTableDirectory, requireTable } from './sfnt';

export interface SubsetFont {
  readonly bytes: Uint8Array;
  /** old glyph id → new glyph id (= CID in the PDF); for a glyph used for several texts, its first copy. */
  readonly glyphMap: ReadonlyMap<number, number>;
  /** The text a glyph stands for → its CID (see subsetTrueType). */
  readonly cids: ReadonlyMap<string, number>;
  /** new glyph id → advance width in 1/1000 em (PDF /W units). */
  readonly widths: readonly number[];
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;
// simple glyph flags
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT_FLAG = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

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

/** Bytes of a simple glyph's flags and coordinates, which follow its instructions. */
function simpleOutlineLength(g: Uint8Array, at: number, points: number): number {
  let p = at;
  let xBytes = 0;
  let yBytes = 0;
  for (let i = 0; i < points;) {
    const flag = g[p++] ?? 0;
    const count = flag & REPEAT_FLAG ? 1 + (g[p++] ?? 0) : 1;
    xBytes += count * (flag & X_SHORT ? 1 : flag & X_SAME_OR_POSITIVE ? 0 : 2);
    yBytes += count * (flag & Y_SHORT ? 1 : flag & Y_SAME_OR_POSITIVE ? 0 : 2);
    i += count;
  }
  return p - at + xBytes + yBytes;
}

/**
 * A glyph's record as the subset stores it: composite components renumbered, the padding after
 * the record dropped (then one byte to keep offsets even, for short loca) and, unless `hinting`,
 * its instructions dropped; the outline itself is copied byte for byte.
 */
function subsetGlyph(src: Uint8Array, renumber: (oldGid: number) => number, hinting: boolean): Uint8Array {
  if (src.length === 0) return src;
  const view = dataView(src);
  const contours = view.getInt16(0);
  let body: Uint8Array;
  if (contours >= 0) {
    const instructionsAt = 10 + contours * 2;
    const points = contours ? view.getUint16(instructionsAt - 2) + 1 : 0;
    const outlineAt = instructionsAt + 2 + view.getUint16(instructionsAt);
    const outlineEnd = outlineAt + simpleOutlineLength(src, outlineAt, points);
    if (hinting) body = src.slice(0, outlineEnd);
    else {
      body = new Uint8Array(instructionsAt + 2 + outlineEnd - outlineAt);
      body.set(src.subarray(0, instructionsAt));
      body.set(src.subarray(outlineAt, outlineEnd), instructionsAt + 2);
    }
  } else {
    body = src.slice();
    const out = dataView(body);
    let p = 10;
    let instructions = false;
    for (;;) {
      const flags = out.getUint16(p);
      instructions ||= (flags & WE_HAVE_INSTRUCTIONS) !== 0;
      if (!hinting) out.setUint16(p, flags & ~WE_HAVE_INSTRUCTIONS);
      out.setUint16(p + 2, renumber(out.getUint16(p + 2)));
      p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) p += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
    if (hinting && instructions) p += 2 + out.getUint16(p);
    body = body.subarray(0, p);
  }
  if (body.length % 2 === 0) return body;
  const padded = new Uint8Array(body.length + 1);
  padded.set(body);
  return padded;
}

export interface SubsetOptions {
  /**
   * Keep the TrueType hinting (fpgm, prep, cvt and each glyph's instructions). On by default:
   * Chromium's PDF viewer (PDFium, which the app prints through) runs it, and at screen sizes
   * text without it is visibly softer there (poppler does not run it). Without it the embedded
   * fonts are about a quarter smaller.
   */
  readonly hinting?: boolean;
}

/**
 * Builds the TrueType program a PDF embeds for `uses` (the text a glyph stands for — a code point,
 * or a string such as 葛 + U+E0100 or a composed cluster — → old glyph id): glyph 0 (.notdef),
 * the used glyphs and the components they reference, renumbered from 1 (CID = new glyph id,
 * CIDToGIDMap /Identity). A glyph that stands for two texts (葛 and 葛 + a selector whose glyph is
 * the default one) is stored once per text, so that each CID has one ToUnicode text and copying
 * from the PDF gives back what was typed.
 *
 * Only what a PDF viewer reads from a CIDFontType2 program is kept — head, hhea, maxp, loca,
 * glyf, hmtx and the hinting (see SubsetOptions): the PDF carries widths (/W), metrics
 * (FontDescriptor) and text (ToUnicode) itself, so cmap, name, post and OS/2 would only repeat
 * them. The outlines are copied byte for byte.
 *
 * Proportional glyphs come first and full-width ones after them, each in code point order, so
 * that /W lists only the first few, hmtx stores one advance for the whole full-width run, and
 * ToUnicode can map runs of characters (あいう…) as ranges.
 */
export function subsetTrueType(face: FontFace, uses: ReadonlyMap<string | number, number>, options: SubsetOptions = {}): SubsetFont {
  const hinting = options.hinting ?? true;
  const { bytes, metrics } = face;
  const tables = face.tables;
  const view = dataView(bytes);
  const glyf = requireTable(tables, 'glyf').offset;
  const slots: { text: string; gid: number; cp: number }[] = [];
  for (const [key, gid] of uses) {
    const text = typeof key === 'number' ? String.fromCodePoint(key) : key;
    if (gid !== 0) slots.push({ text, gid, cp: text.codePointAt(0) ?? 0 });
  }
  const count = new Map<number, number>();
  for (const gid of new Set(slots.map((u) => u.gid))) count.set(face.advances[gid] ?? 0, (count.get(face.advances[gid] ?? 0) ?? 0) + 1);
  const common = [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const full = (gid: number): number => (face.advances[gid] === common ? 1 : 0);
  slots.sort((a, b) => full(a.gid) - full(b.gid) || a.cp - b.cp || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const order = [0, ...slots.map((u) => u.gid)];
  const cids = new Map<string, number>(slots.map((u, i) => [u.text, i + 1]));
  const glyphMap = new Map<number, number>();
  order.forEach((gid, i) => {
    if (!glyphMap.has(gid)) glyphMap.set(gid, i);
  });
  for (let i = 0; i < order.length; i++) {
    const [s, e] = glyphRange(face, order[i] ?? 0);
    if (e > s && view.getInt16(glyf + s) < 0) {
      forEachComponent(bytes, glyf + s, (at) => {
        const component = view.getUint16(at);
        if (glyphMap.has(component)) return;
        glyphMap.set(component, order.length);
        order.push(component);
      });
    }
  }
  // glyf + loca (short offsets when the glyphs fit in 128 KB, as they do for a page of forms)
  const glyphs = order.map((gid) => {
    const [s, e] = glyphRange(face, gid);
    return subsetGlyph(bytes.subarray(glyf + s, glyf + e), (old) => glyphMap.get(old) ?? 0, hinting);
  });
  const size = glyphs.reduce((sum, g) => sum + g.length, 0);
  const shortLoca = size <= 0x1fffe;
  const loca = new Uint8Array((order.length + 1) * (shortLoca ? 2 : 4));
  const locaView = dataView(loca);
  const glyfOut = new Uint8Array(size);
  let at = 0;
  glyphs.forEach((g, i) => {
    if (shortLoca) locaView.setUint16(i * 2, at / 2);
    else locaView.setUint32(i * 4, at);
    glyfOut.set(g, at);
    at += g.length;
  });
  if (shortLoca) locaView.setUint16(order.length * 2, at / 2);
  else locaView.setUint32(order.length * 4, at);
  // hmtx: the trailing run of equal advances is stored once (numberOfHMetrics)
  const hmtxOff = requireTable(tables, 'hmtx').offset;
  const nHM = metrics.numberOfHMetrics;
  const advances = order.map((gid) => face.advances[gid] ?? 0);
  let longMetrics = order.length;
  while (longMetrics > 1 && advances[longMetrics - 1] === advances[longMetrics - 2]) longMetrics--;
  const hmtx = new Uint8Array(longMetrics * 4 + (order.length - longMetrics) * 2);
  const hmtxView = dataView(hmtx);
  const widths: number[] = [];
  order.forEach((gid, i) => {
    const lsb = gid < nHM ? view.getInt16(hmtxOff + gid * 4 + 2) : view.getInt16(hmtxOff + nHM * 4 + (gid - nHM) * 2);
    if (i < longMetrics) {
      hmtxView.setUint16(i * 4, advances[i] ?? 0);
      hmtxView.setInt16(i * 4 + 2, lsb);
    } else hmtxView.setInt16(longMetrics * 4 + (i - longMetrics) * 2, lsb);
    widths.push(Math.round(((advances[i] ?? 0) * 1000) / metrics.unitsPerEm));
  });
  const copyRequired = (tag: string): Uint8Array => {
    const t = requireTable(tables, tag);
    return bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copyRequired('head');
  dataView(head).setUint32(8, 0);
  dataView(head).setInt16(50, shortLoca ? 0 : 1);
  const hhea = copyRequired('hhea');
  dataView(hhea).setUint16(34, longMetrics);
  const maxp = copyRequired('maxp');
  dataView(maxp).setUint16(4, order.length);
  const out: [string, Uint8Array][] = [
    ['glyf', glyfOut],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ];
  if (hinting) {
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const t = tables.get(tag);
      if (t) out.push([tag, bytes.slice(t.offset, t.offset + t.length)]);
    }
    out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
  return { bytes: writeSfnt(out), glyphMap, cids, widths };
}

/**
 * The program with an empty Unicode cmap added, for jsPDF only: jsPDF parses a font before a
 * document may use it (which also checks our tables) and refuses one without a Unicode cmap.
 * The PDF embeds the program itself, without it.
 */
export function withEmptyCmap(program: Uint8Array): Uint8Array {
  const cmap = new Uint8Array(4 + 8 + 24);
  const v = dataView(cmap);
  v.setUint16(2, 1); // one subtable: Windows Unicode BMP, format 4, only the closing segment
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, 12);
  v.setUint16(12, 4);
  v.setUint16(14, 24);
  v.setUint16(18, 2); // segCountX2
  v.setUint16(20, 2); // searchRange
  v.setUint16(24, 0); // rangeShift
  v.setUint16(26, 0xffff); // endCode
  v.setUint16(30, 0xffff); // startCode
  v.setUint16(32, 1); // idDelta
  const entries: [string, Uint8Array][] = [...readTableDirectory(program)].map(([tag, t]) => [
    tag,
    program.slice(t.offset, t.offset + t.length),
  ]);
  entries.push(['cmap', cmap]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return writeSfnt(entries);
}

function writeSfnt(list: [string, Uint8Array][]): Uint8Array {
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
