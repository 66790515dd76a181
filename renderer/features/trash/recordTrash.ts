// Contact-log entries, meetings, referrals and ending notes in the trash: listed with a short
// label, restored with the action items that went with them, or purged for good when the trash is
// emptied (with their drafts).
import { meetingType } from '../../../shared/meetings/meeting';
import type { VaultSession } from '../../vault/session';
import { openRecords } from '../../records/sealed';
import { actionsTable, contactsTable, endingNotesTable, meetingsTable, referralsTable, type RecordTableName } from '../../records/tables';
import { draftsOfRecord } from '../../records/draftKeys';
import { recordWriter } from '../../records/write';
import type { AuditAction } from '../../audit/auditLog';
import { followUpId } from '../contactLog';

export type TrashedTable = 'contacts' | 'meetings' | 'referrals' | 'endingNotes';

export interface TrashedRecord {
  table: TrashedTable;
  id: string;
  rev: number;
  date: string;
  label: string;
  personId: string;
  deletedAt: number;
}

export async function listTrashedRecords(session: VaultSession): Promise<{ items: TrashedRecord[]; corrupt: string[] }> {
  const db = session.db;
  const [contactRows, meetingRows, referralRows, noteRows] = await Promise.all([
    db.contacts.where('deletedAt').above(0).toArray(),
    db.meetings.where('deletedAt').above(0).toArray(),
    db.referrals.where('deletedAt').above(0).toArray(),
    db.endingNotes.where('deletedAt').above(0).toArray(),
  ]);
  const contacts = await openRecords(session, contactsTable, contactRows);
  const meetings = await openRecords(session, meetingsTable, meetingRows);
  const referrals = await openRecords(session, referralsTable, referralRows);
  const notes = await openRecords(session, endingNotesTable, noteRows);
  const items = [
    ...referrals.records.map((r): TrashedRecord => ({
      table: 'referrals',
      id: r.id,
      rev: r.rev,
      date: r.consultedOn,
      label: '成年後見制度の利用相談',
      personId: r.personId,
      deletedAt: r.deletedAt,
    })),
    ...contacts.records.map((c): TrashedRecord => ({
      table: 'contacts',
      id: c.id,
      rev: c.rev,
      date: c.date,
      label: c.kind,
      personId: c.personId,
      deletedAt: c.deletedAt,
    })),
    ...meetings.records.map((m): TrashedRecord => ({
      table: 'meetings',
      id: m.id,
      rev: m.rev,
      date: m.date,
      label: meetingType(m.type).label,
      personId: m.cases[0]?.personId ?? '',
      deletedAt: m.deletedAt,
    })),
    ...notes.records.map((n): TrashedRecord => ({
      table: 'endingNotes',
      id: n.id,
      rev: n.rev,
      date: '',
      label: 'エンディングノート',
      personId: n.personId,
      deletedAt: n.deletedAt,
    })),
  ].sort((a, b) => b.deletedAt - a.deletedAt);
  return { items, corrupt: [...contacts.corrupt, ...meetings.corrupt, ...referrals.corrupt, ...notes.corrupt] };
}

const TABLES = { contacts: contactsTable, meetings: meetingsTable, referrals: referralsTable, endingNotes: endingNotesTable } as const;
const RESTORE: Record<TrashedTable, AuditAction> = {
  contacts: 'contact.restore',
  meetings: 'meeting.restore',
  referrals: 'referral.restore',
  endingNotes: 'endingNote.restore',
};
const PURGE: Record<TrashedTable | 'actions', AuditAction> = {
  contacts: 'contact.purge',
  meetings: 'meeting.purge',
  referrals: 'referral.purge',
  endingNotes: 'endingNote.purge',
  actions: 'action.purge',
};

/** Brings a record back, with the action items that were removed together with it. */
export async function restoreRecord(
  session: VaultSession,
  r: Pick<TrashedRecord, 'table' | 'id' | 'deletedAt'>,
  now: number,
): Promise<void> {
  const db = session.db;
  const table = TABLES[r.table];
  const row = await db.table(r.table).get(r.id);
  const { records } = await openRecords(session, table as typeof contactsTable, row ? [row] : []);
  const rec = records[0];
  if (!rec) return;
  const w = recordWriter(session);
  await w.put(table as typeof contactsTable, { ...rec, deletedAt: 0, updatedAt: now }, RESTORE[r.table], { asStored: true });
  if (r.table === 'contacts' || r.table === 'meetings') {
    // Only the actions trashed in the same moment as the record: ones deleted earlier by an edit stay deleted.
    const actionRows =
      r.table === 'contacts'
        ? await db.actions.where('id').equals(followUpId(r.id)).toArray()
        : await db.actions.where('sourceId').equals(r.id).toArray();
    const actions = await openRecords(
      session,
      actionsTable,
      actionRows.filter((x) => x.deletedAt === r.deletedAt),
    );
    for (const a of actions.records) await w.put(actionsTable, { ...a, deletedAt: 0, updatedAt: now }, 'action.update', { asStored: true });
  }
  await w.commit(now);
}

/** Permanently removes trashed contacts, meetings, referrals and ending notes, every deleted action item, and their drafts. */
export async function purgeTrashedRecords(session: VaultSession, now: number): Promise<number> {
  const db = session.db;
  const w = recordWriter(session);
  let count = 0;
  const drafts: string[] = [];
  for (const name of ['contacts', 'meetings', 'referrals', 'endingNotes', 'actions'] as const) {
    const rows = await db.table<{ id: string; rev: number }>(name).where('deletedAt').above(0).toArray();
    const spec = name === 'actions' ? actionsTable : TABLES[name];
    for (const r of rows) {
      w.remove(spec as typeof contactsTable, r.id, r.rev, PURGE[name]);
      drafts.push(...draftsOfRecord(name as RecordTableName, r.id));
    }
    if (name !== 'actions') count += rows.length;
  }
  w.dropDrafts(drafts);
  await w.commit(now);
  return count;
}
