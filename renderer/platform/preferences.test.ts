import { describe, expect, it } from 'vitest';
import { clearPreferences, loadPreferences } from './preferences';

function storage(initial: string | null) {
  const items = new Map<string, string>();
  if (initial !== null) items.set('ainet.preferences', initial);
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}
const DEFAULTS = { textSize: 'normal', language: 'ja', vault: 'main' };

describe('loadPreferences', () => {
  it('reads what was saved, and fills what an older version did not save', () => {
    expect(loadPreferences(storage('{"textSize":"xlarge","language":"en","vault":"demo"}'))).toEqual({
      prefs: { textSize: 'xlarge', language: 'en', vault: 'demo' },
      reset: false,
    });
    expect(loadPreferences(storage('{"textSize":"large"}'))).toEqual({ prefs: { ...DEFAULTS, textSize: 'large' }, reset: false });
  });

  it('is quiet on a first start (nothing saved)', () => {
    const s = storage(null);
    expect(loadPreferences(s)).toEqual({ prefs: DEFAULTS, reset: false });
    expect(s.items.size).toBe(0);
  });

  for (const [what, saved] of [
    ['not JSON', '{"textSize": "lar'],
    ['not an object', '"xlarge"'],
    ['an array', '["xlarge"]'],
    ['null', 'null'],
    ['a value this version does not know', '{"textSize":"huge","language":"ja"}'],
    ['a language it does not know', '{"language":"fr"}'],
  ] as const) {
    it(`says it reset when the saved value is ${what}, and writes the defaults back so it says so once`, () => {
      const s = storage(saved);
      expect(loadPreferences(s)).toEqual({ prefs: DEFAULTS, reset: true });
      expect(loadPreferences(s)).toEqual({ prefs: DEFAULTS, reset: false });
    });
  }

  it('says it reset when storage cannot be read at all', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadPreferences(broken)).toEqual({ prefs: DEFAULTS, reset: true });
  });
});

describe('clearPreferences', () => {
  it("removes this app's keys and nothing else", () => {
    const items = new Map<string, string>([
      ['ainet.preferences', '{"textSize":"xlarge"}'],
      ['ainet.somethingLater', '1'],
      ['other-app', 'keep'],
      ['ainetish', 'keep'],
    ]);
    const s = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      removeItem: (k: string) => void items.delete(k),
    };
    clearPreferences(s);
    expect([...items.keys()]).toEqual(['other-app', 'ainetish']);
    expect(loadPreferences({ getItem: (k) => items.get(k) ?? null, setItem: () => undefined })).toEqual({ prefs: DEFAULTS, reset: false });
  });
});
