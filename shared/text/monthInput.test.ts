import { describe, expect, it } from 'vitest';
import { addMonths, parseMonthInput, warekiMonth } from './monthInput';

const month = (text: string) => {
  const r = parseMonthInput(text);
  return r.ok ? r.month : r.reason;
};

describe('a month as typed', () => {
  it('reads Western and 和暦 months in the forms the date field reads', () => {
    for (const s of [
      '2026-11',
      '2026/11',
      '2026.11',
      '2026年11月',
      '２０２６年１１月',
      '令和8年11月',
      'R8.11',
      'r8/11',
      '令8.11',
      'R08-11',
    ])
      expect(month(s), s).toBe('2026-11');
    expect(month('令和元年5月')).toBe('2019-05');
    expect(month('平成31年4月')).toBe('2019-04');
    expect(month('平成12年1月')).toBe('2000-01');
    expect(month('H12.1')).toBe('2000-01');
  });
  it('takes the month of a whole date', () => {
    expect(month('2026-11-30')).toBe('2026-11');
    expect(month('R8.11.30')).toBe('2026-11');
  });
  it('guesses nothing: a year alone asks for the month', () => {
    expect(parseMonthInput('令和元年')).toEqual({ ok: false, reason: 'noMonth', era: 'reiwa', year: 1 });
    expect(month('2026')).toBe('noMonth');
  });
  it('refuses what is not a month', () => {
    expect(month('')).toBe('empty');
    expect(month('  ')).toBe('empty');
    expect(month('らいげつ')).toBe('unreadable');
    expect(month('2026-13')).toBe('noSuchMonth');
    expect(month('2026-00')).toBe('noSuchMonth');
  });
  it('refuses a month wholly outside the era typed, and keeps one that shares a day with it', () => {
    expect(month('平成31年5月')).toBe('outsideEra');
    expect(month('令和元年4月')).toBe('outsideEra');
    expect(month('昭和64年2月')).toBe('outsideEra');
    // Real months, refused only for being before the pickers' first month.
    expect(month('大正15年12月')).toBe('outOfRange');
    expect(month('昭和元年12月')).toBe('outOfRange');
    expect(month('S64.1')).toBe('outOfRange');
    expect(month('昭和元年11月')).toBe('outsideEra');
  });
  it('stays within 2000-01 … 2100-12', () => {
    expect(month('1999-12')).toBe('outOfRange');
    expect(month('2000-01')).toBe('2000-01');
    expect(month('2100-12')).toBe('2100-12');
    expect(parseMonthInput('2101-01').ok).toBe(false);
  });
});

describe('months moved and named', () => {
  it('moves across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-04', 12)).toBe('2027-04');
  });
  it('names the era of the first day', () => {
    expect(warekiMonth('2019-04')).toEqual({ era: 'heisei', year: 31, month: 4 });
    expect(warekiMonth('2019-05')).toEqual({ era: 'reiwa', year: 1, month: 5 });
    expect(warekiMonth('2026-12')).toEqual({ era: 'reiwa', year: 8, month: 12 });
  });
});
