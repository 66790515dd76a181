import { describe, expect, it } from 'vitest';
import { clustersOf } from './clusters';
import { breakLines, isWideScript, NO_LINE_END, NO_LINE_START } from './linebreak';

/** Monospace measure per cluster: wide characters 2, everything else 1 (a line of width 10 = 5 kanji). */
const monoCp = (cp: number): number => (isWideScript(cp) ? 2 : 1);
const mono = (text: string): number => clustersOf(text).reduce((s, c) => s + monoCp(c.codePointAt(0) ?? 0), 0);
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
      for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(width + 4);
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
    const wideA = (text: string): number => [...text].reduce((s, c) => s + (c === 'A' ? 5 : mono(c)), 0);
    expect(breakLines('AAあ', 10, wideA)).toEqual(['AA', 'あ']);
  });
});

describe('breakLines: clusters', () => {
  const cases: [string, string][] = [
    ['葛󠄀 (葛 + U+E0100)', '葛飾区の葛\u{E0100}西さんと辻\u{E0100}本さん'],
    ['か + U+3099 (が, decomposed)', 'か\u3099きく\u3099けこ\u309Aはひ\u309Aふ'],
    ['e + U+0301, Vietnamese stacked marks', 'Jose\u0301 Nguye\u0302\u0303n Thi\u0323 A\u0301nh Tra\u0302\u0300n'],
  ];
  it.each(cases)('never splits %s from its base at any width', (_, text) => {
    const boundaries = new Set<number>();
    let at = 0;
    for (const c of clustersOf(text)) boundaries.add((at += c.length));
    for (let width = 1; width <= 30; width++) {
      const lines = wrap(text, width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      let offset = 0;
      for (const line of lines.slice(0, -1)) {
        offset = text.indexOf(line, offset) + line.length;
        expect(boundaries.has(offset), `width ${width}: break inside a cluster after ${JSON.stringify(line)}`).toBe(true);
      }
    }
  });
  it('measures a cluster as one character (a mark adds no width)', () => {
    expect(wrap('か\u3099か\u3099か\u3099か\u3099か\u3099か\u3099', 10)).toEqual(['か\u3099か\u3099か\u3099か\u3099か\u3099', 'か\u3099']);
  });
});

describe('breakLines: words in other languages', () => {
  it('Portuguese, Spanish, Tagalog and Vietnamese break only at spaces', () => {
    const text = 'Conceição Muñoz da Silva, Dela Cruz Niño, Nguyễn Thị Ánh';
    for (let width = 10; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(line).toBe(line.trim());
    }
  });
  it('a word longer than the line still breaks, at the line width', () => {
    expect(wrap('Pneumonoultramicroscopic', 10)).toEqual(['Pneumonoul', 'tramicrosc', 'opic']);
  });
  it('Korean breaks at spaces between words, not between syllables', () => {
    const text = '다음 주 월요일에 주민센터에서 상담을 받으실 수 있습니다.';
    const words = text.split(' ');
    for (let width = 12; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) for (const w of line.split(' ')) expect(words, `width ${width}: ${JSON.stringify(lines)}`).toContain(w);
    }
  });
  it('Chinese still breaks between characters, with 禁则 for its punctuation', () => {
    const text = '请于下周一到区役所咨询，电话：045-510-1818。谢谢！';
    for (let width = 6; width <= 30; width++) {
      const lines = wrap(text, width);
      expect(lines.join('')).toBe(text);
      assertKinsoku(lines);
    }
  });
});
