import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { AppError } from '../errors/codes';
import { CSV_LIMITS, readCsv } from './reader';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => utf8(`\uFEFF${s}`);
const sjis = (s: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(s), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
const bytes = (...b: number[]) => Uint8Array.from(b);

async function code(input: Uint8Array, opts?: Parameters<typeof readCsv>[1]): Promise<{ code: string; detail: unknown }> {
  try {
    await readCsv(input, opts);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, detail: e.detail };
  }
  throw new Error('read without an error');
}

const ROSTER = '氏名,ふりがな,生年月日\r\n𠮷田 髙﨑,よしだ,1940/4/1\r\n"山田, ""ハル""",やまだ,昭和15年4月1日\r\n';
const ROSTER_ROWS = [
  ['氏名', 'ふりがな', '生年月日'],
  ['𠮷田 髙﨑', 'よしだ', '1940/4/1'],
  ['山田, "ハル"', 'やまだ', '昭和15年4月1日'],
];

describe('readCsv: encodings', () => {
  it('UTF-8 with a BOM (Excel 「CSV UTF-8」): the BOM is not part of the first header', async () => {
    const t = await readCsv(withBom(ROSTER));
    expect(t.encoding).toBe('utf-8');
    expect(t.rows).toEqual(ROSTER_ROWS);
  });

  it('UTF-8 without a BOM', async () => {
    expect(await readCsv(utf8(ROSTER))).toEqual({ encoding: 'utf-8', rows: ROSTER_ROWS });
  });

  it('Shift_JIS (Excel 「CSV」 on Japanese Windows), NEC and IBM extensions and half-width kana included', async () => {
    const text = '氏名,住所\r\n髙﨑 ｶﾅ,鶴見区①丁目 ㈱～\r\n';
    const t = await readCsv(sjis(text));
    expect(t.encoding).toBe('shift_jis');
    expect(t.rows).toEqual([
      ['氏名', '住所'],
      ['髙﨑 ｶﾅ', '鶴見区①丁目 ㈱～'],
    ]);
  });

  it('Shift_JIS double-byte characters across every parser chunk boundary', async () => {
    const text = `氏名\r\n${'表示ソ能'.repeat(50)}\r\n`;
    for (const chunkChars of [2, 3, 5, 7, 64]) expect((await readCsv(sjis(text), { chunkChars })).rows[1]?.[0]).toBe('表示ソ能'.repeat(50));
  });

  it('non-BMP names (𠮷, emoji with ZWJ and skin tone) at every chunk boundary', async () => {
    const name = '𠮷野 👩🏽‍🦳 𩸽';
    const text = `氏名,"メモ"\r\n${name},"${name}\r\n${name}"\r\n`;
    for (const chunkChars of [2, 3, 4, 5, 6, 9]) {
      expect((await readCsv(utf8(text), { chunkChars })).rows).toEqual([
        ['氏名', 'メモ'],
        [name, `${name}\r\n${name}`],
      ]);
    }
  });

  it('a short Shift_JIS file that is also valid UTF-8 reads as the Japanese it is; UTF-8 wins a tie', async () => {
    expect(await readCsv(sjis('皀　\r\n'))).toEqual({ encoding: 'shift_jis', alternative: 'utf-8', rows: [['皀　']] });
    expect(await readCsv(utf8('あ\r\n'))).toEqual({ encoding: 'utf-8', rows: [['あ']] });
    expect(await readCsv(utf8('abc\r\n'))).toEqual({ encoding: 'utf-8', rows: [['abc']] });
  });

  it('a UTF-16 file (Excel 「Unicode テキスト」), little or big endian, is named as such', async () => {
    expect((await code(bytes(0xff, 0xfe, 0x0f, 0x6c))).code).toBe('CsvEncodingUnsupported');
    expect((await code(bytes(0xfe, 0xff, 0x6c, 0x0f))).code).toBe('CsvEncodingUnsupported');
  });
});

describe('readCsv: line ends', () => {
  it.each([
    ['CRLF', 'a,b\r\nc,d\r\n'],
    ['LF', 'a,b\nc,d\n'],
    ['CR (old Mac Excel)', 'a,b\rc,d\r'],
    ['no line end at the end', 'a,b\r\nc,d'],
    ['mixed', 'a,b\r\nc,d\n'],
  ])('%s', async (_, text) => {
    for (const chunkChars of [2, 3, 1000])
      expect((await readCsv(utf8(text), { chunkChars })).rows).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
  });

  it('keeps CRLF, LF and CR inside a quoted cell as they are', async () => {
    expect((await readCsv(utf8('a\r\n"1\r\n2\n3\r4"\r\n'))).rows).toEqual([['a'], ['1\r\n2\n3\r4']]);
  });

  it('a blank line is a row of one empty cell (the import skips it), not the end', async () => {
    expect((await readCsv(utf8('a\r\n\r\nb\r\n'))).rows).toEqual([['a'], [''], ['b']]);
  });
});

describe('readCsv: sizes and shapes', () => {
  it('an empty file, a BOM alone and blank lines are CsvEmpty', async () => {
    expect((await code(new Uint8Array(0))).code).toBe('CsvEmpty');
    expect((await code(bytes(0xef, 0xbb, 0xbf))).code).toBe('CsvEmpty');
    expect((await code(utf8('\r\n\r\n  \r\n'))).code).toBe('CsvEmpty');
  });

  it('a header alone reads as one row', async () => {
    expect((await readCsv(withBom('氏名,ふりがな\r\n'))).rows).toEqual([['氏名', 'ふりがな']]);
  });

  it('a 10,000-character cell reads whole; one over 32,767 characters is CsvCellTooLong with its row and column', async () => {
    const long = '長'.repeat(10_000);
    expect((await readCsv(utf8(`a,b\r\nx,${long}\r\n`))).rows[1]?.[1]).toBe(long);
    const tooLong = 'x'.repeat(CSV_LIMITS.maxCellChars + 1);
    expect(await code(utf8(`a,b\r\nx,y\r\nz,"${tooLong}"\r\n`))).toEqual({
      code: 'CsvCellTooLong',
      detail: { row: 3, column: 2, max: CSV_LIMITS.maxCellChars },
    });
  });

  it('more than 20 MB is CsvTooLarge before anything is decoded', async () => {
    const big = new Uint8Array(CSV_LIMITS.maxBytes + 1).fill(0x41);
    expect(await code(big)).toEqual({ code: 'CsvTooLarge', detail: { max: 20 } });
  });

  it('more rows than the limit is CsvTooManyRows (the default, 20,001 with the header)', async () => {
    expect(CSV_LIMITS.maxRows).toBe(20_001);
    expect((await readCsv(utf8('a\n'.repeat(CSV_LIMITS.maxRows)))).rows).toHaveLength(CSV_LIMITS.maxRows);
    expect((await code(utf8('a\n'.repeat(CSV_LIMITS.maxRows + 1)))).code).toBe('CsvTooManyRows');
  });

  it('more columns than the limit is CsvTooManyColumns with the row', async () => {
    expect(await code(utf8(`a,b\r\n${','.repeat(CSV_LIMITS.maxColumns)}\r\n`))).toEqual({
      code: 'CsvTooManyColumns',
      detail: { row: 2, max: CSV_LIMITS.maxColumns },
    });
  });

  it('a header named __proto__, constructor or prototype is text: no object is polluted', async () => {
    const t = await readCsv(utf8('__proto__,constructor,prototype,toString\r\n{"polluted":1},x,y,z\r\n'));
    expect(t.rows[0]).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(t.rows[1]?.[0]).toBe('{"polluted":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(t.rows[1])).toBe(Array.prototype);
  });
});

describe('readCsv: broken files are refused with their own code', () => {
  it('Shift_JIS cut in the middle of a double-byte character is CsvTruncated', async () => {
    const whole = sjis('氏名\r\n鶴見');
    expect(await code(whole.subarray(0, whole.length - 1))).toEqual({ code: 'CsvTruncated', detail: { encoding: 'shift_jis' } });
  });

  it('UTF-8 cut in the middle of a character (with or without BOM) is CsvTruncated', async () => {
    for (const whole of [utf8('氏名\r\n鶴見'), withBom('氏名\r\n鶴見'), utf8('氏名\r\n𠮷')]) {
      for (const cut of [1, 2]) expect((await code(whole.subarray(0, whole.length - cut))).code).toBe('CsvTruncated');
    }
  });

  it('an unbalanced quote is CsvQuotes with the row where the open cell starts', async () => {
    expect(await code(utf8('氏名,住所\r\n山田,鶴見\r\n"佐藤,市場\r\n鈴木,豊岡\r\n'))).toMatchObject({
      code: 'CsvQuotes',
      detail: { row: 3 },
    });
    expect((await code(utf8('"'))).code).toBe('CsvQuotes');
  });

  it('an Excel workbook (.xlsx, .xls) picked instead of a CSV is CsvWorkbook', async () => {
    expect((await code(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).code).toBe('CsvWorkbook');
    expect((await code(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).code).toBe('CsvWorkbook');
  });

  it('a PDF, an image, an RTF, a web page, an XML spreadsheet or JSON is CsvNotCsv', async () => {
    for (const text of [
      '%PDF-1.7\n',
      '{\\rtf1\\ansi',
      '<!DOCTYPE html><table>',
      '  <html>',
      '<?xml version="1.0"?><Workbook>',
      '{"a":1}',
      '[{"a":1}]',
    ])
      expect((await code(utf8(text))).code, text).toBe('CsvNotCsv');
    expect((await code(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).code).toBe('CsvNotCsv');
    expect((await code(bytes(0xff, 0xd8, 0xff, 0xe0))).code).toBe('CsvNotCsv');
    // '<' or '{' that starts ordinary text is still CSV.
    expect((await readCsv(utf8('<未定>,{仮}\r\n'))).rows).toEqual([['<未定>', '{仮}']]);
  });

  it('binary garbage (NUL bytes, control characters, bytes no encoding defines) is CsvNotText', async () => {
    expect((await code(bytes(0x41, 0x00, 0x42, 0x2c, 0x43))).code).toBe('CsvNotText');
    expect((await code(utf8('a,b\r\n\x1b[31mred\r\n'))).code).toBe('CsvNotText');
    expect((await code(bytes(0x41, 0x80, 0xa0, 0xfd, 0xfe, 0x42))).code).toBe('CsvNotText');
    expect((await code(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff, 0x41))).code).toBe('CsvNotText');
  });
});
