import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { buildReport, commissionersOf, fiscalYearRange, reportAuditId, reportFileName } from './reportView';
import { periodRange } from './contactLog';

const entry = (date: string, by: string, name: string, updatedAt = 0) => ({ ...emptyContact(date, by, name), updatedAt });

describe('commissioners in the log', () => {
  it('puts the current user first, then the others by name, each under the name of their latest entry', () => {
    const log = [
      entry('2026-04-01', 'u2', '見本 花子（旧姓）'),
      entry('2026-05-01', 'u2', '見本 花子'),
      entry('2026-05-01', 'u3', '架空 一郎'),
      entry('2026-06-01', 'me', '古い名前'),
    ];
    expect(commissionersOf(log, { id: 'me', name: '鶴見 民子' })).toEqual([
      { id: 'me', name: '鶴見 民子' },
      { id: 'u3', name: '架空 一郎' },
      { id: 'u2', name: '見本 花子' },
    ]);
  });
  it('on the same day the later edit wins; an empty name shows as —', () => {
    const log = [entry('2026-05-01', 'u2', 'A', 2), entry('2026-05-01', 'u2', 'B', 1), entry('2026-05-01', 'u4', '  ')];
    expect(commissionersOf(log, { id: 'me', name: 'M' }).slice(1)).toEqual([
      { id: 'u2', name: 'A' },
      { id: 'u4', name: '—' },
    ]);
  });
  it('offers the current user even with an empty log', () => {
    expect(commissionersOf([], { id: 'me', name: 'M' })).toEqual([{ id: 'me', name: 'M' }]);
  });
});

describe('fiscal years', () => {
  it('run from the first entry to the last, or to the current one, newest first (April starts a year)', () => {
    expect(fiscalYearRange({ first: '2024-12-01', last: '2026-03-31' }, '2026-11-27')).toEqual([2026, 2025, 2024]);
    expect(fiscalYearRange({ first: '2026-04-01', last: '2026-04-01' }, '2026-11-27')).toEqual([2026]);
    // An entry dated after today (typed ahead) still offers its year.
    expect(fiscalYearRange({ first: '2027-04-01', last: '2027-04-01' }, '2027-03-31')).toEqual([2027, 2026]);
    expect(fiscalYearRange(null, '2027-03-31')).toEqual([2026]);
    expect(fiscalYearRange(null, '2027-04-01')).toEqual([2027]);
  });
});

describe('the days of a period', () => {
  it('are a calendar month, or April to March', () => {
    expect(periodRange({ kind: 'month', month: '2028-02' })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange({ kind: 'month', month: '2027-02' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(periodRange({ kind: 'month', month: '2026-12' })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodRange({ kind: 'fiscalYear', fiscalYear: 2026 })).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });
});

describe('the report of a choice', () => {
  const log = [
    { ...emptyContact('2026-11-02', 'me', 'M'), field: '高齢者' as const, content: '介護保険' as const },
    { ...emptyContact('2026-11-02', 'me', 'M'), kind: '電話' as const, referredTo: '地域ケアプラザ' as const },
    emptyContact('2027-02-10', 'me', 'M'),
    emptyContact('2026-11-03', 'other', 'O'),
  ];
  it('counts one commissioner for a month', () => {
    const r = buildReport(log, 'me', { kind: 'month', month: '2026-11' });
    expect(r.counts).toMatchObject({ entries: 2, visits: 1, referrals: 1, activeDays: 1, consultations: 1 });
  });
  it('counts a fiscal year, April to March', () => {
    const r = buildReport(log, 'me', { kind: 'fiscalYear', fiscalYear: 2026 });
    expect(r.counts).toMatchObject({ entries: 3, visits: 2, activeDays: 2 });
    expect(r.kind === 'fiscalYear' ? r.months.map((m) => m.counts.entries) : []).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0]);
  });
  it('names files and audit entries by period only', () => {
    const m = buildReport(log, 'me', { kind: 'month', month: '2026-11' });
    const y = buildReport(log, 'me', { kind: 'fiscalYear', fiscalYear: 2026 });
    expect(reportFileName(m, 'csv')).toBe('katsudo-2026-11.csv');
    expect(reportFileName(m, 'pdf', 'large')).toBe('katsudo-2026-11-large.pdf');
    expect(reportFileName(y, 'pdf', 'standard')).toBe('katsudo-2026nendo.pdf');
    expect(reportAuditId(y, 'csv')).toBe('activity-report:FY2026:csv');
    expect(reportAuditId(m, 'large')).toBe('activity-report:2026-11:large');
  });
});
