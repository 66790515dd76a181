// cmap parsing (formats 4 and 12): which glyph, if any, a font has for a code point.
// The engine decides per character which bundled font draws it *before* drawing, so a
// character no font covers is reported instead of printed as an empty box.
import { FontFormatError, dataView } from './sfnt';

/** Code point → glyph id; glyph 0 (.notdef) is never stored. */
export type CodePointMap = ReadonlyMap<number, number>;

export function parseCmapFormat4(bytes: Uint8Array, offset: number, into: Map<number, number>): void {
  const view = dataView(bytes);
  if (view.getUint16(offset) !== 4) throw new FontFormatError('cmap subtable is not format 4');
  const segX2 = view.getUint16(offset + 6);
  const ends = offset + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const ro = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let g: number;
      if (ro === 0) {
        g = (c + delta) & 0xffff;
      } else {
        const at = rangeOffsets + s + ro + (c - start) * 2;
        g = view.getUint16(at);
        if (g !== 0) g = (g + delta) & 0xffff;
      }
      if (g !== 0) into.set(c, g);
    }
  }
}

export function parseCmapFormat12(bytes: Uint8Array, offset: number, into: Map<number, number>): void {
  const view = dataView(bytes);
  if (view.getUint16(offset) !== 12) throw new FontFormatError('cmap subtable is not format 12');
  const groups = view.getUint32(offset + 12);
  for (let i = 0; i < groups; i++) {
    const g = offset + 16 + i * 12;
    const start = view.getUint32(g);
    const end = view.getUint32(g + 4);
    const glyph = view.getUint32(g + 8);
    for (let c = start; c <= end; c++) {
      const id = glyph + (c - start);
      if (id !== 0) into.set(c, id);
    }
  }
}

/**
 * Reads the best Unicode subtable of a cmap table at `tableOffset`: a format 12 (full
 * Unicode, platform 3/10 or 0/4+) when present, otherwise format 4 (BMP).
 */
export function parseCmap(bytes: Uint8Array, tableOffset: number): CodePointMap {
  const view = dataView(bytes);
  const count = view.getUint16(tableOffset + 2);
  let best: { offset: number; format: number; rank: number } | undefined;
  for (let i = 0; i < count; i++) {
    const r = tableOffset + 4 + i * 8;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const offset = tableOffset + view.getUint32(r + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    const rank = (format === 12 ? 2 : 0) + (platform === 3 ? 1 : 0);
    if (!best || rank > best.rank) best = { offset, format, rank };
  }
  if (!best) throw new FontFormatError('no Unicode cmap subtable (format 4 or 12)');
  const map = new Map<number, number>();
  if (best.format === 12) parseCmapFormat12(bytes, best.offset, map);
  else parseCmapFormat4(bytes, best.offset, map);
  return map;
}
