import { describe, expect, it } from 'vitest';
import { parseCmap, parseCmapFormat12, parseCmapFormat14, parseCmapFormat4 } from './cmap';
import { FontSet, openFace } from './fonts';
import { nodeFonts } from './testing/nodeFonts';

function format4(segments: [start: number, end: number, delta: number][]): Uint8Array {
  const all = [...segments, [0xffff, 0xffff, 1] as [number, number, number]];
  const segX2 = all.length * 2;
  const out = new Uint8Array(16 + all.length * 8);
  const v = new DataView(out.buffer);
  v.setUint16(0, 4);
  v.setUint16(2, out.length);
  v.setUint16(6, segX2);
  all.forEach(([s, e, d], i) => {
    v.setUint16(14 + i * 2, e);
    v.setUint16(16 + segX2 + i * 2, s);
    v.setUint16(16 + segX2 * 2 + i * 2, d & 0xffff);
  });
  return out;
}

function format12(groups: [start: number, end: number, glyph: number][]): Uint8Array {
  const out = new Uint8Array(16 + groups.length * 12);
  const v = new DataView(out.buffer);
  v.setUint16(0, 12);
  v.setUint32(4, out.length);
  v.setUint32(12, groups.length);
  groups.forEach(([s, e, g], i) => {
    v.setUint32(16 + i * 12, s);
    v.setUint32(20 + i * 12, e);
    v.setUint32(24 + i * 12, g);
  });
  return out;
}

describe('cmap format 4', () => {
  it('maps ranges with idDelta, wrapping modulo 65536', () => {
    const map = new Map<number, number>();
    parseCmapFormat4(
      format4([
        [0x41, 0x43, 1 - 0x41],
        [0x3042, 0x3042, -0x3042 + 10],
      ]),
      0,
      map,
    );
    expect([...map]).toEqual([
      [0x41, 1],
      [0x42, 2],
      [0x43, 3],
      [0x3042, 10],
    ]);
  });
  it('rejects a subtable of another format', () => {
    expect(() => parseCmapFormat4(format12([]), 0, new Map())).toThrow(/format 4/);
  });
});

describe('cmap format 12', () => {
  it('maps astral code points by group', () => {
    const map = new Map<number, number>();
    parseCmapFormat12(
      format12([
        [0x20bb7, 0x20bb8, 500],
        [0x41, 0x41, 0],
      ]),
      0,
      map,
    );
    expect(map.get(0x20bb7)).toBe(500);
    expect(map.get(0x20bb8)).toBe(501);
    expect(map.has(0x41)).toBe(false);
  });
  it('prefers format 12 over format 4 in a cmap table', () => {
    const f4 = format4([[0x41, 0x41, 1 - 0x41]]);
    const f12 = format12([
      [0x41, 0x41, 7],
      [0x20bb7, 0x20bb7, 8],
    ]);
    const table = new Uint8Array(4 + 16 + f4.length + f12.length);
    const v = new DataView(table.buffer);
    v.setUint16(2, 2);
    v.setUint16(4, 3);
    v.setUint16(6, 1);
    v.setUint32(8, 20);
    v.setUint16(12, 3);
    v.setUint16(14, 10);
    v.setUint32(16, 20 + f4.length);
    table.set(f4, 20);
    table.set(f12, 20 + f4.length);
    const map = parseCmap(table, 0);
    expect(map.get(0x41)).toBe(7);
    expect(map.get(0x20bb7)).toBe(8);
  });
});

describe('bundled fonts coverage', () => {
  const files = nodeFonts();
  const biz = openFace(files.regular, 'biz');
  const noto = openFace(files.fallbackRegular ?? files.regular, 'noto');
  it('BIZ UDGothic covers everyday Japanese but not U+20BB7 𠮷; Noto Sans JP has it', () => {
    for (const ch of 'あア亜鶴見区髙﨑ー々、。「」') expect(biz.cmap.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
    expect(biz.cmap.has(0x20bb7)).toBe(false);
    expect(noto.cmap.has(0x20bb7)).toBe(true);
  });
  it('neither face has U+1F600 😀 (the missing-glyph test character)', () => {
    expect(biz.cmap.has(0x1f600)).toBe(false);
    expect(noto.cmap.has(0x1f600)).toBe(false);
    expect(new FontSet(files).canDraw(0x1f600)).toBe(false);
  });
  it('picks the face per character', () => {
    const set = new FontSet(files);
    expect(set.runs('𠮷田さん', false).map((r) => [r.face.key, r.text])).toEqual([
      ['fallback-regular', '𠮷'],
      ['primary-regular', '田さん'],
    ]);
    expect(set.runs('氏名', true)[0]?.face.key).toBe('primary-bold');
  });
});

/** A format 14 subtable: per selector, Default UVS ranges [start, additionalCount] and Non-Default [base, glyph]. */
function format14(records: [selector: number, defaults: [number, number][], glyphs: [number, number][]][]): Uint8Array {
  const header = 10 + records.length * 11;
  const size = records.reduce((n, [, d, g]) => n + (d.length ? 4 + d.length * 4 : 0) + (g.length ? 4 + g.length * 5 : 0), header);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const u24 = (at: number, x: number): void => {
    v.setUint8(at, x >> 16);
    v.setUint16(at + 1, x & 0xffff);
  };
  v.setUint16(0, 14);
  v.setUint32(2, size);
  v.setUint32(6, records.length);
  let at = header;
  records.forEach(([selector, defaults, glyphs], i) => {
    const r = 10 + i * 11;
    u24(r, selector);
    if (defaults.length) {
      v.setUint32(r + 3, at);
      v.setUint32(at, defaults.length);
      defaults.forEach(([start, extra], k) => {
        u24(at + 4 + k * 4, start);
        v.setUint8(at + 7 + k * 4, extra);
      });
      at += 4 + defaults.length * 4;
    }
    if (glyphs.length) {
      v.setUint32(r + 7, at);
      v.setUint32(at, glyphs.length);
      glyphs.forEach(([base, gid], k) => {
        u24(at + 4 + k * 5, base);
        v.setUint16(at + 7 + k * 5, gid);
      });
      at += 4 + glyphs.length * 5;
    }
  });
  return out;
}

describe('cmap format 14 (variation sequences)', () => {
  const table = format14([
    [
      0xe0100,
      [
        [0x9089, 0],
        [0x4e00, 2],
      ],
      [
        [0x845b, 901],
        [0x8fbb, 902],
      ],
    ],
    [0xe0101, [[0x845b, 0]], []],
    [0xfe00, [], [[0x20bb7, 903]]],
  ]);
  const vm = parseCmapFormat14(table, 0);
  it('maps a sequence to its own glyph (Non-Default UVS), astral bases included', () => {
    expect(vm.glyph(0x845b, 0xe0100)).toBe(901);
    expect(vm.glyph(0x8fbb, 0xe0100)).toBe(902);
    expect(vm.glyph(0x20bb7, 0xfe00)).toBe(903);
    expect(vm.nonDefaultCount).toBe(3);
  });
  it('says when the base glyph is the selected one (Default UVS ranges)', () => {
    expect(vm.glyph(0x9089, 0xe0100)).toBe('default');
    expect(vm.glyph(0x4e02, 0xe0100)).toBe('default');
    expect(vm.glyph(0x4e03, 0xe0100)).toBeUndefined();
    expect(vm.glyph(0x845b, 0xe0101)).toBe('default');
  });
  it('knows nothing of other sequences', () => {
    expect(vm.glyph(0x845b, 0xe0102)).toBeUndefined();
    expect(vm.glyph(0x8fbb, 0xe0101)).toBeUndefined();
  });
  it('rejects a subtable of another format', () => {
    expect(() => parseCmapFormat14(format12([]), 0)).toThrow(/format 14/);
  });
  it('reads the bundled faces: BIZ UDGothic has 葛󠄀 and 辻󠄀 as glyphs of their own', () => {
    const biz = openFace(nodeFonts().regular, 'biz');
    expect(biz.variations?.nonDefaultCount).toBeGreaterThan(400);
    for (const base of [0x845b, 0x8fbb]) {
      const g = biz.variations?.glyph(base, 0xe0100);
      expect(typeof g).toBe('number');
      expect(g).not.toBe(biz.cmap.get(base));
    }
  });
});
