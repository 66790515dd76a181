import { describe, expect, it } from 'vitest';
import { openFace, type FontFace } from './fonts';
import { dataView, readAdvances, readMetrics, readTableDirectory, requireTable } from './sfnt';
import { subsetTrueType, withEmptyCmap } from './subset';
import { nodeFonts } from './testing/nodeFonts';

function usedGlyphs(face: FontFace, text: string): Map<number, number> {
  return new Map(
    [...text].map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return [cp, face.cmap.get(cp) ?? 0] as [number, number];
    }),
  );
}

/** A glyph's record split into what draws it (contour ends, flags, coordinates) and its hinting. */
function glyphRecord(font: Uint8Array, gid: number): { outline: number[]; instructions: number } {
  const tables = readTableDirectory(font);
  const metrics = readMetrics(font, tables);
  const v = dataView(font);
  const loca = requireTable(tables, 'loca').offset;
  const glyf = requireTable(tables, 'glyf').offset;
  const at = (g: number): number => (metrics.indexToLocFormat === 0 ? v.getUint16(loca + g * 2) * 2 : v.getUint32(loca + g * 4));
  const start = glyf + at(gid);
  const end = glyf + at(gid + 1);
  if (end === start) return { outline: [], instructions: 0 };
  const contours = v.getInt16(start);
  expect(contours, 'the faces used here have no composite glyphs').toBeGreaterThanOrEqual(0);
  const instructionsAt = start + 10 + contours * 2;
  const instructions = v.getUint16(instructionsAt);
  const points = contours ? v.getUint16(instructionsAt - 2) + 1 : 0;
  let p = instructionsAt + 2 + instructions;
  let coordinateBytes = 0;
  for (let i = 0; i < points;) {
    const flag = font[p++] ?? 0;
    const count = flag & 8 ? 1 + (font[p++] ?? 0) : 1;
    coordinateBytes += count * ((flag & 2 ? 1 : flag & 16 ? 0 : 2) + (flag & 4 ? 1 : flag & 32 ? 0 : 2));
    i += count;
  }
  const header = [...font.subarray(start, instructionsAt)];
  const body = [...font.subarray(instructionsAt + 2 + instructions, p + coordinateBytes)];
  return { outline: [...header, ...body], instructions };
}

describe('subsetTrueType', () => {
  const face = openFace(nodeFonts().regular, 'biz');
  const text = '鶴見区あいうえお記録帳、（）ABC 123';
  const cps = usedGlyphs(face, text);
  const subset = subsetTrueType(face, cps);
  const unhinted = subsetTrueType(face, cps, { hinting: false });

  it('keeps only the used glyphs, renumbered, with their advances', () => {
    const tables = readTableDirectory(subset.bytes);
    const metrics = readMetrics(subset.bytes, tables);
    expect(metrics.numGlyphs).toBe(new Set(cps.values()).size + 1);
    expect(subset.glyphMap.size).toBe(metrics.numGlyphs);
    const advances = readAdvances(subset.bytes, tables, metrics);
    for (const oldGid of cps.values()) {
      const newGid = subset.glyphMap.get(oldGid) ?? 0;
      expect(newGid).toBeGreaterThan(0);
      expect(advances[newGid]).toBe(face.advances[oldGid]);
      expect(subset.widths[newGid]).toBe(Math.round(((face.advances[oldGid] ?? 0) * 1000) / face.metrics.unitsPerEm));
    }
  });

  it('embeds only the tables a PDF viewer reads: the outlines, their metrics and the hinting', () => {
    expect([...readTableDirectory(subset.bytes).keys()]).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const mine = readTableDirectory(subset.bytes).get(tag);
      const source = face.tables.get(tag);
      expect(mine && subset.bytes.subarray(mine.offset, mine.offset + mine.length)).toEqual(
        source && face.bytes.subarray(source.offset, source.offset + source.length),
      );
    }
    expect([...readTableDirectory(unhinted.bytes).keys()]).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
  });

  it('copies every glyph byte for byte: outline and instructions, or without hinting the outline alone', () => {
    let hinted = 0;
    for (const [oldGid, newGid] of subset.glyphMap) {
      const source = glyphRecord(face.bytes, oldGid);
      expect(glyphRecord(subset.bytes, newGid)).toEqual(source);
      expect(glyphRecord(unhinted.bytes, newGid)).toEqual({ outline: source.outline, instructions: 0 });
      hinted += source.instructions;
    }
    expect(hinted, 'the source glyphs were hinted').toBeGreaterThan(0);
    expect(unhinted.bytes.length).toBeLessThan(subset.bytes.length * 0.8);
  });

  it('numbers proportional glyphs first, then full-width ones, each in character order, and stores the full-width advance once', () => {
    const order = [...cps].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
    const proportional = order.filter((g) => face.advances[g] !== face.metrics.unitsPerEm);
    const full = order.filter((g) => face.advances[g] === face.metrics.unitsPerEm);
    expect([...new Set([...proportional, ...full])].map((g) => subset.glyphMap.get(g))).toEqual(
      Array.from({ length: subset.glyphMap.size - 1 }, (_, i) => i + 1),
    );
    const metrics = readMetrics(subset.bytes, readTableDirectory(subset.bytes));
    expect(metrics.numberOfHMetrics).toBe(proportional.length + 2);
  });

  it('gives jsPDF a copy it can parse, with an empty Unicode cmap', () => {
    const copy = withEmptyCmap(subset.bytes);
    const reopened = openFace(copy, 'copy');
    expect(reopened.cmap.size).toBe(0);
    expect(reopened.metrics.numGlyphs).toBe(subset.glyphMap.size);
  });

  it('stores a glyph once per text it stands for, so each CID has one ToUnicode text', () => {
    const gid = face.cmap.get(0x845b) ?? 0;
    const twice = subsetTrueType(
      face,
      new Map<string, number>([
        ['葛', gid],
        ['葛\u{E0101}', gid],
        ['あ', face.cmap.get(0x3042) ?? 0],
      ]),
    );
    const a = twice.cids.get('葛');
    const b = twice.cids.get('葛\u{E0101}');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(readMetrics(twice.bytes, readTableDirectory(twice.bytes)).numGlyphs).toBe(4);
    expect(glyphRecord(twice.bytes, a ?? 0)).toEqual(glyphRecord(twice.bytes, b ?? 0));
  });
});
