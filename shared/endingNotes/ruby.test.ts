import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../print/ruby';
import { kanjiWithoutRuby, parseRuby, prefixed, rubyPlain } from './ruby';

describe('ruby notation 「｜漢字《かんじ》」 in template text', () => {
  it('reads an explicit base after ｜ (or |) up to 《, and the reading up to 》', () => {
    expect(parseRuby('｜漢字《かんじ》を書く')).toEqual([{ base: '漢字', ruby: 'かんじ' }, 'を書く']);
    expect(parseRuby('お|葬式《そうしき》')).toEqual(['お', { base: '葬式', ruby: 'そうしき' }]);
    // The explicit base may be anything, kana and Latin too.
    expect(parseRuby('｜ＡＩ《エーアイ》')).toEqual([{ base: 'ＡＩ', ruby: 'エーアイ' }]);
    expect(parseRuby('｜読《よ》み｜方《かた》')).toEqual([{ base: '読', ruby: 'よ' }, 'み', { base: '方', ruby: 'かた' }]);
  });

  it('without a bar, the base is the run of kanji just before 《', () => {
    expect(parseRuby('わたしの名前《なまえ》です')).toEqual(['わたしの', { base: '名前', ruby: 'なまえ' }, 'です']);
    expect(parseRuby('佐々木《ささき》')).toEqual([{ base: '佐々木', ruby: 'ささき' }]);
    // Characters outside the BMP and variation sequences stay in the base whole.
    expect(parseRuby('𠮷野《よしの》さん')).toEqual([{ base: '𠮷野', ruby: 'よしの' }, 'さん']);
    expect(parseRuby('葛\u{E0100}城《かつらぎ》')).toEqual([{ base: '葛\u{E0100}城', ruby: 'かつらぎ' }]);
  });

  it('leaves everything else as it is written', () => {
    for (const literal of [
      'ふつうの文です。',
      'カナ《かな》', // no kanji and no bar before 《
      '《かな》だけ',
      '｜漢字《》', // empty reading
      '｜《かな》', // empty base
      '｜漢字《かんじ', // unclosed
      '漢字《かん\nじ》', // a reading never spans lines
      '｜だけ',
      '》と《',
    ])
      expect(parseRuby(literal), literal).toBe(literal.startsWith('｜《') ? '《かな》' : literal);
    // ｜《 writes a literal 《, also right after a kanji.
    expect(parseRuby('書名｜《注》')).toBe('書名《注》');
  });

  it('plain text is the text without readings; prefixes go before the runs', () => {
    expect(rubyPlain('やさしい ｜日本語《にほんご》の ノート')).toBe('やさしい 日本語の ノート');
    expect(plainText(prefixed('1. ', parseRuby('｜自分《じぶん》のこと')))).toBe('1. 自分のこと');
    expect(prefixed('1. ', 'わたし')).toBe('1. わたし');
  });

  it('finds the kanji that carry no reading', () => {
    expect(kanjiWithoutRuby('｜名前《なまえ》を書く')).toEqual(['書']);
    expect(kanjiWithoutRuby('｜名前《なまえ》を ｜書《か》く')).toEqual([]);
    expect(kanjiWithoutRuby('佐々木《ささき》と々')).toEqual(['々']);
  });

  it('text with no 《 comes back unchanged, as a string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replace(/《/g, '');
        expect(parseRuby(text)).toBe(text);
      }),
    );
  });

  it('runs always say the same text as the notation without its readings (property)', () => {
    const piece = fc.constantFrom('漢字', '名前', 'を', 'の ', '｜', '|', '《', '》', 'かな', '《よみ》', '\n', '𠮷', '々');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const rich = parseRuby(text);
        const runs = typeof rich === 'string' ? [rich] : rich;
        // Rebuilding the notation from the runs and parsing it again gives the same runs.
        const again = runs.map((r) => (typeof r === 'string' ? r.replace(/《/g, '｜《') : `｜${r.base}《${r.ruby}》`)).join('');
        expect(parseRuby(again)).toEqual(rich);
        for (const r of runs) if (typeof r !== 'string') expect(r.ruby).not.toMatch(/[《》｜|\n]/);
      }),
    );
  });
});
