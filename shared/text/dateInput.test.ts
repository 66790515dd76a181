import { describe, expect, it } from 'vitest';
import { formatWareki } from './dates';
import { addDays, DATE_INPUT_MAX, DATE_INPUT_MIN, ERAS, formatWarekiDate, parseDateInput, warekiOf, weekdayOf } from './dateInput';

const iso = (text: string) => {
  const r = parseDateInput(text);
  return r.ok ? r.iso : r.reason;
};

describe('parseDateInput: the forms people type', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['2026.11.30', '2026-11-30'],
    ['2026/1/5', '2026-01-05'],
    ['20261130', '2026-11-30'],
    ['2026年11月30日', '2026-11-30'],
    ['2026年11月30', '2026-11-30'],
    ['２０２６－１１－３０', '2026-11-30'],
    ['２０２６ー１１ー３０', '2026-11-30'], // an IME in Japanese mode types ー for a hyphen
    ['２０２６／１１／３０', '2026-11-30'],
    ['２０２６年１１月３０日', '2026-11-30'],
    [' 2026 - 11 - 30 ', '2026-11-30'],
    ['S20.5.3', '1945-05-03'],
    ['s20.5.3', '1945-05-03'],
    ['Ｓ２０．５．３', '1945-05-03'],
    ['S20/5/3', '1945-05-03'],
    ['S20-5-3', '1945-05-03'],
    ['S200503', '1945-05-03'],
    ['昭和20年5月3日', '1945-05-03'],
    ['昭和２０年５月３日', '1945-05-03'],
    ['昭和 20年 5月 3日', '1945-05-03'],
    ['昭20.5.3', '1945-05-03'],
    ['㍼20.5.3', '1945-05-03'],
    ['昭和二十年五月三日', '1945-05-03'],
    ['昭和二十三年十二月三十一日', '1948-12-31'],
    ['R8/11/30', '2026-11-30'],
    ['R08.11.30', '2026-11-30'],
    ['r081130', '2026-11-30'],
    ['令和8年11月30日', '2026-11-30'],
    ['㋿8.11.30', '2026-11-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R元.5.1', '2019-05-01'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['二〇二六年十一月三十日', '2026-11-30'],
  ])('%s → %s', (text, expected) => expect(iso(text)).toBe(expected));

  it('reads the eras of very old birth dates', () => {
    expect(iso('明治45年7月29日')).toBe('1912-07-29');
    expect(iso('大正元年7月30日')).toBe('1912-07-30');
    expect(iso('T15.12.24')).toBe('1926-12-24');
    expect(iso('昭和元年12月25日')).toBe('1926-12-25');
    expect(iso('M33.1.1')).toBe('1900-01-01');
    expect(iso('明治6年1月1日')).toBe(DATE_INPUT_MIN);
  });
});

describe('parseDateInput: era boundaries', () => {
  it('昭和64年1月7日 is the last day of 昭和, 平成元年1月8日 the first of 平成', () => {
    expect(iso('昭和64年1月7日')).toBe('1989-01-07');
    expect(iso('平成元年1月8日')).toBe('1989-01-08');
    expect(iso('H1.1.8')).toBe('1989-01-08');
  });
  it('昭和64年1月8日 does not exist, and the message can name the day it means', () => {
    const r = parseDateInput('昭和64年1月8日');
    expect(r).toMatchObject({ ok: false, reason: 'outsideEra', iso: '1989-01-08' });
    if (r.ok || r.reason !== 'outsideEra') return;
    expect(formatWarekiDate(r.actual)).toBe('平成元年1月8日');
    expect(r.limit.side).toBe('end');
    expect(formatWarekiDate(r.limit.wareki)).toBe('昭和64年1月7日');
  });
  it('平成31年4月30日 / 令和元年5月1日; 平成31年5月1日 is refused, not mapped', () => {
    expect(iso('平成31年4月30日')).toBe('2019-04-30');
    expect(iso('令和元年5月1日')).toBe('2019-05-01');
    const r = parseDateInput('平成31年5月1日');
    expect(r).toMatchObject({ ok: false, reason: 'outsideEra', iso: '2019-05-01' });
    if (!r.ok && r.reason === 'outsideEra') expect(formatWarekiDate(r.actual)).toBe('令和元年5月1日');
  });
  it('a day before an era began is refused with that era’s first day', () => {
    const r = parseDateInput('令和元年4月30日');
    expect(r).toMatchObject({ ok: false, reason: 'outsideEra', iso: '2019-04-30', limit: { side: 'start' } });
    if (!r.ok && r.reason === 'outsideEra') {
      expect(formatWarekiDate(r.actual)).toBe('平成31年4月30日');
      expect(formatWarekiDate(r.limit.wareki)).toBe('令和元年5月1日');
    }
    expect(iso('平成元年1月7日')).toBe('outsideEra');
    expect(iso('大正元年7月29日')).toBe('outsideEra');
    expect(iso('明治45年7月30日')).toBe('outsideEra');
    expect(iso('昭和70年1月1日')).toBe('outsideEra');
  });
  it('every era’s first and last day reads back, and the day around it does not', () => {
    for (const era of ERAS.slice(1)) {
      const first = warekiOf(era.start);
      expect(first?.era).toBe(era.id);
      expect(iso(formatWarekiDate(first ?? { era: 'meiji', year: 0, month: 0, day: 0 }))).toBe(era.start);
      const before = warekiOf(addDays(era.start, -1));
      expect(before?.era).not.toBe(era.id);
      expect(iso(formatWarekiDate({ ...(before ?? first ?? { era: 'meiji', year: 0, month: 0, day: 0 }), era: era.id, year: 1 }))).toBe(
        'outsideEra',
      );
    }
  });
});

describe('parseDateInput: leap days and days that do not exist', () => {
  it('2028-02-29 and 令和10年2月29日 exist; 2026-02-29 and 令和9年2月29日 do not', () => {
    expect(iso('2028-02-29')).toBe('2028-02-29');
    expect(iso('令和10年2月29日')).toBe('2028-02-29');
    expect(iso('R10.2.29')).toBe('2028-02-29');
    expect(iso('2026-02-29')).toBe('noSuchDay');
    expect(iso('令和9年2月29日')).toBe('noSuchDay');
    expect(iso('2000-02-29')).toBe('2000-02-29');
    expect(iso('1900-02-29')).toBe('noSuchDay');
    expect(iso('平成12年2月29日')).toBe('2000-02-29');
  });
  it('names what was typed for a day that does not exist', () => {
    expect(parseDateInput('令和9年2月30日')).toEqual({
      ok: false,
      reason: 'noSuchDay',
      typed: { era: 'reiwa', year: 9, month: 2, day: 30 },
    });
    expect(iso('2026-13-01')).toBe('noSuchDay');
    expect(iso('2026-11-31')).toBe('noSuchDay');
    expect(iso('2026-00-10')).toBe('noSuchDay');
  });
});

describe('parseDateInput: what it will not guess', () => {
  it('asks for the month and day after a bare era year or year and month', () => {
    expect(parseDateInput('令和元年')).toEqual({ ok: false, reason: 'incomplete', era: 'reiwa', year: 1, month: null });
    expect(parseDateInput('S20')).toEqual({ ok: false, reason: 'incomplete', era: 'showa', year: 20, month: null });
    expect(parseDateInput('昭和20年5月')).toEqual({ ok: false, reason: 'incomplete', era: 'showa', year: 20, month: 5 });
    expect(parseDateInput('2026')).toEqual({ ok: false, reason: 'incomplete', era: null, year: 2026, month: null });
    expect(parseDateInput('2026年11月')).toEqual({ ok: false, reason: 'incomplete', era: null, year: 2026, month: 11 });
    expect(parseDateInput('2026-11')).toEqual({ ok: false, reason: 'incomplete', era: null, year: 2026, month: 11 });
  });
  it('refuses what is not a date', () => {
    for (const text of [
      'あした',
      '11/30',
      '26/11/30',
      '2026-11-30-1',
      'X8.11.30',
      '昭和',
      '昭和0年1月1日',
      '2026/11-30',
      '1130',
      '令和八年十一月三十日ごろ',
    ])
      expect(iso(text), text).toBe('unreadable');
    expect(iso('')).toBe('empty');
    expect(iso('　 ')).toBe('empty');
  });
  it('keeps to 明治6年1月1日 … 2100-12-31 (before 1873 a 和暦 day is a lunisolar one)', () => {
    expect(iso('1872-12-31')).toBe('outOfRange');
    expect(iso('明治5年12月2日')).toBe('outOfRange');
    expect(iso('2101-01-01')).toBe('outOfRange');
    expect(iso('令和83年1月1日')).toBe('outOfRange');
    expect(iso(DATE_INPUT_MAX)).toBe(DATE_INPUT_MAX);
  });
});

describe('warekiOf agrees with the platform’s Japanese calendar (ICU)', () => {
  it('on every era boundary and every 23rd day from 1873 to 2100', () => {
    const days: string[] = [];
    for (let d = DATE_INPUT_MIN; d <= DATE_INPUT_MAX; d = addDays(d, 23)) days.push(d);
    for (const era of ERAS) for (const k of [-2, -1, 0, 1]) days.push(addDays(era.start, k));
    for (const d of days.filter((x) => x >= DATE_INPUT_MIN)) {
      const w = warekiOf(d);
      expect(w, d).not.toBeNull();
      if (!w) continue;
      expect(formatWarekiDate(w), d).toBe(formatWareki(d));
      expect(iso(formatWarekiDate(w)), d).toBe(d);
    }
  });
});

describe('helpers', () => {
  it('weekdayOf and addDays', () => {
    expect(weekdayOf('2026-11-30')).toBe(1); // a Monday
    expect(weekdayOf('1945-05-03')).toBe(4);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(warekiOf('1872-12-31')).toBeNull();
  });
});
