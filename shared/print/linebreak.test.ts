import { describe, expect, it } from 'vitest';
import { breakLines, isWideScript, NO_LINE_END, NO_LINE_START } from './linebreak';

/** Monospace measure: wide characters 2, everything else 1 (a line of width 10 = 5 kanji). */
const mono = (cp: number): number => (isWideScript(cp) ? 2 : 1);
const wrap = (text: string, width: number): string[] => breakLines(text, width, mono);
const first = (s: string): number => s.codePointAt(0) ?? 0;
const last = (s: string): number => [...s].at(-1)?.codePointAt(0) ?? 0;

function assertKinsoku(lines: string[]): void {
  lines.forEach((line, i) => {
    if (i > 0 && line) expect(NO_LINE_START.has(first(line)), `line ${i} starts with ${line[0]}: ${JSON.stringify(lines)}`).toBe(false);
    if (i < lines.length - 1 && line)
      expect(NO_LINE_END.has(last(line)), `line ${i} ends with an opening bracket: ${JSON.stringify(lines)}`).toBe(false);
  });
}

describe('breakLines: 禁則', () => {
  it('fills lines with Japanese and keeps the text intact', () => {
    expect(wrap('あいうえおかきくけこさしす', 10)).toEqual(['あいうえお', 'かきくけこ', 'さしす']);
  });
  it.each([...'、。，．」』）〕ー・ゝゞ々！？ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ'])('never starts a line with %s', (ch) => {
    const lines = wrap(`あいうえお${ch}かきく`, 10);
    expect(lines.join('')).toBe(`あいうえお${ch}かきく`);
    assertKinsoku(lines);
    expect(lines[1]?.startsWith(ch)).toBe(false);
  });
  it.each([...'「『（〔'])('never ends a line with %s', (ch) => {
    const lines = wrap(`あいうえ${ch}かきくけこ`, 10);
    expect(lines[0]).toBe('あいうえ');
    expect(lines[1]?.startsWith(ch)).toBe(true);
    assertKinsoku(lines);
  });
  it('handles runs of closing punctuation (」。) and brackets across many widths', () => {
    const text = '彼は「わかった。」と言った。（鶴見区）『あいねっと』は、ちょっとした支え合いです！ヴァイオリンっぽい々。';
    for (let width = 6; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.join('')).toBe(text);
      assertKinsoku(lines);
      for (const line of lines) expect([...line].reduce((s, c) => s + mono(first(c)), 0)).toBeLessThanOrEqual(width + 4);
    }
  });
});

describe('breakLines: surrogate pairs', () => {
  it('never splits 𠮷 (U+20BB7)', () => {
    const text = '𠮷田𠮷野𠮷川𠮷岡𠮷村';
    for (let width = 2; width <= 12; width++) {
      const lines = wrap(text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('breakLines: Latin and digits', () => {
  it('wraps at spaces and drops the space at the break', () => {
    expect(wrap('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
  });
  it('keeps a word whole when it fits on the next line', () => {
    expect(wrap('あいう Yokohama', 10)).toEqual(['あいう', 'Yokohama']);
  });
  it('breaks a long URL after / or . rather than mid-word', () => {
    const url = 'https://www.city.yokohama.lg.jp/tsurumi/kenko';
    const lines = wrap(url, 20);
    expect(lines.join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.-]$/);
  });
  it('breaks a long digit run at the line width', () => {
    const digits = '0451234567890123456789';
    const lines = wrap(digits, 8);
    expect(lines).toEqual(['04512345', '67890123', '456789']);
  });
  it('mixes Latin and Japanese without losing characters', () => {
    const text = '電話045-123-4567（平日9時〜17時）にご連絡ください。Email: tsurumi@example.jp';
    for (let width = 8; width <= 30; width += 3) {
      const lines = wrap(text, width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      assertKinsoku(lines);
    }
  });
  it('keeps newlines as hard breaks and empty lines', () => {
    expect(wrap('一行目\n\n三行目', 20)).toEqual(['一行目', '', '三行目']);
  });
  it('uses the measure it is given (mixed fonts)', () => {
    const wideA = (cp: number): number => (cp === 0x41 ? 5 : mono(cp));
    expect(breakLines('AAあ', 10, wideA)).toEqual(['AA', 'あ']);
  });
});
