import { describe, expect, it } from 'vitest';
import {
  eraYearEn,
  formatDateEn,
  formatDayEn,
  formatFiscalYearEn,
  formatInstantEn,
  formatMonthEn,
  formatShortDateEn,
  formatWarekiEn,
} from './datesEn';
import { formatWareki } from './dates';

const ERA_JA_EN: Record<string, string> = { 明治: 'Meiji', 大正: 'Taisho', 昭和: 'Showa', 平成: 'Heisei', 令和: 'Reiwa' };

describe('English dates', () => {
  it('writes day, short month, year and the era year', () => {
    expect(formatDateEn('2026-11-30')).toBe('30 Nov 2026 (Reiwa 8)');
    expect(formatDateEn('1948-03-15')).toBe('15 Mar 1948 (Showa 23)');
    expect(formatWarekiEn('1948-03-15')).toBe('15 Mar Showa 23');
    expect(formatShortDateEn('2027-01-05')).toBe('5 Jan 2027');
    expect(formatMonthEn('2026-12')).toBe('Dec 2026');
    expect(formatFiscalYearEn(2026)).toBe('FY2026 (Reiwa 8)');
    expect(formatFiscalYearEn(2018)).toBe('FY2018 (Heisei 30)');
    expect(formatFiscalYearEn(2019)).toBe('FY2019 (Reiwa 1)');
  });

  it('changes era on the day the Japanese calendar does', () => {
    expect(eraYearEn('1912-07-29')).toBe('Meiji 45');
    expect(eraYearEn('1912-07-30')).toBe('Taisho 1');
    expect(eraYearEn('1926-12-24')).toBe('Taisho 15');
    expect(eraYearEn('1926-12-25')).toBe('Showa 1');
    expect(eraYearEn('1989-01-07')).toBe('Showa 64');
    expect(eraYearEn('1989-01-08')).toBe('Heisei 1');
    expect(eraYearEn('2019-04-30')).toBe('Heisei 31');
    expect(eraYearEn('2019-05-01')).toBe('Reiwa 1');
  });

  it('agrees with the Japanese era form on every 11th day from 1873 to 2100', () => {
    let day = Date.UTC(1873, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    let checked = 0;
    for (; day <= end; day += 11 * 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const ja = /^(明治|大正|昭和|平成|令和)(元|\d+)年/.exec(formatWareki(iso));
      expect(ja, iso).not.toBeNull();
      const [, era, year] = ja as RegExpExecArray;
      expect(eraYearEn(iso), iso).toBe(`${ERA_JA_EN[era as string]} ${year === '元' ? 1 : year}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(7000);
  });

  it('names the weekday of the calendar day, whatever the machine zone', () => {
    expect(formatDayEn('2026-12-02')).toBe('Wed 2 Dec');
    expect(formatDayEn('2028-02-29')).toBe('Tue 29 Feb');
  });

  it('shows an instant in Tokyo time', () => {
    // 2026-11-30 15:30 UTC is 1 Dec 00:30 in Tokyo.
    expect(formatInstantEn(Date.UTC(2026, 10, 30, 15, 30))).toBe('1 Dec 2026 00:30');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDateEn('2026-02-30')).toThrow(RangeError);
    expect(() => formatMonthEn('2026-13')).toThrow(RangeError);
  });
});
