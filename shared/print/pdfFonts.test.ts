import { describe, expect, it } from 'vitest';
import { cidWidths, toUnicodeCMap } from './pdfFonts';

/** Reads a ToUnicode CMap back: CID → text. */
function readCMap(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  const text = (hex: string): string => String.fromCharCode(...(hex.match(/..../g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange\n([\s\S]*?)\nendbfrange/g)) {
    for (const [, a, b, dst] of (block[1] ?? '').matchAll(/<(\w+)> <(\w+)> <(\w+)>/g)) {
      const from = parseInt(a ?? '', 16);
      const base = dst ?? '';
      for (let cid = from; cid <= parseInt(b ?? '', 16); cid++) {
        const last = parseInt(base.slice(-4), 16) + (cid - from);
        out.set(cid, text(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar\n([\s\S]*?)\nendbfchar/g)) {
    for (const [, cid, dst] of (block[1] ?? '').matchAll(/<(\w+)> <(\w+)>/g)) out.set(parseInt(cid ?? '', 16), text(dst ?? ''));
  }
  return out;
}

describe('ToUnicode', () => {
  it('writes runs of consecutive characters as ranges that never carry past a last byte, and maps every CID back', () => {
    const map = new Map([
      [1, 0x3042],
      [2, 0x3043],
      [3, 0x3044],
      [4, 0x30fe],
      [5, 0x30ff],
      [6, 0x3100],
      [7, 0x20bb7],
      [8, 0x20bb8],
      [0x1ff, 0x4e00],
      [0x200, 0x4e01],
      [0x201, 0x9db4],
    ]);
    const cmap = toUnicodeCMap(map);
    expect(cmap).toContain('<0001> <0003> <3042>');
    expect(cmap).toContain('<0004> <0005> <30fe>');
    expect(cmap).not.toMatch(/<0004> <0006>/);
    expect(cmap).not.toMatch(/<01ff> <0200>/);
    expect(cmap).toContain('<0007> <d842dfb7>');
    const back = readCMap(cmap);
    expect(back.size).toBe(map.size);
    for (const [cid, cp] of map) expect(back.get(cid), `CID ${cid}`).toBe(String.fromCodePoint(cp));
  });
});

describe('ToUnicode: sequences', () => {
  it('maps a CID to a string of characters (a variation sequence, a base and its mark) as a bfchar', () => {
    const cmap = toUnicodeCMap(
      new Map<number, number | string>([
        [1, 0x3042],
        [2, '葛\u{E0100}'],
        [3, 0x3043],
        [4, '\u309A'],
      ]),
    );
    const back = readCMap(cmap);
    expect(back.get(2)).toBe('葛\u{E0100}');
    expect(back.get(4)).toBe('\u309A');
    expect(cmap).toContain('<0002> <845bdb40dd00>');
    expect(cmap).not.toMatch(/<0001> <0003>/);
  });
});

describe('widths', () => {
  it('makes the most common width the default and lists only the others, consecutive ones together', () => {
    expect(cidWidths([1000, 500, 500, 1000, 1000, 1000, 250])).toEqual({ dw: 1000, w: '1 [500 500] 6 [250]' });
    expect(cidWidths([0, 1000, 1000])).toEqual({ dw: 1000, w: '' });
  });
});
