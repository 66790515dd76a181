import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../../shared/persons/person';
import { mergeDraft } from './useDraft';

describe('mergeDraft', () => {
  it('keeps what matches the template and drops the rest', () => {
    const t = emptyPerson('d01');
    const merged = mergeDraft(t, { name: '𠮷田', note: 42, evil: 'x', consent: { given: true, scopes: ['民生委員', 3] }, careFlags: 'no' });
    expect(merged.name).toBe('𠮷田');
    expect(merged.note).toBe('');
    expect(merged.consent.given).toBe(true);
    expect(merged.consent.scopes).toEqual([]);
    expect(merged.careFlags).toEqual([]);
    expect('evil' in merged).toBe(false);
  });
  it('falls back to the template for garbage', () => {
    expect(mergeDraft(emptyPerson('d01'), 'garbage')).toEqual(emptyPerson('d01'));
  });
});
