import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonDraftCodec } from './jsonDraft';

const codec = jsonDraftCodec(z.object({ title: z.string(), rows: z.array(z.object({ name: z.string(), n: z.number() })) }));

describe('jsonDraftCodec', () => {
  it('round-trips a value with a list of objects', () => {
    const v = {
      title: '𠮷田',
      rows: [
        { name: '長女', n: 1 },
        { name: '', n: 0 },
      ],
    };
    expect(codec.encode(v)).toEqual({ json: JSON.stringify(v) });
    expect(codec.decode(codec.encode(v))).toEqual(v);
  });
  it('gives null for the empty draft', () => {
    expect(codec.empty).toEqual({ json: '' });
    expect(codec.decode(codec.empty)).toBeNull();
  });
  it('gives null for text that is not JSON', () => {
    expect(codec.decode({ json: '{not json' })).toBeNull();
  });
  it('gives null for JSON of the wrong shape', () => {
    expect(codec.decode({ json: JSON.stringify({ title: 'x', rows: [{ name: 'a' }] }) })).toBeNull();
    expect(codec.decode({ json: 'null' })).toBeNull();
  });
});
