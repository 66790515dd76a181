import { describe, expect, it } from 'vitest';
import { emptyContact, type ContactInput } from '../contactLog/contact';
import { FontSet } from '../print/fonts';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfText } from '../print/testing/nodeFonts';
import { caseRecordDocument, caseRecordEntries } from './caseRecordPrint';
import { emptyPerson, type PersonInput } from './person';

const fonts = new FontSet(nodeFonts());

const person: PersonInput = {
  ...emptyPerson('d1'),
  name: '𠮷田 花子',
  furigana: 'よしだ はなこ',
  birthDate: '1941-04-01',
  sex: '女性',
  address: '横浜市鶴見区架空町1-2-3',
  phone: '045-000-0000',
  household: '独居',
  emergencyContact: { name: '𠮷田 一郎', relation: '長男', phone: '090-0000-0000' },
  doctor: '架空内科',
  certification: { careLevel: '要介護1', disabilitySupportLevel: '', ryoikuGrade: '', mentalHandbookGrade: '' },
  commissioner: '鶴見 委員',
  consent: { given: true, date: '2025-06-10', scopes: ['地域ケアプラザ', '区役所'], obtainedBy: '鶴見 委員' },
  careFlags: ['認知症の疑い'],
  note: '耳が遠いので、ゆっくり話す。',
};

/** 10,000 characters that say where they are: 「第0001文」… so a lost line shows as a missing number. */
function longSummary(): string {
  let s = '';
  for (let i = 1; s.length < 10_000; i++) s += `第${String(i).padStart(4, '0')}文。お元気でした。`;
  return s.slice(0, 10_000);
}

function contact(date: string, extra: Partial<ContactInput> = {}): ContactInput {
  return { ...emptyContact(date, 'u1', '鶴見 委員', 'p1'), ...extra };
}

const meta = {
  districtName: '鶴見中央地区（架空）',
  from: '2026-04-01',
  to: '2027-03-31',
  printedOn: '2026-11-27',
  size: 'standard' as const,
};

describe('記録票 (case record)', () => {
  it('keeps the entries of the period only, oldest first, both ends included', () => {
    const list = [contact('2027-04-01'), contact('2026-05-02'), contact('2026-03-31'), contact('2026-04-01'), contact('2027-03-31')];
    expect(caseRecordEntries(list, meta.from, meta.to).map((c) => c.date)).toEqual(['2026-04-01', '2026-05-02', '2027-03-31']);
  });

  it('prints the profile with 和暦 beside dates, 取扱注意 on every page, the name (𠮷) in the body and not in the metadata', () => {
    const doc = caseRecordDocument(person, [contact('2026-05-02', { summary: '体調は良い。' })], meta);
    expect(doc.personal).toBe(true);
    expect(doc.title).not.toContain('𠮷田');
    const pages = pdfText(renderPdf(doc, fonts), true);
    const text = pages.join('\n');
    const flat = text.replace(/\s/g, '');
    for (const s of [
      '記録票　𠮷田 花子',
      'よしだ はなこ',
      '1941年4月1日（昭和16年4月1日） 85歳',
      '鶴見中央地区（架空）',
      '横浜市鶴見区架空町1-2-3',
      '𠮷田 一郎 長男 090-0000-0000',
      '要介護1',
      '同意あり 2025年6月10日（令和7年6月10日） 地域ケアプラザ、区役所 （鶴見 委員）',
      '認知症の疑い',
      '耳が遠いので、ゆっくり話す。',
      '令和8年4月1日〜令和9年3月31日',
      '令和8年11月27日',
    ])
      expect(flat).toContain(s.replace(/\s/g, ''));
    expect(pages.every((p) => p.includes('取扱注意') && p.includes('記録票：𠮷田 花子'))).toBe(true);
  });

  it('prints each entry: date with 和暦, kind, summary, insight, follow-up and つなぎ先', () => {
    const doc = caseRecordDocument(
      person,
      [
        contact('2026-06-03', {
          kind: '電話',
          field: '高齢者',
          content: '介護保険',
          summary: 'デイサービスの利用を相談された。',
          insight: '物忘れが増えている様子。',
          followUp: { needed: true, task: 'ケアプラザに連絡する', due: '2026-06-10' },
          referredTo: '地域ケアプラザ',
          referredNote: '担当：架空',
        }),
        contact('2026-04-20', { summary: '訪問。お変わりなし。' }),
        contact('2026-03-01', { summary: '前年度の記録（載らない）' }),
      ],
      meta,
    );
    const text = pdfText(renderPdf(doc, fonts), true).join('\n').replace(/\s/g, '');
    const order = [
      '連絡の記録（令和8年4月1日〜令和9年3月31日）',
      '1. 2026年4月20日（令和8年4月20日） 訪問',
      '訪問。お変わりなし。',
      '2. 2026年6月3日（令和8年6月3日） 電話',
      '高齢者／介護保険',
      'ケアプラザに連絡する 期限 2026年6月10日（令和8年6月10日）',
      '地域ケアプラザ：担当：架空',
      'デイサービスの利用を相談された。',
      '物忘れが増えている様子。',
    ];
    let at = -1;
    for (const s of order) {
      const next = text.indexOf(s.replace(/\s/g, ''), at + 1);
      expect(next, s).toBeGreaterThan(at);
      at = next;
    }
    expect(text).not.toContain('前年度の記録');
    expect(text).toContain('2件');
  });

  it('prints a 10,000-character summary in full, across pages, every sentence once and in order', () => {
    const summary = longSummary();
    expect(summary).toHaveLength(10_000);
    const pages = pdfText(
      renderPdf(caseRecordDocument(person, [contact('2026-07-01', { summary, insight: '最後の気づき' })], meta), fonts),
    );
    expect(pages.length).toBeGreaterThan(3);
    // The page frame (取扱注意 and title at the top, name and folio at the foot) taken off each page.
    const body = pages.map((p) => p.replace(/^取扱注意\s+記録票\s+/, '').replace(/記録票：𠮷田 花子\s+\d+ \/ \d+\s*$/, ''));
    expect(body.every((p, i) => p !== pages[i])).toBe(true);
    const flat = body.join('').replace(/\s/g, '');
    // Every numbered sentence is there, in order; the text ends where the summary ends.
    const numbers = [...flat.matchAll(/第(\d{4})文/g)].map((m) => Number(m[1]));
    const expected = [...summary.matchAll(/第(\d{4})文/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(expected);
    expect(flat).toContain(summary.slice(-30).replace(/\s/g, ''));
    expect(flat.indexOf('最後の気づき')).toBeGreaterThan(flat.indexOf(summary.slice(-20)));
    pages.forEach((p, i) => expect(p).toContain(`${i + 1} / ${pages.length}`));
  });

  it('says so when the period has no entries, and prints at 大きな文字', () => {
    const doc = caseRecordDocument(person, [contact('2025-05-01')], { ...meta, size: 'large' });
    const text = pdfText(renderPdf(doc, fonts)).join('\n');
    expect(text).toContain('この期間の記録はありません。');
    expect(text).toContain('0件');
  });

  it('names the entries that could not be opened', () => {
    const text = pdfText(renderPdf(caseRecordDocument(person, [], { ...meta, unreadable: 2 }), fonts)).join('');
    expect(text.replace(/\s/g, '')).toContain('壊れていて開けない記録が2件あり');
  });
});
