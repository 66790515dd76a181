// cmap parsing (formats 4, 12 and 14): which glyph, if any, a font has for a code point or a
// variation sequence (葛 + U+E0100).
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

/** Is `cp` a variation selector (VS1–VS16, or VS17–VS256 as used by ideographic variation sequences)? */
export function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/**
 * A font's variation sequences (cmap format 14): for a base character and a variation selector,
 * the glyph the sequence selects. `'default'` means the face's ordinary glyph for the base is the
 * selected one (the Default UVS table); undefined means the face does not know the sequence.
 */
export interface VariationMap {
  glyph(base: number, selector: number): number | 'default' | undefined;
  /** Number of sequences with a glyph of their own (Non-Default UVS). */
  readonly nonDefaultCount: number;
}

interface SelectorRecord {
  /** Sorted [start, end] ranges of bases whose default glyph is the selected one. */
  readonly defaults: readonly (readonly [number, number])[];
  readonly glyphs: ReadonlyMap<number, number>;
}

const uint24 = (view: DataView, at: number): number => (view.getUint8(at) << 16) | view.getUint16(at + 1);

export function parseCmapFormat14(bytes: Uint8Array, offset: number): VariationMap {
  const view = dataView(bytes);
  if (view.getUint16(offset) !== 14) throw new FontFormatError('cmap subtable is not format 14');
  const records = view.getUint32(offset + 6);
  const bySelector = new Map<number, SelectorRecord>();
  let nonDefaultCount = 0;
  for (let i = 0; i < records; i++) {
    const r = offset + 10 + i * 11;
    const selector = uint24(view, r);
    const defaultAt = view.getUint32(r + 3);
    const nonDefaultAt = view.getUint32(r + 7);
    const defaults: [number, number][] = [];
    const glyphs = new Map<number, number>();
    if (defaultAt) {
      const p = offset + defaultAt;
      const n = view.getUint32(p);
      for (let k = 0; k < n; k++) {
        const start = uint24(view, p + 4 + k * 4);
        defaults.push([start, start + view.getUint8(p + 7 + k * 4)]);
      }
      defaults.sort((a, b) => a[0] - b[0]);
    }
    if (nonDefaultAt) {
      const p = offset + nonDefaultAt;
      const n = view.getUint32(p);
      for (let k = 0; k < n; k++) {
        const gid = view.getUint16(p + 7 + k * 5);
        if (gid !== 0) glyphs.set(uint24(view, p + 4 + k * 5), gid);
      }
      nonDefaultCount += glyphs.size;
    }
    bySelector.set(selector, { defaults, glyphs });
  }
  return {
    nonDefaultCount,
    glyph(base, selector) {
      const rec = bySelector.get(selector);
      if (!rec) return undefined;
      const gid = rec.glyphs.get(base);
      if (gid !== undefined) return gid;
      let lo = 0;
      let hi = rec.defaults.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end] = rec.defaults[mid] ?? [0, -1];
        if (base < start) hi = mid - 1;
        else if (base > end) lo = mid + 1;
        else return 'default';
      }
      return undefined;
    },
  };
}

/** The variation sequences of a cmap table (its platform 0 / encoding 5 subtable), or none when it has no such subtable. */
export function parseCmapVariations(bytes: Uint8Array, tableOffset: number): VariationMap | undefined {
  const view = dataView(bytes);
  const count = view.getUint16(tableOffset + 2);
  for (let i = 0; i < count; i++) {
    const r = tableOffset + 4 + i * 8;
    if (view.getUint16(r) !== 0 || view.getUint16(r + 2) !== 5) continue;
    const offset = tableOffset + view.getUint32(r + 4);
    if (view.getUint16(offset) === 14) return parseCmapFormat14(bytes, offset);
  }
  return undefined;
}
