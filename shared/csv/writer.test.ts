import { describe, expect, it } from 'vitest';
import { csvText, encodeCsv, neutraliseFormula, restoreNeutralised, shiftJisUnfit } from './writer';
import { fitsShiftJis } from './shiftJis';
import { readCsv } from './reader';

const sjis = (bytes: Uint8Array) => new TextDecoder('shift_jis', { fatal: true }).decode(bytes);

describe('csvText', () => {
  it('ends every row with CRLF and quotes a cell with a comma, a quote, CR or LF (RFC 4180)', () => {
    expect(csvText([['a', 'b,c'], ['say "hi"', 'x\r\ny'], ['cr\r', 'lf\n'], []])).toBe(
      'a,"b,c"\r\n"say ""hi""","x\r\ny"\r\n"cr\r","lf\n"\r\n\r\n',
    );
  });

  it('writes numbers as numbers (a count of -1 is not a formula) and nothing for NaN', () => {
    expect(csvText([[3, -1, 0.5, Number.NaN]])).toBe('3,-1,0.5,\r\n');
  });
});

describe('neutraliseFormula (CSV injection)', () => {
  const evaluated = [
    '=1+1',
    '=HYPERLINK("http://example.invalid","click")',
    "=cmd|' /C calc'!A0",
    '+81 45 000 0000',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '  =1',
    '\u3000=1',
    '\n=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    '﹦1',
    '﹢1',
    '﹣1',
    '﹫x',
    '⁼1',
    '⁺1',
    '−1',
    '\t',
    '\r',
    // Typed with an apostrophe already: one more, so that reading it back gives it as typed.
    "'=already",
  ];
  it.each(evaluated)('%j gets a leading apostrophe and keeps every character', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  const plain = ['山田 太郎', '1-2-3', 'a=b', '045-000-0000', '', ' ', "'quoted'", '（=）', '1+1'];
  it.each(plain)('%j stays as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is undone on the way back in only where the apostrophe guards a formula start', () => {
    expect(restoreNeutralised("'=1+1")).toBe('=1+1');
    expect(restoreNeutralised("'＋81")).toBe('＋81');
    expect(restoreNeutralised("'quoted'")).toBe("'quoted'");
    expect(restoreNeutralised("''=x")).toBe("'=x");
    expect(restoreNeutralised(neutraliseFormula("'=x"))).toBe("'=x");
  });

  it('applies to every text cell the writer writes, the header included', () => {
    expect(
      csvText([
        ['=x', 'ok'],
        ['@a', '-1'],
      ]),
    ).toBe("'=x,ok\r\n'@a,'-1\r\n");
  });
});

describe('encodeCsv', () => {
  const rows = [
    ['氏名', '住所'],
    ['𠮷田 ハル', '=1+1'],
  ];

  it('UTF-8: a BOM, then the CSV text with CRLF', () => {
    const r = encodeCsv(rows, 'utf-8');
    if (!r.ok) throw new Error('utf-8 refused');
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(r.bytes)).toBe("氏名,住所\r\n𠮷田 ハル,'=1+1\r\n");
  });

  it('Shift_JIS: refuses while any character cannot be held, listing each with its row and column', () => {
    const r = encodeCsv(
      [
        ['氏名', '住所', 'メモ'],
        ['𠮷田 髙﨑', '鶴見区①丁目', '😀'],
        ['김 민준', '波〜線 と ～', '葛\u{E0100}飾 👨‍👩‍👧 \uE000'],
      ],
      'shift_jis',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.unfit.map((u) => [u.text, u.row, u.column])).toEqual([
      ['𠮷', 2, 1],
      ['😀', 2, 3],
      ['김', 3, 1],
      ['민', 3, 1],
      ['준', 3, 1],
      ['〜', 3, 2],
      ['葛\u{E0100}', 3, 3],
      ['👨‍👩‍👧', 3, 3],
      ['\uE000', 3, 3],
    ]);
    expect(r.unfit[0]?.codePoints).toBe('U+20BB7');
    expect(r.unfit[5]?.codePoints).toBe('U+301C');
    expect(r.unfit[6]?.codePoints).toBe('U+845B U+E0100');
  });

  it('Shift_JIS after the choice to go on: each listed character becomes one ?, the rest is exact, no BOM', async () => {
    const r = encodeCsv(
      [
        ['氏名', '住所'],
        ['𠮷田 髙﨑', '👨‍👩‍👧と〜'],
      ],
      'shift_jis',
      { replaceUnfit: true },
    );
    if (!r.ok) throw new Error('refused');
    expect(r.replaced.map((u) => u.text)).toEqual(['𠮷', '👨‍👩‍👧', '〜']);
    expect(r.bytes[0]).not.toBe(0xef);
    expect(sjis(r.bytes)).toBe('氏名,住所\r\n?田 髙﨑,?と?\r\n');
    const back = await readCsv(r.bytes);
    expect(back.encoding).toBe('shift_jis');
    expect(back.rows).toEqual([
      ['氏名', '住所'],
      ['?田 髙﨑', '?と?'],
    ]);
  });

  it('Shift_JIS holds what CP932 holds: 髙 﨑 ① ㈱ ～ half-width ｶﾅ', () => {
    const text = '髙﨑①㈱～ｶﾅ';
    expect([...text].every(fitsShiftJis)).toBe(true);
    expect(shiftJisUnfit([[text]])).toEqual([]);
    const r = encodeCsv([[text]], 'shift_jis');
    if (!r.ok) throw new Error('refused');
    expect(sjis(r.bytes)).toBe(`${text}\r\n`);
  });
});
