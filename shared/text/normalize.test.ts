import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from './normalize';

describe('foldForSearch', () => {
  it('folds katakana, half-width kana and case', () => {
    expect(foldForSearch('ヤマダ')).toBe('やまだ');
    expect(foldForSearch('ﾔﾏﾀﾞ')).toBe('やまだ');
    expect(foldForSearch('ＹａｍａＤＡ')).toBe('yamada');
  });
  it('keeps kanji and characters outside the BMP', () => {
    expect(foldForSearch('𠮷田 髙橋')).toBe('𠮷田髙橋');
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
    expect(matchesQuery('吉田', fields)).toBe(false);
  });
  it('needs every piece of a spaced query', () => {
    expect(matchesQuery('よしだ　はな', fields)).toBe(true);
    expect(matchesQuery('よしだ たろう', fields)).toBe(false);
  });
  it('matches everything on an empty query', () => {
    expect(matchesQuery('  ', fields)).toBe(true);
  });
});
