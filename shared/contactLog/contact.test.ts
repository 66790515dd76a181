import { describe, expect, it } from 'vitest';
import { contactProblems, emptyContact, isConsultation } from './contact';

const today = '2026-11-27';
const base = emptyContact(today, 'u1', '𠮷田 花子', 'p1');
const codes = (x: unknown) => contactProblems(x, today).map((p) => `${p.severity}:${p.path}:${p.code}`);

describe('contact entry rules', () => {
  it('a routine visit (date, kind, person) is complete as it is', () => {
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
