import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyPerson } from '../persons/person';
import type { ReferralStatus } from '../referrals/status';
import {
  daysWithoutContact,
  filterReach,
  groupByDistrict,
  lastContactFromKeys,
  reachItems,
  type ReachAction,
  type ReachInput,
  type ReachItem,
  type ReachMeeting,
  type ReachPerson,
  type ReachReferral,
} from './reach';

// The hand count below shares no code with reach.ts: its own day arithmetic (Date.parse at
// midnight UTC), its own age rule (compare the years, then 'MM-DD'), the Tokyo day of an instant
// as UTC+9 (Tokyo keeps no summer time) and the rules as the issue states them.
const MS_DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_DAY;
const span = (from: string, to: string) => Math.round(day(to) - day(from));
const shift = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * MS_DAY).toISOString().slice(0, 10);
const tokyoDay = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
const age = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
const OPEN_LIMITS: Record<string, number> = {
  intake: 14,
  gathering: 30,
  planning: 30,
  preparing: 60,
  petitioned: 120,
  ruling: 60,
  appointed: 90,
};

function handCount(input: ReachInput): string[] {
  const { today } = input;
  const out: string[] = [];
  const live = input.persons.filter((p) => p.deletedAt === 0);
  const liveIds = new Set(live.map((p) => p.id));
  for (const p of live) {
    if (p.status !== '見守り中') continue;
    const candidates = [30];
    if (p.household === '独居') candidates.push(14);
    if (p.birthDate && p.birthDate <= today && age(p.birthDate, today) >= 75) candidates.push(14);
    if (p.dischargedOn && p.dischargedOn <= today && span(p.dischargedOn, today) <= 30) candidates.push(7);
    if (input.referrals.some((r) => r.personId === p.id && r.status in OPEN_LIMITS)) candidates.push(14);
    const interval = Math.min(...candidates);
    const since = span(input.lastContact.get(p.id) ?? tokyoDay(p.createdAt), today);
    if (since > interval) out.push(`noContact ${p.id} ${since - interval}`);
  }
  for (const a of input.actions) {
    if (a.status !== 'open') continue;
    const late = span(a.due, today);
    const who = liveIds.has(a.personId) ? a.personId : '';
    if (a.id.startsWith('fu-')) {
      if (late >= -7) out.push(`followUp ${who} ${late}`);
    } else if (late > 0) out.push(`action ${who} ${late}`);
  }
  for (const r of input.referrals) {
    const limit = OPEN_LIMITS[r.status];
    if (limit === undefined) continue;
    const inStep = span(r.statusDate, today);
    if (inStep > limit) out.push(`referral ${liveIds.has(r.personId) ? r.personId : ''} ${inStep - limit}`);
  }
  const discussed = new Map<string, string>();
  for (const m of input.meetings) {
    if (span(m.date, today) > 90) continue;
    for (const id of m.personIds) {
      const p = live.find((x) => x.id === id);
      if (p && !p.consent.given && (!discussed.has(id) || m.date < (discussed.get(id) ?? ''))) discussed.set(id, m.date);
    }
  }
  for (const [id, date] of discussed) out.push(`consent ${id} ${Math.max(0, span(date, today))}`);
  return out.sort();
}
const summary = (items: readonly ReachItem[]) => items.map((i) => `${i.kind} ${i.personId} ${i.daysLate}`).sort();

function person(id: string, patch: Partial<ReachPerson> = {}): ReachPerson {
  const p = emptyPerson('d01');
  return { ...p, id, createdAt: Date.parse('2026-01-05T03:00:00Z'), deletedAt: 0, ...patch };
}
const input = (patch: Partial<ReachInput>): ReachInput => ({
  today: '2027-04-01',
  persons: [],
  lastContact: new Map(),
  actions: [],
  referrals: [],
  meetings: [],
  ...patch,
});

describe('who should be contacted now', () => {
  it('a watched person is late one day after their interval, not on its last day', () => {
    const persons = [person('a'), person('b'), person('c', { status: '支援終了' })];
    const lastContact = new Map([
      ['a', '2027-03-02'], // 30 days before 1 April: still within
      ['b', '2027-03-01'], // 31 days: one day late
      ['c', '2026-01-01'], // not watched
    ]);
    const items = reachItems(input({ persons, lastContact }));
    expect(items.map((i) => [i.kind, i.personId, i.daysLate, i.interval, i.days, i.refDate, i.dueDate])).toEqual([
      ['noContact', 'b', 1, 30, 31, '2027-03-01', '2027-03-31'],
    ]);
  });

  it('never contacted: counted from the Tokyo day the person was registered', () => {
    // 2027-02-28T15:30Z is 1 March 00:30 in Tokyo: 31 days before 1 April, in either zone the suite runs in.
    const p = person('n', { createdAt: Date.parse('2027-02-28T15:30:00Z') });
    const [item, ...rest] = reachItems(input({ persons: [p] }));
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ kind: 'noContact', personId: 'n', refDate: '2027-03-01', neverContacted: true, daysLate: 1 });
    expect(daysWithoutContact(p, new Map(), '2027-04-01')).toBe(31);
  });

  it('the smallest interval that applies: 独居, 75歳以上, recently discharged, an open referral', () => {
    const today = '2027-03-31';
    const last = new Map<string, string>();
    const persons = [
      person('alone', { household: '独居' }),
      person('turns75', { birthDate: '1952-03-31' }), // 75 today
      person('is74', { birthDate: '1952-04-01' }), // 75 tomorrow
      person('out', { dischargedOn: '2027-03-01' }), // 30 days ago: still recent
      person('outLong', { dischargedOn: '2027-02-28' }), // 31 days ago
      person('ref'),
      person('refEnded'),
    ];
    for (const p of persons) last.set(p.id, '2027-03-16'); // 15 days before
    last.set('out', '2027-03-23'); // 8 days before
    last.set('outLong', '2027-03-23');
    const referrals: ReachReferral[] = [
      { id: 'r1', personId: 'ref', status: 'gathering', statusDate: '2027-03-30', districtId: 'd01' },
      { id: 'r2', personId: 'refEnded', status: 'closed', statusDate: '2027-03-30', districtId: 'd01' },
    ];
    const items = reachItems(input({ today, persons, lastContact: last, referrals }));
    expect(summary(items)).toEqual(['noContact alone 1', 'noContact out 1', 'noContact ref 1', 'noContact turns75 1']);
    expect(items.find((i) => i.personId === 'out')?.interval).toBe(7);
  });

  it('29 February: ages and days across the leap day', () => {
    const today = '2028-02-29';
    const persons = [person('leap', { birthDate: '1953-02-28' }), person('feb29', { birthDate: '1952-02-29' })];
    const lastContact = new Map([
      ['leap', '2028-02-14'], // 15 days
      ['feb29', '2028-02-14'],
    ]);
    // 1953-02-28 → 75 on 2028-02-28; 1952-02-29 → 76 on its birthday
    expect(summary(reachItems(input({ today, persons, lastContact })))).toEqual(['noContact feb29 1', 'noContact leap 1']);
    expect(summary(reachItems(input({ today: '2028-03-01', persons, lastContact })))).toEqual(['noContact feb29 2', 'noContact leap 2']);
  });

  it('follow-ups listed a week ahead and overdue; other actions only once overdue', () => {
    const actions: ReachAction[] = [
      { id: 'fu-c1', status: 'open', due: '2027-04-08', districtId: 'd01', personId: 'a' },
      { id: 'fu-c2', status: 'open', due: '2027-04-09', districtId: 'd01', personId: 'a' },
      { id: 'fu-c3', status: 'open', due: '2027-03-29', districtId: '', personId: 'a' },
      { id: 'fu-c4', status: 'done', due: '2027-03-01', districtId: 'd01', personId: 'a' },
      { id: 'm1', status: 'open', due: '2027-04-01', districtId: 'd02', personId: '' },
      { id: 'm2', status: 'open', due: '2027-03-31', districtId: 'd02', personId: 'gone' },
    ];
    const persons = [person('a', { status: '支援終了' })];
    const items = reachItems(input({ persons, actions }));
    expect(items.map((i) => [i.kind, i.recordId, i.daysLate, i.personId, i.districtId])).toEqual([
      ['followUp', 'fu-c3', 3, 'a', 'd01'], // no district of its own: the person's
      ['action', 'm2', 1, '', 'd02'], // its person is gone (purged): it names nobody
      ['followUp', 'fu-c1', -7, 'a', 'd01'],
    ]);
  });

  it('a stalled referral, with the stall limits of the settings', () => {
    const referrals: ReachReferral[] = [
      { id: 'r1', personId: 'a', status: 'intake', statusDate: '2027-03-17', districtId: 'd01' }, // 15 days > 14
      { id: 'r2', personId: 'a', status: 'intake', statusDate: '2027-03-18', districtId: 'd01' }, // 14 days
      { id: 'r3', personId: 'a', status: 'withdrawn', statusDate: '2020-01-01', districtId: 'd01' },
    ];
    const persons = [person('a', { status: '支援終了' })];
    expect(summary(reachItems(input({ persons, referrals })))).toEqual(['referral a 1']);
    expect(summary(reachItems(input({ persons, referrals, stallDays: { intake: 10 } })))).toEqual(['referral a 4', 'referral a 5']);
  });

  it('persons without consent discussed in meetings; a purged person is nowhere', () => {
    const persons = [
      person('no', { status: '支援終了' }),
      person('yes', { consent: { given: true } }),
      person('trashed', { deletedAt: 5 }),
    ];
    const meetings: ReachMeeting[] = [
      { id: 'm1', date: '2027-01-01', personIds: ['no'] }, // 90 days before 1 April
      { id: 'm0', date: '2026-12-31', personIds: ['no'] }, // 91: outside the window
      { id: 'm2', date: '2027-04-10', personIds: ['yes', 'trashed', 'purged'] },
    ];
    const lastContact = new Map([
      ['purged', '2020-01-01'],
      ['yes', '2027-03-30'],
    ]);
    const items = reachItems(input({ persons, meetings, lastContact }));
    expect(items.map((i) => [i.kind, i.personId, i.daysLate, i.recordId])).toEqual([['consent', 'no', 90, 'm1']]);
  });

  it('groups by district in the settings order, unknown districts last; filters by district and kind', () => {
    const items = [
      { districtId: 'd02', n: 1 },
      { districtId: 'zz', n: 2 },
      { districtId: 'd01', n: 3 },
      { districtId: 'd02', n: 4 },
      { districtId: '', n: 5 },
    ];
    expect(groupByDistrict(items, ['d01', 'd02']).map((g) => [g.districtId, g.items.map((i) => i.n)])).toEqual([
      ['d01', [3]],
      ['d02', [1, 4]],
      ['', [2, 5]],
    ]);
    const reach = reachItems(
      input({
        persons: [person('a'), person('b', { districtId: 'd02', consent: { given: false } })],
        meetings: [{ id: 'm', date: '2027-03-01', personIds: ['b'] }],
      }),
    );
    expect(filterReach(reach, { districtId: 'd02', kind: '' }).map((i) => i.kind)).toEqual(['noContact', 'consent']);
    expect(filterReach(reach, { districtId: '', kind: 'consent' }).map((i) => i.personId)).toEqual(['b']);
  });

  it('last contacts from index keys: the latest live date per person', () => {
    const map = lastContactFromKeys([
      [0, 'a', '2027-01-01'],
      [0, 'a', '2027-03-01'],
      [0, 'a', '2027-02-01'],
      [5, 'b', '2027-03-01'],
      [0, '', '2027-03-01'],
      [0, 'b', '2026-12-31'],
    ]);
    expect([...map].sort()).toEqual([
      ['a', '2027-03-01'],
      ['b', '2026-12-31'],
    ]);
  });
});

describe('reach items against a hand count on generated data', () => {
  const TODAYS = ['2027-04-01', '2027-03-31', '2028-02-29', '2028-03-01', '2026-12-31', '2027-01-01', '2026-10-01'];
  const STATUSES: ReferralStatus[] = [
    'intake',
    'gathering',
    'planning',
    'preparing',
    'petitioned',
    'ruling',
    'appointed',
    'closed',
    'withdrawn',
    'declined',
  ];
  const scenario = fc.constantFrom(...TODAYS).chain((today) => {
    const near = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => shift(today, n));
    const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'gone'];
    const id = fc.constantFrom(...ids);
    const personArb = (pid: string) =>
      fc
        .record({
          household: fc.constantFrom('', '独居', '同居' as const),
          birthDate: fc.oneof(fc.constant(''), near(-75 * 366 - 3, -75 * 365 + 3)),
          dischargedOn: fc.oneof(fc.constant(''), near(-33, 2)),
          status: fc.constantFrom('見守り中', '見守り中', '支援終了' as const),
          given: fc.boolean(),
          createdDaysBack: fc.integer({ min: 0, max: 80 }),
          createdHour: fc.integer({ min: 0, max: 23 }),
          trashed: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
          districtId: fc.constantFrom('d01', 'd02', 'd03'),
        })
        .map((r): ReachPerson => ({
          ...emptyPerson(r.districtId),
          id: pid,
          household: r.household,
          birthDate: r.birthDate,
          dischargedOn: r.dischargedOn,
          status: r.status,
          consent: { given: r.given },
          createdAt: Date.parse(`${shift(today, -r.createdDaysBack)}T00:00:00Z`) + r.createdHour * 3_600_000,
          deletedAt: r.trashed ? 1 : 0,
        }));
    return fc.record({
      today: fc.constant(today),
      persons: fc.tuple(...ids.slice(0, 8).map(personArb)),
      contacts: fc.array(fc.tuple(id, near(-70, 0)), { maxLength: 20 }),
      actions: fc.array(
        fc.record({
          fu: fc.boolean(),
          open: fc.boolean(),
          due: near(-20, 20),
          personId: fc.oneof(id, fc.constant('')),
          districtId: fc.constantFrom('', 'd01', 'd02'),
        }),
        { maxLength: 12 },
      ),
      referrals: fc.array(fc.record({ personId: id, status: fc.constantFrom(...STATUSES), statusDate: near(-150, 0) }), { maxLength: 8 }),
      meetings: fc.array(fc.record({ date: near(-95, 20), personIds: fc.uniqueArray(id, { maxLength: 4 }) }), { maxLength: 5 }),
    });
  });

  it('every item the hand count finds, and nothing else, sorted by lateness', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const lastContact = new Map<string, string>();
        for (const [pid, date] of s.contacts) if (!lastContact.has(pid) || date > (lastContact.get(pid) ?? '')) lastContact.set(pid, date);
        // The purged person: gone from the persons, still in meetings' and the log's keys.
        const persons = s.persons.filter((p) => p.id !== 'gone');
        const data: ReachInput = {
          today: s.today,
          persons,
          lastContact,
          actions: s.actions.map((a, i) => ({
            id: a.fu ? `fu-c${i}` : `a${i}`,
            status: a.open ? 'open' : 'done',
            due: a.due,
            districtId: a.districtId,
            personId: a.personId,
          })),
          referrals: s.referrals.map((r, i) => ({ id: `r${i}`, districtId: 'd01', ...r })),
          meetings: s.meetings.map((m, i) => ({ id: `m${i}`, ...m })),
        };
        const items = reachItems(data);
        expect(summary(items)).toEqual(handCount(data));
        for (let i = 1; i < items.length; i++) expect((items[i - 1]?.daysLate ?? 0) >= (items[i]?.daysLate ?? 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
