// The Japanese screen keeps exactly the date forms it had; the English one has its own.
import { describe, expect, it } from 'vitest';
import { datesFor } from './dates';
import { warekiFiscalYear } from '../../shared/contactLog/reportPrint';
import { formatDateJa, formatInstantJa, formatWareki } from '../../shared/text/dates';

const DAYS = ['2026-11-30', '2019-04-30', '2019-05-01', '1989-01-07', '1989-01-08', '2028-02-29', '2027-01-05'];

describe('dates on screen', () => {
  const ja = datesFor('ja');
  const en = datesFor('en');

  it('Japanese: the same forms the screens used before', () => {
    for (const d of DAYS) {
      expect(ja.date(d)).toBe(formatDateJa(d));
      expect(ja.wareki(d)).toBe(formatWareki(d));
    }
    // The forms the contact log and the referral screens wrote themselves.
    expect(ja.short('2027-01-05')).toBe('2027年1月5日');
    expect(ja.day('2026-11-30')).toBe('11月30日（月）');
    expect(ja.day('2028-02-29')).toBe('2月29日（火）');
    expect(ja.monthDay('2027-01-05')).toBe('1/5');
    expect(ja.month('2026-04')).toBe('2026年4月');
    expect(ja.monthName(4)).toBe('4月');
    for (const fy of [1988, 2018, 2019, 2026]) expect(ja.fiscalYear(fy)).toBe(warekiFiscalYear(fy));
    expect(ja.instant(Date.UTC(2026, 10, 30, 15, 30))).toBe(formatInstantJa(Date.UTC(2026, 10, 30, 15, 30)));
  });

  it('English: day, short month, year, and the era year', () => {
    expect(en.date('2026-11-30')).toBe('30 Nov 2026 (Reiwa 8)');
    expect(en.wareki('2026-11-30')).toBe('30 Nov Reiwa 8');
    expect(en.short('2026-11-30')).toBe('30 Nov 2026');
    expect(en.day('2026-11-30')).toBe('Mon 30 Nov');
    expect(en.monthDay('2026-11-30')).toBe('30 Nov');
    expect(en.month('2026-11')).toBe('Nov 2026');
    expect(en.monthName(11)).toBe('Nov');
    expect(en.fiscalYear(2019)).toBe('FY2019 (Reiwa 1)');
    expect(en.instant(Date.UTC(2026, 10, 30, 15, 30))).toBe('1 Dec 2026 00:30');
  });

  it('English forms hold no Japanese', () => {
    const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
    for (const d of DAYS) for (const f of [en.date, en.wareki, en.short, en.day, en.monthDay]) expect(f(d)).not.toMatch(japanese);
  });
});
