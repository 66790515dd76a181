// Minimal reader for the TrueType (glyf-based sfnt) tables the print engine needs:
// metrics for layout, cmap for coverage, and raw tables for subsetting.

export interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

export class FontFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFormatError';
  }
}

export function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readTableDirectory(bytes: Uint8Array): Map<string, TableRecord> {
  if (bytes.byteLength < 12) throw new FontFormatError('font file too short');
  const view = dataView(bytes);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) {
    throw new FontFormatError('not a TrueType font (only glyf-based TTF is supported)');
  }
  const numTables = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    if (offset + length > bytes.byteLength) throw new FontFormatError(`table ${tag} out of bounds`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

export function requireTable(tables: ReadonlyMap<string, TableRecord>, tag: string): TableRecord {
  const t = tables.get(tag);
  if (!t) throw new FontFormatError(`missing table ${tag}`);
  return t;
}

export interface FontMetrics {
  readonly unitsPerEm: number;
  readonly indexToLocFormat: number;
  readonly numGlyphs: number;
  readonly numberOfHMetrics: number;
  readonly ascender: number;
  readonly descender: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  readonly postScriptName: string;
}

export function readMetrics(bytes: Uint8Array, tables: ReadonlyMap<string, TableRecord>): FontMetrics {
  const view = dataView(bytes);
  const head = requireTable(tables, 'head').offset;
  const hhea = requireTable(tables, 'hhea').offset;
  const maxp = requireTable(tables, 'maxp').offset;
  const os2 = tables.get('OS/2');
  const ascender = view.getInt16(hhea + 4);
  let capHeight = Math.round(ascender * 0.8);
  if (os2 && os2.length >= 90 && view.getUint16(os2.offset) >= 2) capHeight = view.getInt16(os2.offset + 88);
  return {
    unitsPerEm: view.getUint16(head + 18),
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    indexToLocFormat: view.getInt16(head + 50),
    numGlyphs: view.getUint16(maxp + 4),
    numberOfHMetrics: view.getUint16(hhea + 34),
    ascender,
    descender: view.getInt16(hhea + 6),
    capHeight,
    postScriptName: readPostScriptName(bytes, tables) ?? 'EmbeddedFont',
  };
}

/** Advance widths by glyph id (font units). */
export function readAdvances(bytes: Uint8Array, tables: ReadonlyMap<string, TableRecord>, m: FontMetrics): Uint16Array {
  const view = dataView(bytes);
  const hmtx = requireTable(tables, 'hmtx').offset;
  const out = new Uint16Array(m.numGlyphs);
  let last = 0;
  for (let g = 0; g < m.numGlyphs; g++) {
    if (g < m.numberOfHMetrics) last = view.getUint16(hmtx + g * 4);
    out[g] = last;
  }
  return out;
}

function readPostScriptName(bytes: Uint8Array, tables: ReadonlyMap<string, TableRecord>): string | undefined {
  const name = tables.get('name');
  if (!name) return undefined;
  const view = dataView(bytes);
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + i * 12;
    const platform = view.getUint16(r);
    const nameId = view.getUint16(r + 6);
    if (nameId !== 6) continue;
    const len = view.getUint16(r + 8);
    const off = strings + view.getUint16(r + 10);
    let s = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j + 1 < len; j += 2) s += String.fromCharCode(view.getUint16(off + j));
    } else {
      s = String.fromCharCode(...bytes.subarray(off, off + len));
    }
    const clean = s.replace(/[^A-Za-z0-9-]/g, '');
    if (clean) return clean;
  }
  return undefined;
}
