import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { PersonStore } from '../../records/personStore';
import { demoConsentDate, demoPersons } from '../../../shared/domain/demoData';
import { contactProblems } from '../../../shared/contactLog/contact';
import { contactsBetween } from '../contactLog';
import { listActions } from '../actions';
import { listMeetings } from '../meetings';
import { verifyAuditChain } from '../../audit/auditLog';
import { loadReach } from '../reach';
import { DEMO_MONTHS, demoContactLog, demoReachPersons, placeDemoReachPersons, seedDemoRecords } from './seedDemoRecords';

const ME = { id: 'u1', name: 'デモ 利用者' };
const WHO = [ME, { id: 'demo-other', name: 'デモ 次郎' }];

/** 'YYYY-MM' of the month `back` months before the month of `date`. */
function monthBefore(date: string, back: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// The 1st of a month (a Sunday, a Monday, New Year's Day), the last and first days of a fiscal
// year, 29 February and the day after it, the last day of a 31-day month, and a plain mid-month day.
const HOSTILE_DAYS = [
  '2026-12-01',
  '2026-11-01',
  '2027-01-01',
  '2027-03-31',
  '2027-04-01',
  '2028-02-29',
  '2028-03-01',
  '2026-10-31',
  '2026-11-18',
];

describe('the demo contact log', () => {
  it.each(HOSTILE_DAYS)('on %s fills each of the three months up to today, never after it', (today) => {
    const log = demoContactLog(today, WHO);
    const months = Array.from({ length: DEMO_MONTHS }, (_, i) => monthBefore(today, DEMO_MONTHS - 1 - i));
    const thisMonth = today.slice(0, 7);
    expect(months.at(-1)).toBe(thisMonth);
    // Nothing before the first month, nothing after today, and every entry one the form would accept today.
    expect(log.every((c) => c.date >= `${months[0]}-01` && c.date <= today)).toBe(true);
    expect(log.flatMap((c) => contactProblems(c, today)).filter((p) => p.severity === 'error')).toEqual([]);
    for (const month of months) {
      const inMonth = log.filter((c) => c.date.startsWith(month));
      const full = month !== thisMonth;
      expect(inMonth.length, month).toBeGreaterThanOrEqual(full ? 40 : 3);
      // Spread over the month, not bunched: a full month has entries on most of its days.
      if (full) expect(new Set(inMonth.map((c) => c.date)).size, month).toBeGreaterThanOrEqual(18);
    }
    // Today itself has entries on the 1st (the only day of the month so far).
    if (today.endsWith('-01')) expect(log.filter((c) => c.date === today).length).toBeGreaterThanOrEqual(3);
    // Both commissioners have entries in every month (the report shows the user's own first).
    for (const month of months) {
      const inMonth = log.filter((c) => c.date.startsWith(month));
      expect(inMonth.filter((c) => c.recordedBy === 'u1').length, month).toBeGreaterThanOrEqual(3);
      expect(inMonth.filter((c) => c.recordedBy === 'demo-other').length, month).toBeGreaterThanOrEqual(1);
    }
    expect(demoContactLog(today, WHO)).toEqual(log);
  });

  it('is about as busy every day of a month, quieter at weekends', () => {
    const log = demoContactLog('2026-12-31', WHO);
    const perWeekday = [0, 1, 2, 3, 4, 5, 6].map((d) => log.filter((c) => new Date(`${c.date}T12:00:00Z`).getUTCDay() === d).length);
    const [sun = 0, mon = 0, tue = 0, wed = 0, thu = 0, fri = 0, sat = 0] = perWeekday;
    const weekday = (mon + tue + wed + thu + fri) / 5;
    expect(sun).toBeLessThan(weekday * 0.6);
    expect(sat).toBeLessThan(weekday);
    expect(log.filter((c) => c.date.startsWith('2026-12')).length).toBeGreaterThanOrEqual(50);
  });

  it('consents were obtained on 1 April, at least 90 days before today and before the log begins', () => {
    expect(demoConsentDate('2026-12-01')).toBe('2026-04-01');
    expect(demoConsentDate('2026-06-29')).toBe('2025-04-01');
    expect(demoConsentDate('2026-06-30')).toBe('2026-04-01');
    expect(demoConsentDate('2028-02-29')).toBe('2027-04-01');
    for (const today of HOSTILE_DAYS) {
      expect(demoConsentDate(today) <= (demoContactLog(today, WHO)[0]?.date ?? '')).toBe(true);
      expect(demoPersons(5, ['d01'], 2026, today).filter((p) => p.consent.given)).not.toEqual([]);
      expect(demoPersons(5, ['d01'], 2026, today).every((p) => !p.consent.given || p.consent.date === demoConsentDate(today))).toBe(true);
    }
  });
});

describe('demo records', () => {
  it.each(['2026-12-01', '2027-03-31', '2028-02-29'])(
    'on %s: entries about real demo persons, a meeting three weeks ago and its actions around today',
    async (today) => {
      const s = await openTestVault('care-plaza', 'demo');
      const db = s.db;
      const persons = new PersonStore(s);
      await persons.createMany(demoPersons(10, ['d01'], 2026, today), 1);
      await seedDemoRecords(s, ME, persons.getSnapshot(), today, 2);
      const first = `${monthBefore(today, DEMO_MONTHS - 1)}-01`;
      const { items, corrupt } = await contactsBetween(s, first, today);
      expect(corrupt).toEqual([]);
      expect(items.length).toBeGreaterThan(100);
      expect(await db.contacts.count()).toBe(items.length); // nothing after today, nothing before the first month
      expect((await contactsBetween(s, `${today.slice(0, 7)}-01`, today)).items.length).toBeGreaterThanOrEqual(3);
      const ids = new Set(persons.getSnapshot().map((p) => p.id));
      expect(items.filter((c) => c.personId !== '').every((c) => ids.has(c.personId))).toBe(true);

      const meetings = (await listMeetings(s)).items;
      expect(meetings).toHaveLength(1);
      const meeting = meetings[0];
      if (!meeting) throw new Error('no meeting');
      expect(meeting.date >= first && meeting.date < today).toBe(true);
      expect(meeting.consent.date).toBe(meeting.date);
      const actions = (await listActions(s)).items;
      expect(actions).toHaveLength(3);
      // One overdue (the やること list shows what that looks like), two still to come.
      expect(actions.filter((a) => a.status === 'open' && a.due < today)).toHaveLength(1);
      expect(actions.filter((a) => a.status === 'open' && a.due > today)).toHaveLength(2);
      expect(actions.every((a) => a.due > meeting.date)).toBe(true);
      expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
    },
  );

  it.each(['2027-03-31', '2028-02-29'])('on %s: the reach view shows its three persons and one stalled referral', async (today) => {
    const s = await openTestVault('care-plaza', 'demo');
    const persons = new PersonStore(s);
    await persons.createMany(demoPersons(12, ['d01', 'd02'], 2026, today), 1);
    await placeDemoReachPersons(persons, today, 2);
    await seedDemoRecords(s, ME, persons.getSnapshot(), today, 3);
    const picks = demoReachPersons(persons.getSnapshot());
    const { items } = await loadReach(s, persons, today);
    const noContact = (id: string | undefined) => items.find((i) => i.kind === 'noContact' && i.personId === id);
    expect(noContact(picks.overdue?.id)).toMatchObject({ days: 45 });
    expect(noContact(picks.aloneOver75?.id)).toMatchObject({ days: 20, interval: 14 });
    expect(noContact(picks.discharged?.id)).toMatchObject({ days: 12, interval: 7 });
    expect(items.filter((i) => i.kind === 'referral').map((i) => [i.personId, i.days, i.interval])).toEqual([
      [picks.referrals[0]?.id, 50, 30],
    ]);
    expect(await s.db.referrals.count()).toBe(3);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });
});
