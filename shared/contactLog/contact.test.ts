import { describe, expect, it } from 'vitest';
import {
  continuationMark,
  contactProblems,
  emptyContact,
  entriesNeeded,
  isConsultation,
  keptWholeProblems,
  splitContinuations,
  splitText,
} from './contact';

const today = '2026-11-27';
const base = { ...emptyContact(today, 'u1', '𠮷田 花子', 'p1'), summary: '変わりなし' };
const codes = (x: unknown) => contactProblems(x, today).map((p) => `${p.severity}:${p.path}:${p.code}`);

describe('contact entry rules', () => {
  it('a routine visit (date, kind, person and a word: 変わりなし) is complete as it is', () => {
    expect(codes(base)).toEqual([]);
    expect(isConsultation(base)).toBe(false);
  });
  it('分野 and 内容 go together', () => {
    expect(codes({ ...base, field: '高齢者' })).toEqual(['error:content:fieldAndContent']);
    expect(codes({ ...base, content: '介護保険' })).toEqual(['error:field:fieldAndContent']);
    expect(codes({ ...base, field: '高齢者', content: '介護保険' })).toEqual([]);
  });
  it('a follow-up needs a due date on or after the entry; a past one only warns', () => {
    expect(codes({ ...base, followUp: { needed: true, task: '', due: '' } })).toEqual(['error:followUp.due:required']);
    expect(codes({ ...base, date: '2026-11-20', followUp: { needed: true, task: '', due: '2026-11-19' } })).toEqual([
      'error:followUp.due:beforeRecord',
    ]);
    expect(codes({ ...base, date: '2026-11-20', followUp: { needed: true, task: '', due: '2026-11-25' } })).toEqual([
      'warning:followUp.due:past',
    ]);
    expect(codes({ ...base, followUp: { needed: false, task: '', due: '2020-01-01' } })).toEqual([]);
  });
  it('refuses impossible and future dates, unknown kinds and overlong text', () => {
    expect(codes({ ...base, date: '2026-02-29' })).toEqual(['error:date:required']);
    expect(codes({ ...base, date: '2026-11-28' })).toEqual(['error:date:future']);
    expect(codes({ ...base, kind: '手紙' })).toEqual(['error:kind:invalid']);
    expect(codes({ ...base, summary: 'あ'.repeat(20_001) })).toEqual(['error:summary:too_long']);
    expect(codes({ ...base, summary: 'あ'.repeat(10_000) })).toEqual([]);
  });
});

describe('the minimum of an entry and a summary kept past the limit', () => {
  it('an entry with no word of what happened is refused at the summary', () => {
    expect(codes({ ...base, summary: '' })).toEqual(['error:summary:contactMinimum']);
    expect(codes({ ...base, summary: ' \n　' })).toEqual(['error:summary:contactMinimum']);
    expect(codes({ ...base, summary: '変わりなし' })).toEqual([]);
    // an activity entry (民児協・研修) is named by its activity
    expect(codes({ ...base, summary: '', kind: 'その他', otherActivity: '民児協運営・研修' })).toEqual([]);
  });
  it('splitText keeps every character, stops after a line or 。, and never halves 𠮷', () => {
    const text = `${'あ'.repeat(50)}。${'い'.repeat(60)}`;
    const parts = splitText(text, 100);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe(`${'あ'.repeat(50)}。`);
    const hard = splitText('𠮷'.repeat(3), 3); // no soft break: 3 units would halve the second 𠮷
    expect(hard).toEqual(['𠮷', '𠮷', '𠮷']);
    expect(splitText('短い', 10)).toEqual(['短い']);
  });
  it('a 45,000-character summary becomes three entries, each within the limit, counted once', () => {
    const line = `${'玄関先で話した'.repeat(14)}。\n`; // 100 units
    const summary = line.repeat(450);
    const parts = splitContinuations({ ...base, summary, kind: '訪問', field: '高齢者', content: '介護保険' });
    expect(parts).toHaveLength(3);
    expect(entriesNeeded(summary)).toBe(3);
    for (const p of parts) expect(codes(p)).toEqual([]);
    expect(parts[0]?.summary.endsWith('（続きあり 1/3）')).toBe(true);
    expect(parts[1]?.summary.startsWith('（続き 2/3）\n')).toBe(true);
    expect(parts.slice(1).map((p) => [p.kind, p.field, p.content, p.goals?.length])).toEqual([
      ['その他', '', '', 0],
      ['その他', '', '', 0],
    ]);
    const unmarked = parts.map((p, i) => p.summary.replace(continuationMark(i + 1, 3), '')).join('');
    expect(unmarked).toBe(summary);
    expect(parts.every((p) => p.personId === base.personId && p.date === base.date)).toBe(true);
  });
  it('a character refused past the first entry is found in the whole summary, at its place there', () => {
    const summary = `${'民生委員の訪問で話を聞いた。\n'.repeat(1500)}最後に\u202Eが紛れた。`; // 22,500 + 11 units
    const e = { ...base, summary };
    expect(contactProblems(splitContinuations(e)[0], today)).toEqual([]);
    expect(keptWholeProblems(e, today)).toEqual([{ path: 'summary', code: 'bidiControl', params: { at: 22_504 }, severity: 'error' }]);
    expect(keptWholeProblems({ ...e, summary: summary.replace('\u202E', '') }, today)).toEqual([]);
  });
  it('a summary within the limit is one entry, unchanged', () => {
    const e = { ...base, summary: 'あ'.repeat(20_000) };
    expect(splitContinuations(e)).toEqual([e]);
  });
});
