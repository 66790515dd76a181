import { describe, expect, it } from 'vitest';
import { sampleContactLog } from './sampleLog';

const who = [{ id: 'c1', name: 'x' }];

describe('sampleContactLog', () => {
  it('covers `through` inclusive, a single day too', () => {
    const one = sampleContactLog({ from: '2028-02-29', through: '2028-02-29', count: 5, commissioners: who });
    expect(one.map((c) => c.date)).toEqual(Array(5).fill('2028-02-29'));
    const feb = sampleContactLog({ from: '2028-02-01', through: '2028-02-29', count: 400, commissioners: who });
    expect(feb[0]?.date).toBe('2028-02-01');
    expect(feb.at(-1)?.date).toBe('2028-02-29');
  });

  it('with `months`, the same as before: the last entry before the same day `months` later', () => {
    const log = sampleContactLog({ seed: 3, from: '2026-03-01', months: 1, count: 300, commissioners: who });
    expect(log.every((c) => c.date >= '2026-03-01' && c.date <= '2026-03-31')).toBe(true);
    expect(log.at(-1)?.date).toBe('2026-03-31');
  });

  it('wants exactly one of months and through, and at least one day', () => {
    expect(() => sampleContactLog({ from: '2026-03-01', count: 1, commissioners: who })).toThrow(RangeError);
    expect(() => sampleContactLog({ from: '2026-03-01', months: 1, through: '2026-03-31', count: 1, commissioners: who })).toThrow(
      RangeError,
    );
    expect(() => sampleContactLog({ from: '2026-03-02', through: '2026-03-01', count: 1, commissioners: who })).toThrow(RangeError);
  });

  it('weighs weekdays: no weight, no entries that day', () => {
    const log = sampleContactLog({
      from: '2026-11-01',
      through: '2026-11-30',
      count: 500,
      weekdayWeights: [0, 1, 1, 1, 1, 1, 0],
      commissioners: who,
    });
    const days = new Set(log.map((c) => new Date(`${c.date}T12:00:00Z`).getUTCDay()));
    expect([...days].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('sampleContactLog summaries', () => {
  it('match how the contact was made', () => {
    const log = sampleContactLog({ seed: 7, from: '2026-04-01', months: 12, count: 2000, commissioners: who });
    const about = log.filter((c) => c.personId !== '');
    expect(about.filter((c) => c.kind === '電話').every((c) => c.summary.includes('電話'))).toBe(true);
    expect(about.filter((c) => c.kind !== '電話').some((c) => c.summary.includes('電話'))).toBe(false);
    expect(about.filter((c) => c.kind === '同行').every((c) => c.summary.includes('同行'))).toBe(true);
    expect(log.filter((c) => c.personId === '').every((c) => /定例会|行事|研修/.test(c.summary))).toBe(true);
  });
});
