// What the reach view reads: clear columns only, never a sealed record's content. The last
// contact per person comes from the contactLast table (records/lastContact.ts); action items, referrals and recent meetings by their clear columns; persons from
// the PersonStore, already decrypted at unlock.
import type { VaultSession } from '../../vault/session';
import type { PersonStore } from '../../records/personStore';
import { readLastContacts } from '../../records/lastContact';
import { addDays, CONSENT_MEETING_DAYS, reachItems, type ReachInput, type ReachItem } from '../../../shared/reach/reach';
import { STATUS_IDS, type ReferralStatus } from '../../../shared/referrals/status';
import { readContactIntervals, readStallDays } from '../settings';

const isStatus = (s: string): s is ReferralStatus => (STATUS_IDS as readonly string[]).includes(s);

/** Each person's last live contact-log date (the contactLast table every contact write keeps). */
export function lastContactDates(session: VaultSession): Promise<Map<string, string>> {
  return readLastContacts(session.db);
}

export interface ReachData {
  readonly input: ReachInput;
  readonly items: ReachItem[];
}

/** Everything the reach view shows for `today` (Tokyo), read without opening any record. */
export async function loadReach(session: VaultSession, persons: PersonStore, today: string): Promise<ReachData> {
  const db = session.db;
  const [lastContact, actionRows, referralRows, meetingRows, intervals, stallDays] = await Promise.all([
    lastContactDates(session),
    db.actions.where('status').equals('open').toArray(),
    db.referrals.where('deletedAt').equals(0).toArray(),
    db.meetings.where('date').aboveOrEqual(addDays(today, -CONSENT_MEETING_DAYS)).toArray(),
    readContactIntervals(session),
    readStallDays(session),
  ]);
  const input: ReachInput = {
    today,
    persons: persons.getSnapshot(),
    lastContact,
    actions: actionRows
      .filter((a) => a.deletedAt === 0)
      .map((a) => ({ id: a.id, status: a.status, due: a.due, districtId: a.districtId, personId: a.personId })),
    referrals: referralRows.flatMap((r) =>
      isStatus(r.status) ? [{ id: r.id, personId: r.personId, status: r.status, statusDate: r.statusDate, districtId: r.districtId }] : [],
    ),
    meetings: meetingRows.filter((m) => m.deletedAt === 0).map((m) => ({ id: m.id, date: m.date, personIds: m.personIds })),
    intervals,
    stallDays,
  };
  return { input, items: reachItems(input) };
}
