import { describe, expect, it } from 'vitest';
import { ageOn, fiscalYear, formatDateJa, formatWareki, isValidIsoDate, tokyoDate } from './dates';

describe('dates (run under TZ=UTC and TZ=Asia/Tokyo by npm test)', () => {
  it('gives Tokyo’s date for an instant late in the UTC day', () => {
    // 2026-11-27 15:30 UTC is already 2026-11-28 00:30 in Tokyo.
    expect(tokyoDate(Date.UTC(2026, 10, 27, 15, 30))).toBe('2026-11-28');
    expect(tokyoDate(Date.UTC(2026, 10, 27, 14, 59))).toBe('2026-11-27');
  });
  it('formats 和暦 with 元年 and era boundaries', () => {
    expect(formatWareki('1948-03-15')).toBe('昭和23年3月15日');
    expect(formatWareki('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatDateJa('2026-11-27')).toBe('2026年11月27日（令和8年11月27日）');
  });
  it('puts January–March in the previous fiscal year', () => {
    expect(fiscalYear('2027-03-31')).toBe(2026);
    expect(fiscalYear('2026-04-01')).toBe(2026);
    expect(fiscalYear('2026-03-31')).toBe(2025);
  });
  it('validates calendar dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-2-1')).toBe(false);
  });
  it('counts age in whole years', () => {
    expect(ageOn('1948-03-15', '2026-03-14')).toBe(77);
    expect(ageOn('1948-03-15', '2026-03-15')).toBe(78);
  });
});
