import { describe, expect, it } from 'vitest';
import { emptyContact } from './contact';
import { contactLogRows, LOG_CSV_HEADER } from './logCsv';

describe('contactLogRows', () => {
  it('oldest first, the person by name, the categories, and never what was said', () => {
    const a = {
      ...emptyContact('2026-10-05', 'c1', '鶴見 民子', 'p1'),
      summary: '腰が痛いと話していた',
      field: '高齢者' as const,
      content: '健康・保健医療' as const,
    };
    const b = {
      ...emptyContact('2026-10-01', 'c1', '鶴見 民子'),
      kind: 'その他' as const,
      otherActivity: '行事・事業・会議への参加協力' as const,
      insight: '気づき',
      followUp: { needed: true, task: '包括に連絡', due: '2026-10-10' },
      referredTo: '地域ケアプラザ' as const,
      referredNote: 'つなぎのメモ',
    };
    const rows = contactLogRows([a, b], (id) => (id === 'p1' ? '𠮷田 ハル' : '?'));
    expect(rows).toEqual([
      LOG_CSV_HEADER,
      ['2026-10-01', 'その他', '', '', '', '行事・事業・会議への参加協力', '地域ケアプラザ', 'あり', '2026-10-10', '鶴見 民子'],
      ['2026-10-05', '訪問', '𠮷田 ハル', '高齢者', '健康・保健医療', '', '', '', '', '鶴見 民子'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/腰が痛い|気づき|包括に連絡|つなぎのメモ/);
  });
});
