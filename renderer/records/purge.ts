// Emptying the trash of persons for good, completely: afterwards no row anywhere refers to them.
// What is about the person goes with them (their ending notes, their guardianship referrals, and
// every draft that mentions them); what other work still has to count stays, detached: a contact
// entry keeps counting in the 活動記録 with no person, an action item stays on the list with no
// person, a meeting keeps its minutes without that case. One transaction, with an audit entry
// for every row purged or detached (ids only).
import type { VaultSession } from '../vault/session';
import { draftsMentioning } from './drafts';
import { draftsOfRecord } from './draftKeys';
import { openRecords } from './sealed';
import { actionsTable, contactsTable, endingNotesTable, meetingsTable, personsTable, referralsTable } from './tables';
import { recordWriter } from './write';

export interface PersonPurgeReport {
  persons: number;
  endingNotes: number;
  referrals: number;
  detached: { contacts: number; actions: number; meetings: number };
  drafts: number;
  /** Rows that mention a purged person but cannot be opened, so cannot be detached: left as they are. */
  unreadable: string[];
}

export async function purgePersons(session: VaultSession, candidateIds: readonly string[], now: number): Promise<PersonPurgeReport> {
  const db = session.db;
  const rows = (await db.persons.bulkGet([...candidateIds])).filter((r): r is NonNullable<typeof r> => r !== undefined && r.deletedAt > 0);
  const ids = rows.map((r) => r.id);
  const report: PersonPurgeReport = {
    persons: 0,
    endingNotes: 0,
    referrals: 0,
    detached: { contacts: 0, actions: 0, meetings: 0 },
    drafts: 0,
    unreadable: [],
  };
  if (ids.length === 0) return report;
  const gone = new Set(ids);

  const [notes, referrals, contactRows, actionRows, meetingRows] = await Promise.all([
    db.endingNotes.where('personId').anyOf(ids).toArray(),
    db.referrals.where('personId').anyOf(ids).toArray(),
    db.contacts.where('personId').anyOf(ids).toArray(),
    db.actions.where('personId').anyOf(ids).toArray(),
    db.meetings.where('personIds').anyOf(ids).distinct().toArray(),
  ]);
  const contacts = await openRecords(session, contactsTable, contactRows);
  const actions = await openRecords(session, actionsTable, actionRows);
  const meetings = await openRecords(session, meetingsTable, meetingRows);
  report.unreadable = [...contacts.corrupt, ...actions.corrupt, ...meetings.corrupt];

  const w = recordWriter(session);
  for (const r of rows) w.remove(personsTable, r.id, r.rev, 'person.purge');
  for (const n of notes) w.remove(endingNotesTable, n.id, n.rev, 'endingNote.purge');
  for (const r of referrals) w.remove(referralsTable, r.id, r.rev, 'referral.purge');
  for (const c of contacts.records)
    await w.put(contactsTable, { ...c, personId: '', updatedAt: now }, 'contact.detach', { asStored: true });
  for (const a of actions.records) await w.put(actionsTable, { ...a, personId: '', updatedAt: now }, 'action.detach', { asStored: true });
  for (const m of meetings.records)
    await w.put(meetingsTable, { ...m, cases: m.cases.filter((c) => !gone.has(c.personId)), updatedAt: now }, 'meeting.detach', {
      asStored: true,
    });

  const drafts = new Set<string>([
    ...ids.flatMap((id) => draftsOfRecord('persons', id)),
    ...referrals.flatMap((r) => draftsOfRecord('referrals', r.id)),
    ...(await draftsMentioning(session, [...ids, ...referrals.map((r) => r.id), ...notes.map((n) => n.id)])),
  ]);
  const existingDrafts = new Set((await db.drafts.bulkGet([...drafts])).filter((d) => d !== undefined).map((d) => d.key));
  w.dropDrafts(existingDrafts);
  for (const key of existingDrafts) w.log({ action: 'draft.purge', table: 'drafts', recordId: key.split(':')[0] ?? 'draft' });
  w.log({ action: 'trash.empty', table: 'persons', recordId: String(ids.length) });
  await w.commit(now);

  report.persons = ids.length;
  report.endingNotes = notes.length;
  report.referrals = referrals.length;
  report.detached = { contacts: contacts.records.length, actions: actions.records.length, meetings: meetings.records.length };
  report.drafts = existingDrafts.size;
  return report;
}
