import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './strength';

describe('passphraseStrength', () => {
  it('calls short or repetitive passphrases weak', () => {
    expect(passphraseStrength('abc')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
  });
  it('grows with length and variety', () => {
    expect(passphraseStrength('tsurumi2026')).toBe('fair');
    expect(passphraseStrength('つるみの海は春が好き')).toBe('good');
    expect(passphraseStrength('つるみの海は春が好き、Tsurumi 2026!')).toBe('strong');
  });
});
