import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeLineBreaks, parseStored, requiredLine, safeLine, safeText, textProblem } from './safeText';

const codeOf = (v: string, kind: 'line' | 'text' = 'text') => textProblem(v, kind)?.code ?? null;
const issues = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the text rule refuses', () => {
  it('C0 controls (NUL, BEL, ESC, VT, FF…) but not TAB or LF', () => {
    for (const cp of [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f])
      expect(codeOf(`山田${String.fromCharCode(cp)}花子`)).toBe('controlChar');
    expect(codeOf('山田\t花子')).toBeNull();
    expect(codeOf('一行目\n二行目')).toBeNull();
  });
  it('DEL and the C1 controls', () => {
    for (const cp of [0x7f, 0x80, 0x85, 0x9b, 0x9f]) expect(codeOf(`a${String.fromCharCode(cp)}b`)).toBe('controlChar');
    expect(codeOf('a\u00a0b')).toBeNull(); // NBSP, the first character after C1
  });
  it('every bidi embedding, override and isolate', () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      expect(codeOf(`名前${String.fromCharCode(cp)}txt.exe`)).toBe('bidiControl');
    // The marks (LRM, RLM, ALM) carry no override and are kept for Arabic or Hebrew text.
    expect(codeOf('a\u200eb\u200fc\u061cd')).toBeNull();
  });
  it('lone surrogates (high or low) and U+FFFE / U+FFFF', () => {
    expect(codeOf('田\ud842')).toBe('brokenChar');
    expect(codeOf('\udfb7田')).toBe('brokenChar');
    expect(codeOf('\ud842\ud842\udfb7')).toBe('brokenChar');
    expect(codeOf('a\ufffeb')).toBe('brokenChar');
    expect(codeOf('a\uffffb')).toBe('brokenChar');
  });
  it('line breaks in a one-line field, LF and CR alike', () => {
    expect(codeOf('山田\n花子', 'line')).toBe('lineBreak');
    expect(codeOf('山田\r花子', 'line')).toBe('lineBreak');
    expect(codeOf('山田\t花子', 'line')).toBeNull();
  });
  it('says where the character is, counted as the user sees characters', () => {
    expect(textProblem('\u0000', 'text')?.params.at).toBe(1);
    expect(textProblem('山田\u202e', 'text')?.params.at).toBe(3);
    // 𠮷 (a surrogate pair), 葛󠄀 (with a variation selector) and a family emoji (ZWJ) are one each.
    expect(textProblem('𠮷葛󠄀👨‍👩‍👧\u0000', 'text')?.params.at).toBe(4);
  });
});

describe('the text rule keeps', () => {
  const kept = [
    ['CJK inside and outside the BMP', '髙橋 𠮷田 𩸽 鷗外'],
    ['ideographic variation selectors', '葛󠄀城 辻󠄀'],
    ['ZWJ emoji sequences and skin tones', '👨‍👩‍👧‍👦 👍🏽 🏳️‍🌈'],
    ['combining marks', 'か\u3099 e\u0301 n\u0303'],
    ['the full-width space', '山田\u3000花子'],
    ['Hangul', '김민준 한국어'],
    ['Vietnamese', 'Nguyễn Thị Hương'],
    ['half-width kana and symbols', 'ﾔﾏﾀﾞ ①②③ ㈱ 〒230-0051'],
  ] as const;
  for (const [what, text] of kept) {
    it(what, () => {
      expect(codeOf(text, 'line')).toBeNull();
      expect(safeLine(100).parse(text)).toBe(text);
      expect(safeText(100).parse(text)).toBe(text);
    });
  }
});

describe('the schema builders', () => {
  it('report the refusal as the issue message, one code per class', () => {
    expect(issues(safeLine(100), 'a\u0000b')).toEqual(['controlChar']);
    expect(issues(safeLine(100), 'a\u202eb')).toEqual(['bidiControl']);
    expect(issues(safeLine(100), 'a\nb')).toEqual(['lineBreak']);
    expect(issues(safeText(100), 'a\ud800b')).toEqual(['brokenChar']);
    expect(issues(requiredLine(100), '  ')).toEqual(['required']);
  });
  it('store Windows line breaks as LF instead of refusing them', () => {
    expect(safeText(100).parse('一行目\r\n二行目\r三行目')).toBe('一行目\n二行目\n三行目');
    expect(normalizeLineBreaks('a\r\n\r\nb')).toBe('a\n\nb');
  });
  it('still limit the length', () => {
    expect(safeText(3).safeParse('abcd').success).toBe(false);
    expect(safeLine(3).safeParse('abc').success).toBe(true);
  });
  it('let a stored record that predates the rule open, and nothing else', () => {
    const schema = z.strictObject({ name: requiredLine(10), note: safeText(10) });
    const old = { name: '山田\u202e', note: 'a\u0000' };
    expect(schema.safeParse(old).success).toBe(false);
    expect(parseStored(schema, old)).toEqual({ success: true, data: old });
    expect(parseStored(schema, { name: '', note: '' }).success).toBe(false);
    expect(parseStored(schema, { name: 'x'.repeat(11), note: '' }).success).toBe(false);
    // The rule is back on once the stored value is read.
    expect(schema.safeParse(old).success).toBe(false);
  });
});
