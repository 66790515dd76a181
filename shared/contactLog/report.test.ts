import { describe, expect, it } from 'vitest';
import { ACTIVITY_CONTENTS, ACTIVITY_FIELDS, OTHER_ACTIVITIES } from './activity';
import { contactProblems, emptyContact, type ContactInput } from './contact';
import { fiscalYearReport, monthlyReport, NO_FIELD, VISIT_FIELDS, type ActivityCounts } from './report';
import { sampleContactLog } from './sampleLog';

const ME = 'c-me';
const e = (date: string, over: Partial<ContactInput> = {}): ContactInput => ({ ...emptyContact(date, ME, '架空 一郎'), ...over });
const counts = (list: readonly { count: number }[]) => list.map((r) => r.count);
const sum = (list: readonly { count: number }[]) => list.reduce((s, r) => s + r.count, 0);

describe('monthlyReport: counting rules on hand-made logs', () => {
  it('counts only the month: first and last day in, the days either side out', () => {
    const log = [e('2026-03-31'), e('2026-04-01'), e('2026-04-30'), e('2026-05-01')];
    const r = monthlyReport(log, { recordedBy: ME, month: '2026-04' });
    expect(r.counts.entries).toBe(2);
    expect([r.from, r.to]).toEqual(['2026-04-01', '2026-04-30']);
    expect(monthlyReport([e('2028-02-29')], { recordedBy: ME, month: '2028-02' }).to).toBe('2028-02-29');
    expect(monthlyReport([], { recordedBy: ME, month: '2027-02' }).to).toBe('2027-02-28');
  });

  it("excludes another commissioner's entries", () => {
    const log = [
      e('2026-04-10', { field: '高齢者', content: '介護保険' }),
      e('2026-04-10', { recordedBy: 'c-other', field: '高齢者', content: '介護保険' }),
    ];
    const r = monthlyReport(log, { recordedBy: ME, month: '2026-04' });
    expect(r.counts.entries).toBe(1);
    expect(r.counts.consultations).toBe(1);
    expect(monthlyReport(log, { recordedBy: 'nobody', month: '2026-04' }).counts.entries).toBe(0);
  });

  it('a consultation counts once under 分野, once under 内容 and once in the cross table; 分野 or 内容 alone is not one', () => {
    const log = [
      e('2026-04-02', { field: '障害者', content: '仕事' }),
      e('2026-04-03', { field: '障害者', content: '仕事' }),
      e('2026-04-04', { field: '子ども', content: 'その他' }),
      e('2026-04-05', { field: '高齢者' }),
      e('2026-04-06', { content: '住居' }),
    ];
    const c = monthlyReport(log, { recordedBy: ME, month: '2026-04' }).counts;
    expect(c.consultations).toBe(3);
    expect(counts(c.byField)).toEqual([0, 2, 1, 0]);
    expect(c.byContent.find((r) => r.label === '仕事')?.count).toBe(2);
    expect(c.byContent.find((r) => r.label === '住居')?.count).toBe(0);
    expect(c.byFieldAndContent[1]?.byContent.find((r) => r.label === '仕事')?.count).toBe(2);
    expect(sum(c.byField)).toBe(sum(c.byContent));
    expect(c.byFieldAndContent.reduce((s, row) => s + sum(row.byContent), 0)).toBe(3);
    expect(c.entries).toBe(5);
  });

  it('an entry with a consultation and an other activity counts in both tables', () => {
    const c = monthlyReport(
      [e('2026-04-02', { field: '子ども', content: '子育て・母子保健', otherActivity: '要保護児童の発見の通告・仲介' })],
      { recordedBy: ME, month: '2026-04' },
    ).counts;
    expect(c.consultations).toBe(1);
    expect(counts(c.otherActivities)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('訪問回数 by 分野, 連絡調整回数 and 活動日数', () => {
    const log = [
      e('2026-04-02'), // a 見守り visit
      e('2026-04-02', { field: '高齢者', content: '在宅福祉', referredTo: '地域ケアプラザ' }),
      e('2026-04-02', { kind: '電話', field: '高齢者', content: '在宅福祉' }),
      e('2026-04-09', { kind: '訪問', field: '高齢者' }), // not a consultation: 分野なし
      e('2026-04-20', { kind: 'その他', otherActivity: '民児協運営・研修', referredTo: 'その他' }),
    ];
    const c = monthlyReport(log, { recordedBy: ME, month: '2026-04' }).counts;
    expect(c.visits).toBe(3);
    expect(c.visitsByField.map((r) => r.label)).toEqual([...ACTIVITY_FIELDS, NO_FIELD]);
    expect(counts(c.visitsByField)).toEqual([1, 0, 0, 0, 2]);
    expect(c.referrals).toBe(2);
    expect(c.activeDays).toBe(3);
  });

  it('an empty month has every category, in the order of activity.ts, at 0', () => {
    const c = monthlyReport([], { recordedBy: ME, month: '2026-04' }).counts;
    expect(c.byField.map((r) => r.label)).toEqual([...ACTIVITY_FIELDS]);
    expect(c.byContent.map((r) => r.label)).toEqual([...ACTIVITY_CONTENTS]);
    expect(c.otherActivities.map((r) => r.label)).toEqual([...OTHER_ACTIVITIES]);
    expect(c.byFieldAndContent.map((r) => r.field)).toEqual([...ACTIVITY_FIELDS]);
    expect(c.byFieldAndContent.every((r) => r.byContent.length === 14)).toBe(true);
    expect(
      [...counts(c.byField), ...counts(c.byContent), ...counts(c.otherActivities), ...counts(c.visitsByField)].every((n) => n === 0),
    ).toBe(true);
    expect([c.entries, c.consultations, c.visits, c.referrals, c.activeDays]).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses a malformed month', () => {
    for (const month of ['2026-13', '2026-4', '2026/04', ''])
      expect(() => monthlyReport([], { recordedBy: ME, month })).toThrow(RangeError);
  });
});

describe('fiscalYearReport', () => {
  it('runs from 4/1 to 3/31: 3/31 belongs to the year before, 4/1 to the year after', () => {
    const log = [e('2026-03-31'), e('2026-04-01'), e('2027-03-31'), e('2027-04-01'), e('2026-12-31', { recordedBy: 'c-other' })];
    const r = fiscalYearReport(log, { recordedBy: ME, fiscalYear: 2026 });
    expect([r.from, r.to]).toEqual(['2026-04-01', '2027-03-31']);
    expect(r.counts.entries).toBe(2);
    expect(r.months.map((m) => m.month)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(r.months[0]?.counts.entries).toBe(1);
    expect(r.months[11]?.counts.entries).toBe(1);
    expect(fiscalYearReport(log, { recordedBy: ME, fiscalYear: 2025 }).counts.entries).toBe(1);
  });
});

/** The expected counts by a plain loop, without the code under test. */
const inc = (list: number[], i: number): void => {
  list[i] = (list[i] ?? 0) + 1;
};
function handCount(log: readonly ContactInput[], who: string, from: string, to: string): ActivityCounts {
  const byField = ACTIVITY_FIELDS.map(() => 0);
  const byContent = ACTIVITY_CONTENTS.map(() => 0);
  const cross = ACTIVITY_FIELDS.map(() => ACTIVITY_CONTENTS.map(() => 0));
  const other = OTHER_ACTIVITIES.map(() => 0);
  const visitsByField = [0, 0, 0, 0, 0];
  const days: string[] = [];
  let entries = 0,
    consultations = 0,
    visits = 0,
    referrals = 0;
  for (const x of log) {
    if (x.recordedBy !== who || x.date < from || x.date > to) continue;
    entries++;
    if (!days.includes(x.date)) days.push(x.date);
    const f = ACTIVITY_FIELDS.indexOf(x.field as never);
    const k = ACTIVITY_CONTENTS.indexOf(x.content as never);
    if (f >= 0 && k >= 0) {
      consultations++;
      inc(byField, f);
      inc(byContent, k);
      inc(cross[f] ?? [], k);
    }
    if (x.otherActivity) inc(other, OTHER_ACTIVITIES.indexOf(x.otherActivity));
    if (x.kind === '訪問') {
      visits++;
      inc(visitsByField, f >= 0 && k >= 0 ? f : 4);
    }
    if (x.referredTo) referrals++;
  }
  const list = <K extends string>(labels: readonly K[], n: number[]) => labels.map((label, i) => ({ label, count: n[i] ?? 0 }));
  return {
    entries,
    consultations,
    visits,
    referrals,
    activeDays: days.length,
    byField: list(ACTIVITY_FIELDS, byField),
    byContent: list(ACTIVITY_CONTENTS, byContent),
    byFieldAndContent: ACTIVITY_FIELDS.map((field, i) => ({ field, byContent: list(ACTIVITY_CONTENTS, cross[i] ?? []) })),
    otherActivities: list(OTHER_ACTIVITIES, other),
    visitsByField: list(VISIT_FIELDS, visitsByField),
  };
}

describe('a generated log of 2,000 entries over 14 months', () => {
  const people = [
    { id: 'c1', name: '架空 一郎' },
    { id: 'c2', name: '見本 花子' },
    { id: 'c3', name: '例示 三郎' },
  ];
  const log = [
    ...sampleContactLog({ seed: 7, from: '2026-03-01', months: 14, count: 2000, commissioners: people }),
    // Noise the form would refuse but old data might hold: half a consultation.
    e('2026-06-15', { recordedBy: 'c1', field: '障害者' }),
    e('2026-06-16', { recordedBy: 'c1', content: '仕事', kind: '訪問' }),
  ];
  const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

  it('is valid, deterministic and spans the 14 months', () => {
    const again = sampleContactLog({ seed: 7, from: '2026-03-01', months: 14, count: 2000, commissioners: people });
    expect(again).toEqual(log.slice(0, 2000));
    expect(
      log
        .slice(0, 2000)
        .flatMap((x) => contactProblems(x, '2099-12-31'))
        .filter((p) => p.severity === 'error'),
    ).toEqual([]);
    expect(log[0]?.date.slice(0, 7)).toBe('2026-03');
    expect(log[1999]?.date.slice(0, 7)).toBe('2027-04');
  });

  it('every month of every commissioner matches the hand count', () => {
    const months = [...new Set(log.map((x) => x.date.slice(0, 7)))];
    expect(months).toHaveLength(14);
    for (const p of people) {
      for (const month of months) {
        const r = monthlyReport(log, { recordedBy: p.id, month });
        expect(r.counts, `${p.id} ${month}`).toEqual(handCount(log, p.id, `${month}-01`, lastDay(month)));
        expect(sum(r.counts.byField)).toBe(sum(r.counts.byContent));
      }
    }
  });

  it('the fiscal year and its months match the hand count', () => {
    for (const p of people) {
      const r = fiscalYearReport(log, { recordedBy: p.id, fiscalYear: 2026 });
      expect(r.counts).toEqual(handCount(log, p.id, '2026-04-01', '2027-03-31'));
      for (const m of r.months) expect(m.counts).toEqual(handCount(log, p.id, `${m.month}-01`, lastDay(m.month)));
      expect(sum(r.counts.byField)).toBe(r.counts.consultations);
      expect(sum(r.counts.byContent)).toBe(r.counts.consultations);
      expect(r.counts.activeDays).toBe(r.months.reduce((s, m) => s + m.counts.activeDays, 0));
      expect(r.counts.consultations).toBeGreaterThan(100);
    }
  });
});
