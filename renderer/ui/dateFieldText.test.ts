import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDateInput } from '../../shared/text/dateInput';
import { commonJa } from '../i18n/common';
import { commonEn } from '../i18n/common.en';
import { MONTH_INPUT_MAX, parseMonthInput } from '../../shared/text/monthInput';
import { dateEcho, dateProblem, monthEcho, monthProblem } from './dateFieldText';

let ja: TFunction;
let en: TFunction;
beforeAll(async () => {
  const make = async (lng: string, translation: object) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
    return i.t;
  };
  ja = await make('ja', commonJa);
  en = await make('en', commonEn);
});

const problemJa = (text: string) => dateProblem(ja, false, text, parseDateInput(text));
const problemEn = (text: string) => dateProblem(en, true, text, parseDateInput(text));
/** Kana, kanji and full-width punctuation: what an English screen must not show outside user data. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

describe('the date field echo', () => {
  it('says the day in both calendars and its weekday', () => {
    expect(dateEcho(ja, false, '2026-11-30')).toBe('2026-11-30（令和8年11月30日・月曜日）');
    expect(dateEcho(ja, false, '2019-05-01')).toBe('2019-05-01（令和元年5月1日・水曜日）');
    expect(dateEcho(ja, false, '1945-05-03')).toBe('1945-05-03（昭和20年5月3日・木曜日）');
    expect(dateEcho(en, true, '2026-11-30')).toBe('2026-11-30 (Monday, Reiwa 8)');
    expect(dateEcho(en, true, '1945-05-03')).toBe('1945-05-03 (Thursday, Shōwa 20)');
  });
});

describe('the date field messages', () => {
  it('names the day an era date past its era means', () => {
    expect(problemJa('昭和64年1月8日')).toBe('昭和64年1月8日はありません（昭和は64年1月7日まで）。1989年1月8日なら平成元年1月8日です。');
    expect(problemJa('平成31年5月1日')).toBe('平成31年5月1日はありません（平成は31年4月30日まで）。2019年5月1日なら令和元年5月1日です。');
    expect(problemJa('令和元年4月30日')).toBe(
      '令和元年4月30日はありません（令和は元年5月1日から）。2019年4月30日なら平成31年4月30日です。',
    );
    expect(problemEn('S64.1.8')).toBe('Shōwa 64, January 8 does not exist: Shōwa ended on 1989-01-07. 1989-01-08 is Heisei 1, January 8.');
  });
  it('asks for the month and day instead of guessing them', () => {
    expect(problemJa('令和元年')).toBe(
      '「令和元年」には月と日がありません。日付は推測しないので、令和元年○月○日のように日まで入力してください。',
    );
    expect(problemJa('S20.5')).toBe('「S20.5」には日がありません。日付は推測しないので、昭和20年5月○日のように日まで入力してください。');
    expect(problemEn('R1')).toBe('“R1” has no month and day. Dates are never guessed: type the day too, like R1.__.__.');
  });
  it('says a day does not exist, in the calendar it was typed in', () => {
    expect(problemJa('令和9年2月29日')).toBe('令和9年2月29日という日はありません。');
    expect(problemJa('2026/2/30')).toBe('2026年2月30日という日はありません。');
    expect(problemEn('2026/2/30')).toBe('There is no such day as 2026-02-30.');
  });
  it('quotes what it cannot read, and gives the range it accepts', () => {
    expect(problemJa('あした')).toBe('「あした」は日付として読めません。2026-11-30、令和8年11月30日、R8.11.30 のように入力してください。');
    expect(problemJa('明治5年1月1日')).toBe('1873-01-01（明治6年1月1日）から2100-12-31までの日付を入力してください。');
    expect(problemJa('')).toBeNull();
    expect(problemJa('R8.11.30')).toBeNull();
  });
  it('writes no Japanese in English, except the text it quotes', () => {
    const texts = ['令和元年', 'S20', '令和9年2月29日', '2026-02-30', '昭和64年1月8日', 'H31.5.1', 'R1.4.30', '1850-01-01', 'xyz'];
    for (const text of texts) {
      const message = (problemEn(text) ?? '').replace(text, '');
      expect(message, text).not.toMatch(JAPANESE);
      expect(message.length, text).toBeGreaterThan(10);
    }
    expect(dateEcho(en, true, '1989-01-08')).not.toMatch(JAPANESE);
    expect(en('dateField.hint')).not.toMatch(JAPANESE);
  });
});

describe('the month field', () => {
  const mJa = (text: string) => monthProblem(ja, false, text, parseMonthInput(text), MONTH_INPUT_MAX);
  const mEn = (text: string) => monthProblem(en, true, text, parseMonthInput(text), MONTH_INPUT_MAX);
  it('echoes a month in both calendars', () => {
    expect(monthEcho(false, '2026-12')).toBe('2026年12月（令和8年12月）');
    expect(monthEcho(false, '2019-05')).toBe('2019年5月（令和元年5月）');
    expect(monthEcho(false, '2019-04')).toBe('2019年4月（平成31年4月）');
    expect(monthEcho(true, '2026-12')).toBe('December 2026 (Reiwa 8)');
  });
  it('says what is wrong, in Japanese and in English without Japanese', () => {
    expect(mJa('2026-11')).toBeNull();
    expect(mJa('令和元年')).toBe('「令和元年」には月がありません。令和8年11月のように月まで入力してください。');
    expect(mJa('平成31年5月')).toBe('平成31年5月はありません（平成は1989-01-08〜2019-04-30）。西暦で入力することもできます。');
    expect(mJa('令和元年4月')).toBe('令和元年4月はありません（令和は2019-05-01から）。西暦で入力することもできます。');
    expect(mJa('2026-13')).toBe('13月という月はありません。1から12の月を入力してください。');
    expect(mJa('1999-12')).toBe('2000年1月（平成12年1月）から2100年12月（令和82年12月）までの月を入力してください。');
    for (const s of ['', 'らいげつ', '令和元年', '平成31年5月', '令和元年4月', '2026-13', '1999-12']) {
      const m = mEn(s);
      expect(m, s).not.toBeNull();
      expect(m, s).not.toMatch(/\{\{|\}\}/);
      // What was typed is quoted as typed; the rest is English.
      expect(m?.replace(s, ''), s).not.toMatch(JAPANESE);
    }
  });
});
