import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { dayLabel, filterLog, firstLine, followUpBadge, isMonth, monthLabel, monthRange, shiftMonth, shortDate } from './contactLog';

describe('months', () => {
  it('know their first and last day, leap years included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2027-02').to).toBe('2027-02-28');
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });
  it('step across year ends both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-04', -12)).toBe('2025-04');
  });
  it('read as Japanese', () => {
    expect(monthLabel('2026-04')).toBe('2026年4月');
    expect(dayLabel('2026-11-27')).toBe('11月27日（金）');
    expect(dayLabel('2027-01-03')).toBe('1月3日（日）');
    expect(shortDate('2026-12-03')).toBe('12/3');
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-1')).toBe(false);
  });
});

describe('the log filter', () => {
  const visit = emptyContact('2026-11-01', 'u', 'A');
  const phone = { ...visit, kind: '電話' as const, field: '高齢者' as const, content: '介護保険' as const };
  const child = { ...visit, field: '子ども' as const, content: '子育て・母子保健' as const };
  const all = [visit, phone, child];
  it('by kind, by 分野, by 分野なし, and both together', () => {
    expect(filterLog(all, { kind: '', field: '' })).toEqual(all);
    expect(filterLog(all, { kind: '訪問', field: '' })).toEqual([visit, child]);
    expect(filterLog(all, { kind: '', field: '高齢者' })).toEqual([phone]);
    expect(filterLog(all, { kind: '', field: 'none' })).toEqual([visit]);
    expect(filterLog(all, { kind: '訪問', field: '子ども' })).toEqual([child]);
    expect(filterLog(all, { kind: '電話', field: '子ども' })).toEqual([]);
  });
});

describe('row text', () => {
  it('is the first written line, cut without splitting characters outside the BMP', () => {
    expect(firstLine('\n  \n変わりなし\n次の行')).toBe('変わりなし');
    expect(firstLine('')).toBe('');
    expect(firstLine('𠮷'.repeat(70), 60)).toBe(`${'𠮷'.repeat(60)}…`);
  });
  it('shows a follow-up as open, overdue or done', () => {
    const c = (due: string, needed = true) => ({ followUp: { needed, task: '', due } });
    expect(followUpBadge(c('2026-12-01', false), undefined, '2026-11-27')).toEqual({ kind: 'none' });
    expect(followUpBadge(c('2026-11-27'), 'open', '2026-11-27')).toEqual({ kind: 'open', due: '2026-11-27' });
    expect(followUpBadge(c('2026-11-26'), 'open', '2026-11-27')).toEqual({ kind: 'overdue', due: '2026-11-26' });
    expect(followUpBadge(c('2026-11-26'), 'done', '2026-11-27')).toEqual({ kind: 'done' });
  });
});
