// What the pillar-2 dashboard reads: the slim mirrors of live contacts and ending notes
// (db/mirrors.ts), the clear columns of meetings and action items (nothing of them is decrypted),
// the guardianship referrals decrypted (about a thousand: their hand-over dates and history are
// sealed), and the persons already in memory.
// Contacts are read only for the days the period, the one before it and the longest contact
// interval reach back to. The bench times loadDashboard at 1×.
import type { VaultSession } from '../../vault/session';
import { intervalOf, situationsOf } from '../../../shared/reach/reach';
import { isOpen, STATUS_IDS, type ReferralStatus } from '../../../shared/referrals/status';
import { readContactIntervals } from '../settings';
import type { ReferralRow } from '../../db/database';
import type { PersonStore } from '../../records/personStore';
import { openRecords } from '../../records/sealed';
import { normalizeP2Goals, REFERRAL_GOAL_PRESET } from '../../../shared/domain/goals';
import { referralsTable } from '../../records/tables';
import { bucketKey, entriesOf } from '../../db/mirrors';
import { DEFAULT_INTERVAL_DAYS, type DashboardData, type DashPerson } from '../../../shared/dashboard/indicators';
import { addDays, periodRange, previousPeriod, type DashPeriod } from '../../../shared/dashboard/period';

// Schema 6's pillar-2 columns are filled in at the first unlock after the upgrade (or a restore
// of an older backup); a row read before that lacks them and counts under no goal.
const goalsOf = (row: { goals?: unknown }): string[] => (Array.isArray(row.goals) ? (row.goals as string[]) : []);
const split = (joined: string | undefined): string[] => (joined ? joined.split(',') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface LoadedDashboard {
  data: DashboardData;
  /** Referrals that could not be opened (counted nowhere; the screen says how many). */
  corrupt: readonly string[];
}

/**
 * Every row the dashboard of `period` counts. `intervals` gives a person's contact interval in
 * days; absent, each person's interval as the reach view sets it (the contact-interval setting
 * and the person's situation on the period's last day: living alone, over 75, discharged, an open
 * referral).
 */
export async function loadDashboard(
  session: VaultSession,
  persons: PersonStore,
  period: DashPeriod,
  intervals?: (personId: string) => number | undefined,
): Promise<LoadedDashboard> {
  const db = session.db;
  const live = <R extends { deletedAt: number }>(rows: readonly R[]) => rows.filter((r) => r.deletedAt === 0);
  // Read first: the intervals (an open referral shortens one) decide how far back contacts are read.
  const liveReferrals = live(await db.referrals.toArray());
  intervals ??= await reachIntervals(session, persons, periodRange(period).to, liveReferrals);
  const people: DashPerson[] = [];
  let longest = DEFAULT_INTERVAL_DAYS;
  for (const p of persons.getSnapshot()) {
    if (p.deletedAt !== 0) continue;
    const intervalDays = intervals?.(p.id);
    if (intervalDays !== undefined && intervalDays > longest) longest = intervalDays;
    people.push({ id: p.id, districtId: p.districtId, status: p.status, intervalDays });
  }
  const current = periodRange(period);
  const previous = periodRange(previousPeriod(period));
  const contactsFrom = addDays(previous.from, -longest);
  const [contactBuckets, meetingRows, actionBuckets, noteBuckets] = await db.transaction('r', [db.facts, db.meetings], () =>
    Promise.all([
      // The column mirrors of live contacts (a row a day), actions and notes (db/mirrors.ts): no ciphertext.
      db.facts.where('key').between(bucketKey('contacts', contactsFrom), bucketKey('contacts', current.to), true, true).toArray(),
      db.meetings.where('date').between(previous.from, current.to, true, true).toArray(),
      db.facts.where('key').startsWith(bucketKey('actions', '')).toArray(),
      // Notes by the Tokyo day they were written: the two periods' days.
      db.facts
        .where('key')
        .between(bucketKey('endingNotes', previous.from), bucketKey('endingNotes', `${current.to}|\uffff`), true, true)
        .toArray(),
    ]),
  );
  const { records: referrals, corrupt } = await openRecords(session, referralsTable, liveReferrals);
  return {
    corrupt,
    data: {
      persons: people,
      contacts: entriesOf(contactBuckets).map((c) => ({
        date: text(c.date),
        personId: text(c.personId),
        districtId: text(c.districtId),
        goals: split(c.goals),
      })),
      meetings: live(meetingRows).map((m) => ({ date: m.date, districtId: m.districtId, goals: goalsOf(m) })),
      actions: entriesOf(actionBuckets).map((a) => ({
        due: text(a.due),
        status: a.status === 'done' ? 'done' : 'open',
        doneDate: text(a.doneDate),
        districtId: text(a.districtId),
        goals: split(a.goals),
        createdAt: Number(a.createdAt),
      })),
      referrals: referrals.map((r) => ({
        districtId: r.districtId,
        goals: normalizeP2Goals(r.goals ?? REFERRAL_GOAL_PRESET),
        consultedOn: r.consultedOn,
        handoverDates: r.handovers.map((h) => h.date),
        history: r.history.map((h) => ({ status: h.status, date: h.date })),
      })),
      endingNotes: entriesOf(noteBuckets).map((n) => ({
        personId: text(n.personId),
        goals: split(n.goals),
        createdAt: Number(n.createdAt),
      })),
    },
  };
}

/** Each person's contact interval as the reach view counts it, on `day`. */
async function reachIntervals(
  session: VaultSession,
  persons: PersonStore,
  day: string,
  referralRows: readonly ReferralRow[],
): Promise<(personId: string) => number> {
  const settings = await readContactIntervals(session);
  const withOpenReferral = new Set(
    referralRows
      .filter((r) => (STATUS_IDS as readonly string[]).includes(r.status) && isOpen(r.status as ReferralStatus))
      .map((r) => r.personId),
  );
  const byPerson = new Map<string, number>();
  for (const p of persons.getSnapshot()) byPerson.set(p.id, intervalOf(situationsOf(p, day, withOpenReferral.has(p.id)), settings));
  return (id) => byPerson.get(id) ?? DEFAULT_INTERVAL_DAYS;
}
