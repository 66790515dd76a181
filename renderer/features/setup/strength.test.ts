import { describe, expect, it } from 'vitest';
import { passphraseReport, passphraseStrength } from './strength';

describe('passphraseStrength', () => {
  it('calls short or repetitive passphrases weak', () => {
    expect(passphraseStrength('abc')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
  });
  it('grows with length and variety', () => {
    expect(passphraseStrength('tsurumi-no-umi')).toBe('fair');
    expect(passphraseStrength('つるみの海は春が好き')).toBe('good');
    expect(passphraseStrength('つるみの海は春が好き、Tsurumi 2026!')).toBe('strong');
  });
});

describe('guessable parts make a long passphrase weak, and say why', () => {
  const cases: [string, string[]][] = [
    ['password1234', ['common', 'sequence']],
    ['Passw0rd!2026', ['common', 'date']],
    ['ＰＡＳＳＷＯＲＤ１２３４', ['common', 'sequence']],
    ['qwertyuiop12', ['keyboard']],
    ['abcdefghijkl', ['sequence']],
    ['あいうえおかきくけこ', ['sequence']],
    ['tsurumi19550412', ['date']],
    ['tsurumi2026', ['date']],
    ['tsurumi090-1234-5678', ['sequence', 'phone']],
    ['hanahanahanahana', ['repeat']],
    ['パスワードは1234です', ['common', 'sequence']],
  ];
  for (const [p, reasons] of cases) {
    it(p, () => {
      const r = passphraseReport(p);
      expect(r.strength).toBe('weak');
      for (const reason of reasons) expect(r.reasons).toContain(reason);
    });
  }

  it('a guessable part inside a long sentence is named but does not make it weak', () => {
    const r = passphraseReport('つるみの海は春が好き 2026');
    expect(r.reasons).toEqual(['date']);
    expect(r.strength).toBe('strong');
  });

  it('a passphrase with nothing guessable gives no reasons', () => {
    expect(passphraseReport('つるみの海は春が好き').reasons).toEqual([]);
    expect(passphraseReport('港の灯りと𠮷田さんの自転車').reasons).toEqual([]);
  });
});
