import { describe, expect, it } from 'vitest';
import { KANJI_VARIANT_CLASSES } from './kanjiVariants';
import { foldForSearch, matchesQuery } from './normalize';

describe('foldForSearch', () => {
  it('folds katakana, half-width kana and case', () => {
    expect(foldForSearch('ヤマダ')).toBe('やまだ');
    expect(foldForSearch('ﾔﾏﾀﾞ')).toBe('やまだ');
    expect(foldForSearch('ＹａｍａＤＡ')).toBe('yamada');
  });
  it('keeps characters outside the BMP whole', () => {
    expect(foldForSearch('𠮷田 髙橋')).toBe('吉田高橋');
    expect(foldForSearch('𩸽 ホッケ')).toBe('𩸽ほっけ');
  });
  it('keeps ヶ as written (a place-name kanji reading, not a kana to fold)', () => {
    expect(foldForSearch('獅子ヶ谷')).toBe('獅子ヶ谷');
  });
});

describe('matchesQuery', () => {
  const fields = ['𠮷田 花子', 'よしだ はなこ'];
  it('matches partial names in any script', () => {
    expect(matchesQuery('ヨシダ', fields)).toBe(true);
    expect(matchesQuery('ﾊﾅ', fields)).toBe(true);
    expect(matchesQuery('𠮷', fields)).toBe(true);
    expect(matchesQuery('吉田', fields)).toBe(true);
    expect(matchesQuery('古田', fields)).toBe(false);
  });
  it('needs every piece of a spaced query', () => {
    expect(matchesQuery('よしだ　はな', fields)).toBe(true);
    expect(matchesQuery('よしだ たろう', fields)).toBe(false);
  });
  it('matches everything on an empty query', () => {
    expect(matchesQuery('  ', fields)).toBe(true);
  });
});

// [standard, variant]: a query in either finds a name written in the other.
const VARIANT_PAIRS: readonly (readonly [string, string])[] = [
  ['高橋', '髙橋'],
  ['吉野', '𠮷野'],
  ['山崎', '山﨑'],
  ['山崎', '山嵜'],
  ['渡辺', '渡邊'],
  ['渡辺', '渡邉'],
  ['渡邊', '渡邉'],
  ['斉藤', '齋藤'],
  ['斉藤', '齊藤'],
  ['斎藤', '齋藤'],
  ['斎藤', '齊藤'],
  ['斉藤', '斎藤'],
  ['沢田', '澤田'],
  ['浜田', '濱田'],
  ['浜田', '濵田'],
  ['広田', '廣田'],
  ['桜井', '櫻井'],
  ['竜也', '龍也'],
  ['国男', '國男'],
  ['島田', '嶋田'],
  ['島田', '嶌田'],
  ['富田', '冨田'],
  ['徳永', '德永'],
  ['恵子', '惠子'],
  ['槙野', '槇野'],
  ['蔵本', '藏本'],
  ['曽根', '曾根'],
  ['北条', '北條'],
  ['関口', '關口'],
  ['瀬戸', '瀨戸'],
  ['館野', '舘野'],
  ['峰岸', '峯岸'],
  ['桑原', '桒原'],
  ['野村', '埜村'],
  ['真理', '眞理'],
  ['弥生', '彌生'],
  ['実', '實'],
  ['寿子', '壽子'],
  ['礼子', '禮子'],
  ['亀井', '龜井'],
  ['万里', '萬里'],
  ['会田', '會田'],
  ['桧山', '檜山'],
  ['穂積', '穗積'],
  ['清水', '淸水'],
  ['静江', '靜江'],
  ['栄一', '榮一'],
  ['与謝野', '與謝野'],
  ['凛', '凜'],
  ['大塚', '大塚'],
];

describe('variant kanji fold together', () => {
  it.each(VARIANT_PAIRS)('%s finds %s and back', (standard, variant) => {
    expect(matchesQuery(standard, [`${variant} 花子`])).toBe(true);
    expect(matchesQuery(variant, [`${standard} 花子`])).toBe(true);
    expect(foldForSearch(standard)).toBe(foldForSearch(variant));
  });

  it.each([
    ['坂', '阪'],
    ['崎', '埼'],
    ['界', '堺'],
    ['乙', '隠'],
    ['往', '匡'],
    ['裏', '裡'],
    ['井', '丼'],
  ])('keeps %s and %s apart (different characters the raw data links)', (a, b) => {
    expect(matchesQuery(a, [b])).toBe(false);
    expect(matchesQuery(b, [a])).toBe(false);
  });

  it('folds a part of a name, so typing one character is enough', () => {
    expect(matchesQuery('髙', ['高橋 正雄'])).toBe(true);
    expect(matchesQuery('邊', ['渡辺 ハナ'])).toBe(true);
    expect(matchesQuery('辺', ['渡邉󠄂 ハナ'])).toBe(true);
  });
});

describe('variation selectors', () => {
  it('drops ideographic variation selectors (U+E0100…) from the key', () => {
    expect(foldForSearch('葛\u{E0100}飾')).toBe('葛飾');
    expect(matchesQuery('葛飾', ['葛\u{E0101}飾 区'])).toBe(true);
    expect(matchesQuery('辻\u{E0100}', ['辻 太郎'])).toBe(true);
    expect(matchesQuery('邉\u{E010B}', ['渡邊 花子'])).toBe(true);
  });
  it('drops standardized variation selectors (U+FE00…)', () => {
    expect(foldForSearch('神\uFE00田')).toBe('神田');
    expect(matchesQuery('神田', ['神\uFE00田 一郎'])).toBe(true);
  });
});

describe('the variant table', () => {
  const lines = KANJI_VARIANT_CLASSES.split('\n').filter((l) => l !== '');
  it('holds each character in one class only, each class of two or more', () => {
    const seen = new Map<string, number>();
    lines.forEach((line, i) => {
      const chars = [...line];
      expect(chars.length, line).toBeGreaterThanOrEqual(2);
      for (const ch of chars) {
        expect(seen.get(ch), `${ch} in lines ${seen.get(ch)} and ${i}`).toBeUndefined();
        seen.set(ch, i);
      }
    });
    expect(lines.length).toBeGreaterThan(2000);
  });
  it('holds only ideographs as the search key sees them (NFKC-stable, no selectors)', () => {
    for (const ch of [...lines.join('')]) {
      expect(ch.normalize('NFKC'), ch).toBe(ch);
      expect(/\p{Script=Han}/u.test(ch), `U+${(ch.codePointAt(0) ?? 0).toString(16)}`).toBe(true);
    }
  });
});
