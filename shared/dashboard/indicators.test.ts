import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { P2_GOAL_IDS } from '../domain/goals';
import {
  buildDashboard,
  median,
  type Counts,
  type DashAction,
  type DashContact,
  type DashboardData,
  type DashMeeting,
  type DashNote,
  type DashPerson,
  type DashReferral,
  type GoalKey,
} from './indicators';
import { addDays, periodOf, periodRange, previousPeriod, type DashPeriod } from './period';

const EMPTY: DashboardData = { persons: [], contacts: [], meetings: [], actions: [], referrals: [], endingNotes: [] };
const DISTRICTS = ['d1', 'd2', 'd3'];
/** A Tokyo day as an instant: 09:00 JST is 00:00 UTC of the same date. */
const tokyoNoon = (date: string) => Date.parse(`${date}T03:00:00Z`);

// ---- An independent hand count: walk every day of the range and look at every row that day. ----
function eachDay(from: string, to: string, f: (day: string) => void) {
  for (let d = from; d <= to; d = addDays(d, 1)) f(d);
}
function tokyoDayOf(ms: number): string {
  // Tokyo is UTC+9 all year (no summer time).
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}
function handCount(data: DashboardData, period: DashPeriod, district: string, goal: GoalKey): Counts {
  const { from, to } = periodRange(period);
  const c: Counts = { contacts: 0, meetings: 0, actionsDone: 0, referralsOpened: 0, referralsClosed: 0, endingNotes: 0 };
  const goalOk = (goals: readonly string[]) => goal === 'all' || goals.includes(goal);
  const districtOk = (d: string) => district === 'all' || d === district;
  const personDistrict = (id: string) => {
    for (const p of data.persons) if (p.id === id) return p.districtId;
    return '';
  };
  eachDay(from, to, (day) => {
    for (const x of data.contacts) {
      const d = x.districtId === '' ? personDistrict(x.personId) : x.districtId;
      if (x.date === day && districtOk(d) && goalOk(x.goals)) c.contacts++;
    }
    for (const x of data.meetings) if (x.date === day && districtOk(x.districtId) && goalOk(x.goals)) c.meetings++;
    for (const x of data.actions)
      if (x.status === 'done' && x.doneDate === day && districtOk(x.districtId) && goalOk(x.goals)) c.actionsDone++;
    for (const x of data.referrals) {
      if (!districtOk(x.districtId) || !goalOk(x.goals)) continue;
      if (x.consultedOn === day) c.referralsOpened++;
      // Counted on the first end move of the period only.
      const ends = x.history.filter((h) => ['closed', 'withdrawn', 'declined'].includes(h.status) && h.date >= from && h.date <= to);
      if (ends[0]?.date === day) c.referralsClosed++;
    }
    for (const x of data.endingNotes)
      if (tokyoDayOf(x.createdAt) === day && districtOk(personDistrict(x.personId)) && goalOk(x.goals)) c.endingNotes++;
  });
  return c;
}

// ---- Generated data ----
const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2024-10-01', n));
const goals = fc.subarray([...P2_GOAL_IDS]);
const district = fc.constantFrom(...DISTRICTS);
const personId = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', '');

const person = (id: string): fc.Arbitrary<DashPerson> =>
  fc.record({
    id: fc.constant(id),
    districtId: district,
    status: fc.constantFrom('見守り中', '見守り中', '支援終了'),
    intervalDays: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  });
const contact: fc.Arbitrary<DashContact> = fc.record({
  date: day,
  personId,
  districtId: fc.oneof(district, fc.constant('')),
  goals,
});
const meeting: fc.Arbitrary<DashMeeting> = fc.record({ date: day, districtId: fc.oneof(district, fc.constant('')), goals });
const action: fc.Arbitrary<DashAction> = fc
  .record({
    created: day,
    dueIn: fc.integer({ min: -5, max: 60 }),
    doneIn: fc.option(fc.integer({ min: 0, max: 90 })),
    districtId: district,
    goals,
  })
  .map(({ created, dueIn, doneIn, districtId, goals }) => ({
    createdAt: tokyoNoon(created),
    due: dueIn < 0 ? '' : addDays(created, dueIn),
    status: doneIn === null ? ('open' as const) : ('done' as const),
    doneDate: doneIn === null ? '' : addDays(created, doneIn),
    districtId,
    goals,
  }));
const referral: fc.Arbitrary<DashReferral> = fc
  .record({
    consultedOn: day,
    handovers: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 3 }),
    steps: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: 120 }),
        status: fc.constantFrom('gathering', 'closed', 'withdrawn', 'declined', 'intake'),
      }),
      {
        maxLength: 4,
      },
    ),
    districtId: district,
    goals,
  })
  .map(({ consultedOn, handovers, steps, districtId, goals }) => {
    let at = consultedOn;
    const history = [{ status: 'intake', date: consultedOn }];
    for (const s of steps) {
      at = addDays(at, s.after);
      history.push({ status: s.status, date: at });
    }
    return { consultedOn, handoverDates: handovers.map((n) => addDays(consultedOn, n)), history, districtId, goals };
  });
const note: fc.Arbitrary<DashNote> = fc.record({
  personId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
  goals,
  // Any instant, so notes written just after midnight in Tokyo land on the Tokyo day.
  createdAt: fc.integer({ min: Date.parse('2024-10-01T00:00:00Z'), max: Date.parse('2027-10-01T00:00:00Z') }),
});
const data: fc.Arbitrary<DashboardData> = fc.record({
  persons: fc.tuple(person('p1'), person('p2'), person('p3'), person('p4'), person('p5')),
  contacts: fc.array(contact, { maxLength: 60 }),
  meetings: fc.array(meeting, { maxLength: 15 }),
  actions: fc.array(action, { maxLength: 20 }),
  referrals: fc.array(referral, { maxLength: 10 }),
  endingNotes: fc.array(note, { maxLength: 10 }),
});
const period: fc.Arbitrary<DashPeriod> = fc
  .record({ kind: fc.constantFrom('month', 'quarter', 'fiscalYear' as const), date: day })
  .map(({ kind, date }) => periodOf(kind, date));
const goalKey = fc.constantFrom<GoalKey>('all', ...P2_GOAL_IDS);
const districtKey = fc.constantFrom('all', ...DISTRICTS, '');

describe('activity counts', () => {
  it('equal a day-by-day hand count for every period, district and goal, the previous period beside', () => {
    fc.assert(
      fc.property(data, period, districtKey, goalKey, (d, p, dist, g) => {
        const dash = buildDashboard(d, { period: p, district: dist, goal: g, districts: DISTRICTS, today: '2030-01-01' });
        expect(dash.selected.current).toEqual(handCount(d, p, dist, g));
        expect(dash.selected.previous).toEqual(handCount(d, previousPeriod(p), dist, g));
        for (const row of dash.byGoal) expect(row.current).toEqual(handCount(d, p, dist, row.goal));
        for (const row of dash.byDistrict) expect(row.previous).toEqual(handCount(d, previousPeriod(p), row.districtId, g));
      }),
      { numRuns: 150 },
    );
  });

  it('puts 31 March in the fiscal year that ends and 1 April in the next, a note written at 00:30 in Tokyo on its Tokyo day', () => {
    const d: DashboardData = {
      ...EMPTY,
      persons: [{ id: 'p1', districtId: 'd1', status: '見守り中' }],
      contacts: [
        { date: '2026-03-31', personId: 'p1', districtId: 'd1', goals: ['2-2'] },
        { date: '2026-04-01', personId: 'p1', districtId: 'd1', goals: ['2-2'] },
        { date: '2026-04-01', personId: 'p1', districtId: 'd1', goals: ['2-1'] },
      ],
      // 2026-03-31T15:30Z is 1 April 00:30 in Tokyo.
      endingNotes: [{ personId: 'p1', goals: ['2-3'], createdAt: Date.parse('2026-03-31T15:30:00Z') }],
    };
    const at = (p: DashPeriod, goal: GoalKey = 'all') =>
      buildDashboard(d, { period: p, district: 'all', goal, districts: ['d1'], today: '2026-05-01' }).selected;
    const fy = at({ kind: 'fiscalYear', fiscalYear: 2026 });
    expect(fy.current.contacts).toBe(2);
    expect(fy.previous.contacts).toBe(1);
    expect(fy.current.endingNotes).toBe(1);
    expect(fy.previous.endingNotes).toBe(0);
    const q1 = at({ kind: 'quarter', fiscalYear: 2026, quarter: 1 }, '2-2');
    expect([q1.previous.contacts, q1.current.contacts]).toEqual([1, 1]);
    const april = at({ kind: 'month', month: '2026-04' });
    expect([april.previous.contacts, april.current.contacts]).toEqual([1, 2]);
  });

  it('counts a moved person’s contacts where they were written, old ones without a district where the person lives now', () => {
    const d: DashboardData = {
      ...EMPTY,
      persons: [{ id: 'p1', districtId: 'd2', status: '見守り中' }],
      contacts: [
        { date: '2026-04-03', personId: 'p1', districtId: 'd1', goals: [] },
        { date: '2026-04-10', personId: 'p1', districtId: '', goals: [] },
        { date: '2026-04-20', personId: 'p1', districtId: 'd2', goals: [] },
      ],
    };
    const dash = buildDashboard(d, {
      period: { kind: 'month', month: '2026-04' },
      district: 'all',
      goal: 'all',
      districts: ['d1', 'd2'],
      today: '2026-04-30',
    });
    expect(dash.byDistrict.map((r) => [r.districtId, r.current.contacts])).toEqual([
      ['d1', 1],
      ['d2', 2],
    ]);
    // The person is watched in d2 only, and reached there.
    const d1 = buildDashboard(d, {
      period: { kind: 'month', month: '2026-04' },
      district: 'd1',
      goal: 'all',
      districts: ['d1', 'd2'],
      today: '2026-04-30',
    });
    expect(d1.reach.current).toMatchObject({ watched: 0, reached: 0 });
    const d2 = buildDashboard(d, {
      period: { kind: 'month', month: '2026-04' },
      district: 'd2',
      goal: 'all',
      districts: ['d1', 'd2'],
      today: '2026-04-30',
    });
    expect(d2.reach.current).toMatchObject({ watched: 1, reached: 1, noContact: 0 });
  });

  it('keeps a purged person’s contacts as contacts, never as a person', () => {
    const d: DashboardData = {
      ...EMPTY,
      persons: [{ id: 'p1', districtId: 'd1', status: '見守り中' }],
      contacts: [
        { date: '2026-04-03', personId: '', districtId: 'd1', goals: ['2-2'] },
        { date: '2026-04-04', personId: '', districtId: '', goals: ['2-2'] },
      ],
    };
    const dash = buildDashboard(d, {
      period: { kind: 'month', month: '2026-04' },
      district: 'all',
      goal: '2-2',
      districts: ['d1'],
      today: '2026-04-30',
    });
    expect(dash.selected.current.contacts).toBe(2);
    expect(dash.byDistrict.map((r) => [r.districtId, r.current.contacts])).toEqual([
      ['d1', 1],
      ['', 1],
    ]);
    expect(dash.reach.current).toMatchObject({ watched: 1, reached: 0, noContact: 1 });
  });

  it('gives zeros, no share and no median for an empty vault', () => {
    const dash = buildDashboard(EMPTY, {
      period: { kind: 'fiscalYear', fiscalYear: 2026 },
      district: 'all',
      goal: 'all',
      districts: [],
      today: '2026-06-15',
    });
    expect(dash.selected.current).toEqual({
      contacts: 0,
      meetings: 0,
      actionsDone: 0,
      referralsOpened: 0,
      referralsClosed: 0,
      endingNotes: 0,
    });
    expect(dash.reach.current).toEqual({
      asOf: '2026-06-15',
      watched: 0,
      reached: 0,
      noContact: 0,
      handovers: 0,
      medianDaysToHandover: null,
    });
    expect(dash.overdue.map((o) => [o.asOf, o.count])).toEqual([
      ['2026-04-30', 0],
      ['2026-05-31', 0],
      ['2026-06-15', 0],
    ]);
    expect(dash.byDistrict).toEqual([]);
  });
});

describe('reach', () => {
  // Hand count: step back one day at a time from the day judged, as far as the interval goes.
  function handReach(d: DashboardData, p: DashPeriod, dist: string, today: string) {
    const { from, to } = periodRange(p);
    const asOf = to < today ? to : today;
    let watched = 0;
    let reached = 0;
    let noContact = 0;
    for (const person of d.persons) {
      if (person.status !== '見守り中' || (dist !== 'all' && person.districtId !== dist)) continue;
      watched++;
      if (asOf < from) continue;
      const seen = new Set(d.contacts.filter((c) => c.personId === person.id).map((c) => c.date));
      let ok = false;
      for (let k = 0, x = asOf; k <= (person.intervalDays ?? 30); k++, x = addDays(x, -1)) if (seen.has(x)) ok = true;
      if (ok) reached++;
      let any = false;
      eachDay(from, asOf, (x) => {
        if (seen.has(x)) any = true;
      });
      if (!any) noContact++;
    }
    const gaps: number[] = [];
    for (const r of d.referrals) {
      if (dist !== 'all' && r.districtId !== dist) continue;
      const first = [...r.handoverDates].sort()[0];
      if (first === undefined || first < from || first > asOf) continue;
      let n = 0;
      for (let x = r.consultedOn; x < first; x = addDays(x, 1)) n++;
      gaps.push(n);
    }
    gaps.sort((a, b) => a - b);
    // The two middle values (the same one for an odd count), halved and added.
    const mid =
      gaps.length === 0 ? null : (gaps[Math.floor((gaps.length - 1) / 2)] ?? 0) / 2 + (gaps[Math.ceil((gaps.length - 1) / 2)] ?? 0) / 2;
    return { asOf, watched, reached, noContact, handovers: gaps.length, medianDaysToHandover: mid };
  }

  it('equals a hand count stepping back day by day, for periods before, around and after today', () => {
    fc.assert(
      fc.property(data, period, districtKey, day, (d, p, dist, today) => {
        const dash = buildDashboard(d, { period: p, district: dist, goal: 'all', districts: DISTRICTS, today });
        expect(dash.reach.current).toEqual(handReach(d, p, dist, today));
        expect(dash.reach.previous).toEqual(handReach(d, previousPeriod(p), dist, today));
      }),
      { numRuns: 200 },
    );
  });

  it('still counts a person of interval 30 seen on 1 March as reached on 31 March, not on 1 April', () => {
    const d: DashboardData = {
      ...EMPTY,
      persons: [{ id: 'p1', districtId: 'd1', status: '見守り中', intervalDays: 30 }],
      contacts: [{ date: '2026-03-01', personId: 'p1', districtId: 'd1', goals: [] }],
    };
    const march = buildDashboard(d, {
      period: { kind: 'month', month: '2026-03' },
      district: 'all',
      goal: 'all',
      districts: [],
      today: '2026-06-01',
    });
    expect(march.reach.current).toMatchObject({ asOf: '2026-03-31', reached: 1, noContact: 0 });
    const april = buildDashboard(d, {
      period: { kind: 'month', month: '2026-04' },
      district: 'all',
      goal: 'all',
      districts: [],
      today: '2026-06-01',
    });
    expect(april.reach.current).toMatchObject({ asOf: '2026-04-30', reached: 0, noContact: 1 });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([10, 2, 4, 7])).toBe(5.5);
  });
});

describe('overdue actions over time', () => {
  // Hand count: follow each item day by day from its creation and note whether it is late on each month end.
  function handOverdue(d: DashboardData, p: DashPeriod, dist: string, today: string) {
    const out: { asOf: string; count: number }[] = [];
    const { from, to } = periodRange(p);
    const ends: string[] = [];
    eachDay(from, to, (x) => {
      if (addDays(x, 1).slice(8) === '01' && x.slice(0, 7) <= today.slice(0, 7)) ends.push(x < today ? x : today);
    });
    for (const asOf of ends) {
      let count = 0;
      for (const a of d.actions) {
        if (dist !== 'all' && a.districtId !== dist) continue;
        let late = false;
        eachDay(tokyoDayOf(a.createdAt), asOf, (x) => {
          const done = a.status === 'done' && a.doneDate <= x;
          late = !done && a.due !== '' && x > a.due;
        });
        if (late) count++;
      }
      out.push({ asOf, count });
    }
    return out;
  }

  it('equals a day-by-day walk of each item to each month end', () => {
    fc.assert(
      fc.property(data, period, districtKey, day, (d, p, dist, today) => {
        const dash = buildDashboard(d, { period: p, district: dist, goal: 'all', districts: DISTRICTS, today });
        expect(dash.overdue.map(({ asOf, count }) => ({ asOf, count }))).toEqual(handOverdue(d, p, dist, today));
      }),
      { numRuns: 150 },
    );
  });

  it('counts an item due on the month end itself as not late yet, one done after the month end as late then', () => {
    const item = (due: string, doneDate = ''): DashAction => ({
      due,
      status: doneDate === '' ? 'open' : 'done',
      doneDate,
      districtId: 'd1',
      goals: [],
      createdAt: tokyoNoon('2026-04-01'),
    });
    const d: DashboardData = {
      ...EMPTY,
      actions: [item('2026-04-30'), item('2026-04-29'), item('2026-04-10', '2026-05-02'), item('2026-04-10', '2026-04-30')],
    };
    const dash = buildDashboard(d, {
      period: { kind: 'quarter', fiscalYear: 2026, quarter: 1 },
      district: 'all',
      goal: 'all',
      districts: [],
      today: '2026-05-20',
    });
    expect(dash.overdue.map((o) => [o.asOf, o.count])).toEqual([
      ['2026-04-30', 2],
      ['2026-05-20', 2],
    ]);
  });
});
