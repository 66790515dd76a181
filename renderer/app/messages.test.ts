import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES, appMessages } from './messages';
import { mergeMessages } from '../i18n/messages';

function paths(o: unknown, prefix = ''): string[] {
  if (typeof o === 'string') return [prefix];
  if (!o || typeof o !== 'object') return [`${prefix}:not-a-string`];
  return Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the app’s strings', () => {
  it('have the same keys in Japanese and English, every one a string', () => {
    expect(paths(appMessages.en).sort()).toEqual(paths(appMessages.ja).sort());
  });

  it('refuse a namespace claimed by two features', () => {
    const part = { ja: { persons: { a: 'あ' } }, en: { persons: { a: 'a' } } };
    expect(() => mergeMessages([...ALL_MESSAGES, part])).toThrow(/persons/);
  });

  it('have every key a screen asks for with a literal t(…) call', () => {
    const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    const known = new Set(paths(appMessages.ja));
    const missing: string[] = [];
    for (const [f, src] of Object.entries(sources)) {
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = m[1] ?? '';
        // A key may name a subtree (t('x', { returnObjects: true })) or a plural base.
        if (!known.has(key) && ![...known].some((k) => k.startsWith(`${key}.`) || k.startsWith(`${key}_`))) missing.push(`${f}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
