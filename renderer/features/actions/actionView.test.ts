import { describe, expect, it } from 'vitest';
import { actionCounts, ownerOptions, withoutTrashedSources } from './actionView';

describe('the やること list', () => {
  it('counts open items and, of those, the overdue ones', () => {
    const items = [
      { status: 'open' as const, due: '2026-11-20' },
      { status: 'open' as const, due: '2026-11-27' },
      { status: 'open' as const, due: '2026-12-30' },
      { status: 'done' as const, due: '2026-11-01' },
    ];
    expect(actionCounts(items, '2026-11-27')).toEqual({ open: 3, overdue: 1 });
    expect(actionCounts([], '2026-11-27')).toEqual({ open: 0, overdue: 0 });
  });
  it('offers each owner once, in Japanese order', () => {
    expect(ownerOptions([{ owner: '佐藤' }, { owner: 'あべ' }, { owner: '佐藤' }])).toEqual(['あべ', '佐藤']);
  });
  it('leaves out items whose meeting is in the trash', () => {
    expect(withoutTrashedSources([{ sourceId: 'm1' }, { sourceId: 'm2' }], new Set(['m2']))).toEqual([{ sourceId: 'm1' }]);
  });
});
