// 見守り・相談記録: sealed log entries. A follow-up with a due date becomes an action item (one
// per entry, id `fu-<entry id>`) in the same transaction, so it shows up in the やること list
// and can never be forgotten in a note.
import { contactSchema, type ContactInput } from '../../../shared/contactLog/contact';
import { actionItemSchema, type ActionItemInput } from '../../../shared/actions/actionItem';
import type { ContactRow } from '../../db/database';
import { openRecord, openRecords, sealRecord, type Stored } from '../../records/sealed';
import { appendAudit, appendAuditMany } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import { actionRow, type ActionItem } from '../actions';

export type Contact = Stored<ContactInput>;

export const followUpId = (contactId: string) => `fu-${contactId}`;

export async function getContact(session: VaultSession, id: string): Promise<Contact | undefined> {
  const row = await session.db.contacts.get(id);
  return row ? openRecord(session, 'contacts', contactSchema, row) : undefined;
}

export async function contactsOfPerson(session: VaultSession, personId: string): Promise<Contact[]> {
  const rows = await session.db.contacts.where('personId').equals(personId).toArray();
  const { records } = await openRecords(
    session,
    'contacts',
    contactSchema,
    rows.filter((r) => r.deletedAt === 0),
  );
  return records.sort(newestFirst);
}

/** Live entries between two calendar dates (inclusive), newest first. */
export async function contactsBetween(session: VaultSession, from: string, to: string): Promise<{ items: Contact[]; corrupt: string[] }> {
  const rows = await session.db.contacts.where('date').between(from, to, true, true).toArray();
  const { records, corrupt } = await openRecords(
    session,
    'contacts',
    contactSchema,
    rows.filter((r) => r.deletedAt === 0),
  );
  return { items: records.sort(newestFirst), corrupt };
}

function newestFirst(a: Contact, b: Contact): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}

/** Creates (no id) or updates an entry; keeps its follow-up action in step. */
export async function saveContact(
  session: VaultSession,
  input: ContactInput,
  districtId: string,
  now: number,
  existing?: Contact,
): Promise<Contact> {
  const record: Contact = existing
    ? { ...input, id: existing.id, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...input, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: 0 };
  const { meta, content, enc } = await sealRecord(session, 'contacts', contactSchema, record);
  const row: ContactRow = { ...meta, date: content.date, personId: content.personId, recordedBy: content.recordedBy, enc };
  const db = session.db;
  const fuId = followUpId(record.id);
  const prevRow = await db.actions.get(fuId);
  const prev = prevRow && prevRow.deletedAt === 0 ? await openRecord(session, 'actions', actionItemSchema, prevRow) : undefined;
  let followUp: ActionItem | null = null;
  if (content.followUp.needed) {
    const base: ActionItemInput = {
      source: 'contact',
      sourceId: record.id,
      owner: content.recordedByName || '—',
      ownerOrg: '民生委員・児童委員',
      task: content.followUp.task.trim() || content.summary.trim().slice(0, 200) || 'フォローアップ',
      due: content.followUp.due,
      personId: content.personId,
      districtId,
      status: prev?.status ?? 'open',
      doneDate: prev?.doneDate ?? '',
      doneNote: prev?.doneNote ?? '',
    };
    followUp = { ...base, id: fuId, createdAt: prev?.createdAt ?? now, updatedAt: now, deletedAt: 0 };
  }
  const fuRow = followUp ? await actionRow(session, followUp) : null;
  await db.transaction('rw', db.contacts, db.actions, db.audit, async () => {
    await db.contacts.put(row);
    await appendAudit(
      db,
      session.actor,
      { action: existing ? 'contact.update' : 'contact.create', table: 'contacts', recordId: record.id },
      now,
    );
    if (fuRow) {
      await db.actions.put(fuRow);
      await appendAudit(db, session.actor, { action: prev ? 'action.update' : 'action.create', table: 'actions', recordId: fuId }, now);
    } else if (prev) {
      await db.actions.update(fuId, { deletedAt: now, updatedAt: now });
      await appendAudit(db, session.actor, { action: 'action.delete', table: 'actions', recordId: fuId }, now);
    }
  });
  return { ...content, ...meta };
}

export async function trashContact(session: VaultSession, id: string, now: number): Promise<void> {
  const db = session.db;
  const row = await db.contacts.get(id);
  if (!row) throw new AppError('NotFound', { id });
  await db.transaction('rw', db.contacts, db.actions, db.audit, async () => {
    await db.contacts.update(id, { deletedAt: now, updatedAt: now });
    await appendAudit(db, session.actor, { action: 'contact.trash', table: 'contacts', recordId: id }, now);
    const fu = await db.actions.get(followUpId(id));
    if (fu && fu.deletedAt === 0) {
      await db.actions.update(fu.id, { deletedAt: now, updatedAt: now });
      await appendAudit(db, session.actor, { action: 'action.delete', table: 'actions', recordId: fu.id }, now);
    }
  });
}

/**
 * Writes many entries in one transaction (demo vault, benchmark). Follow-ups are not turned
 * into action items here: bulk entries must come without them.
 */
export async function addContactsInBulk(session: VaultSession, inputs: readonly ContactInput[], now: number): Promise<number> {
  if (inputs.some((c) => c.followUp.needed)) throw new AppError('ValidationFailed', { reason: 'bulk entries carry no follow-up' });
  const rows: ContactRow[] = await Promise.all(
    inputs.map(async (c): Promise<ContactRow> => {
      const { meta, content, enc } = await sealRecord(session, 'contacts', contactSchema, {
        ...c,
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
      });
      return { ...meta, date: content.date, personId: content.personId, recordedBy: content.recordedBy, enc };
    }),
  );
  const db = session.db;
  await db.transaction('rw', db.contacts, db.audit, async () => {
    await db.contacts.bulkPut(rows);
    await appendAuditMany(
      db,
      session.actor,
      rows.map((r) => ({ action: 'contact.create' as const, table: 'contacts', recordId: r.id })),
      now,
    );
  });
  return rows.length;
}
