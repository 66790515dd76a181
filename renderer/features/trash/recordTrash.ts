// Contact-log entries, meetings and referrals in the trash: listed with a short label, restored with the
// action items that went with them, or purged for good when the trash is emptied.
import { contactSchema } from '../../../shared/contactLog/contact';
import { meetingSchema, meetingType } from '../../../shared/meetings/meeting';
import { referralSchema } from '../../../shared/referrals/referral';
import { openRecords } from '../../records/sealed';
import { appendAudit, appendAuditMany } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { followUpId } from '../contactLog';

export interface TrashedRecord {
  table: 'contacts' | 'meetings' | 'referrals';
  id: string;
  date: string;
  label: string;
  personId: string;
  deletedAt: number;
}

export async function listTrashedRecords(session: VaultSession): Promise<TrashedRecord[]> {
  const db = session.db;
  const [contactRows, meetingRows, referralRows] = await Promise.all([
    db.contacts.where('deletedAt').above(0).toArray(),
    db.meetings.where('deletedAt').above(0).toArray(),
    db.referrals.where('deletedAt').above(0).toArray(),
  ]);
  const contacts = (await openRecords(session, 'contacts', contactSchema, contactRows)).records;
  const meetings = (await openRecords(session, 'meetings', meetingSchema, meetingRows)).records;
  const referrals = (await openRecords(session, 'referrals', referralSchema, referralRows)).records;
  return [
    ...referrals.map((r): TrashedRecord => ({
      table: 'referrals',
      id: r.id,
      date: r.consultedOn,
      label: '成年後見制度の利用相談',
      personId: r.personId,
      deletedAt: r.deletedAt,
    })),
    ...contacts.map((c): TrashedRecord => ({
      table: 'contacts',
      id: c.id,
      date: c.date,
      label: c.kind,
      personId: c.personId,
      deletedAt: c.deletedAt,
    })),
    ...meetings.map((m): TrashedRecord => ({
      table: 'meetings',
      id: m.id,
      date: m.date,
      label: meetingType(m.type).label,
      personId: m.cases[0]?.personId ?? '',
      deletedAt: m.deletedAt,
    })),
  ].sort((a, b) => b.deletedAt - a.deletedAt);
}

const RESTORE = { contacts: 'contact.restore', meetings: 'meeting.restore', referrals: 'referral.restore' } as const;

/** Brings a record back, with the action items that were removed together with it. */
export async function restoreRecord(
  session: VaultSession,
  r: Pick<TrashedRecord, 'table' | 'id' | 'deletedAt'>,
  now: number,
): Promise<void> {
  const db = session.db;
  await db.transaction('rw', [db.contacts, db.meetings, db.referrals, db.actions, db.audit], async () => {
    const table = r.table === 'contacts' ? db.contacts : r.table === 'meetings' ? db.meetings : db.referrals;
    await table.update(r.id, { deletedAt: 0, updatedAt: now });
    await appendAudit(db, session.actor, { action: RESTORE[r.table], table: r.table, recordId: r.id }, now);
    if (r.table === 'referrals') return;
    // Only the actions trashed in the same moment as the record: ones deleted earlier by an edit stay deleted.
    const actions =
      r.table === 'contacts'
        ? await db.actions.where('id').equals(followUpId(r.id)).toArray()
        : await db.actions.where('sourceId').equals(r.id).toArray();
    for (const a of actions.filter((x) => x.deletedAt === r.deletedAt)) {
      await db.actions.update(a.id, { deletedAt: 0, updatedAt: now });
      await appendAudit(db, session.actor, { action: 'action.update', table: 'actions', recordId: a.id }, now);
    }
  });
}

/** Permanently removes trashed contacts, meetings and referrals and every deleted action item. */
export async function purgeTrashedRecords(session: VaultSession, now: number): Promise<number> {
  const db = session.db;
  let count = 0;
  await db.transaction('rw', [db.contacts, db.meetings, db.referrals, db.actions, db.drafts, db.audit], async () => {
    const referrals = await db.referrals.where('deletedAt').above(0).primaryKeys();
    const contacts = await db.contacts.where('deletedAt').above(0).primaryKeys();
    const meetings = await db.meetings.where('deletedAt').above(0).primaryKeys();
    const actions = await db.actions.where('deletedAt').above(0).primaryKeys();
    await db.contacts.bulkDelete(contacts);
    await db.meetings.bulkDelete(meetings);
    await db.actions.bulkDelete(actions);
    await db.referrals.bulkDelete(referrals);
    // Unsaved edits of purged records must not outlive them.
    await db.drafts.bulkDelete([
      ...contacts.map((id) => `contact-edit:${id}`),
      ...meetings.map((id) => `meeting-edit:${id}`),
      ...referrals.flatMap((id) => [`referral-edit:${id}`, `referral-sheet:${id}`]),
    ]);
    await appendAuditMany(
      db,
      session.actor,
      [
        ...contacts.map((id) => ({ action: 'contact.purge' as const, table: 'contacts', recordId: id })),
        ...meetings.map((id) => ({ action: 'meeting.purge' as const, table: 'meetings', recordId: id })),
        ...actions.map((id) => ({ action: 'action.purge' as const, table: 'actions', recordId: id })),
        ...referrals.map((id) => ({ action: 'referral.purge' as const, table: 'referrals', recordId: id })),
      ],
      now,
    );
    count = contacts.length + meetings.length + referrals.length;
  });
  return count;
}
