// 見守り・相談記録: sealed log entries. A follow-up with a due date becomes an action item (one
// per entry, id `fu-<entry id>`) in the same transaction, so it shows up in the やること list
// and can never be forgotten in a note.
import { contactGoalPreset, normalizeP2Goals } from '../../../shared/domain/goals';
import { type ContactInput } from '../../../shared/contactLog/contact';
import { type ActionItemInput } from '../../../shared/actions/actionItem';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import { openRecord, openRecords, type Stored } from '../../records/sealed';
import { actionsTable, contactsTable } from '../../records/tables';
import type { ContactRow } from '../../db/database';
import { newMeta, recordWriter, type RecordWriter } from '../../records/write';

export type Contact = Stored<ContactInput>;

export const followUpId = (contactId: string) => `fu-${contactId}`;

export async function getContact(session: VaultSession, id: string): Promise<Contact | undefined> {
  const row = await session.db.contacts.get(id);
  return row ? openRecord(session, contactsTable, row) : undefined;
}

/** `corrupt`, when given, collects the ids of rows that could not be opened (the timeline names them). */
export async function contactsOfPerson(session: VaultSession, personId: string, corrupt?: string[]): Promise<Contact[]> {
  const rows = await session.db.contacts.where('personId').equals(personId).toArray();
  const opened = await openRecords(
    session,
    contactsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  corrupt?.push(...opened.corrupt);
  return opened.records.sort(newestFirst);
}

/** The first and last day the log has entries for (from the date index: nothing is opened). */
export async function contactDateSpan(session: VaultSession): Promise<{ first: string; last: string } | null> {
  const [first, last] = await Promise.all([session.db.contacts.orderBy('date').first(), session.db.contacts.orderBy('date').last()]);
  return first && last ? { first: first.date, last: last.date } : null;
}

/**
 * One commissioner's live entries between two calendar dates (inclusive), newest first: the
 * 活動記録 of a fiscal year opens that commissioner's few hundred entries, not the district's
 * tens of thousands (the [recordedBy+date] index).
 */
export async function contactsOfCommissioner(
  session: VaultSession,
  recordedBy: string,
  from: string,
  to: string,
): Promise<{ items: Contact[]; corrupt: string[] }> {
  const rows = await session.db.contacts.where('[recordedBy+date]').between([recordedBy, from], [recordedBy, to], true, true).toArray();
  const { records, corrupt } = await openRecords(
    session,
    contactsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  return { items: records.sort(newestFirst), corrupt };
}

/**
 * Every commissioner the log has entries of, each by their newest entry (its name is the one
 * to show): one index step and one opened entry per commissioner.
 */
export async function commissionerEntries(session: VaultSession): Promise<Contact[]> {
  const index = session.db.contacts.orderBy('[recordedBy+date]');
  const newest: ContactRow[] = [];
  let row = await index.last();
  while (row) {
    newest.push(row);
    const by = row.recordedBy;
    row = await session.db.contacts.where('[recordedBy+date]').below([by, '']).last();
  }
  return (await openRecords(session, contactsTable, newest)).records;
}

/** Live entries between two calendar dates (inclusive), newest first. */
export async function contactsBetween(session: VaultSession, from: string, to: string): Promise<{ items: Contact[]; corrupt: string[] }> {
  const rows = await session.db.contacts.where('date').between(from, to, true, true).toArray();
  const { records, corrupt } = await openRecords(
    session,
    contactsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  return { items: records.sort(newestFirst), corrupt };
}

function newestFirst(a: Contact, b: Contact): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}

/**
 * Creates (no `existing`) or updates an entry, keeping its follow-up action in step. `existing`
 * is the copy the form was opened with: if the entry was saved since, the save is refused
 * (StaleRevision) and nothing is written.
 */
export async function saveContact(
  session: VaultSession,
  input: ContactInput,
  districtId: string,
  now: number,
  existing?: Contact,
): Promise<Contact> {
  const w = recordWriter(session);
  const saved = await stageContact(session, w, input, districtId, now, existing);
  await w.commit(now);
  return saved;
}

/** Seals an entry (and its follow-up action) into `w`; written when `w` commits. */
async function stageContact(
  session: VaultSession,
  w: RecordWriter,
  input: ContactInput,
  districtId: string,
  now: number,
  existing?: Contact,
): Promise<Contact> {
  // The district is the person's when the entry was first made: a later move does not move it.
  const content: ContactInput = {
    ...input,
    districtId: input.districtId ?? existing?.districtId ?? districtId,
    goals: normalizeP2Goals(input.goals ?? contactGoalPreset(input)),
  };
  const record: Contact = existing
    ? { ...content, id: existing.id, rev: existing.rev, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...content, ...newMeta(now) };
  const fuId = followUpId(record.id);
  const prevRow = existing ? await session.db.actions.get(fuId) : undefined;
  const prev = prevRow ? await openRecord(session, actionsTable, prevRow) : undefined;
  const saved = await w.put(contactsTable, record, existing ? 'contact.update' : 'contact.create');
  const livePrev = prev && prev.deletedAt === 0 ? prev : undefined;
  if (saved.followUp.needed) {
    const base: ActionItemInput = {
      source: 'contact',
      sourceId: record.id,
      owner: saved.recordedByName || '—',
      ownerOrg: '民生委員・児童委員',
      task: saved.followUp.task.trim() || saved.summary.trim().slice(0, 200) || 'フォローアップ',
      due: saved.followUp.due,
      personId: saved.personId,
      districtId,
      status: livePrev?.status ?? 'open',
      doneDate: livePrev?.doneDate ?? '',
      doneNote: livePrev?.doneNote ?? '',
      goals: saved.goals ?? [],
    };
    // A follow-up removed earlier (trashed) comes back as the same action item, at its next revision.
    const meta = prev
      ? { id: fuId, rev: prev.rev, createdAt: prev.createdAt, updatedAt: now, deletedAt: 0 }
      : { ...newMeta(now), id: fuId };
    await w.put(actionsTable, { ...base, ...meta }, livePrev ? 'action.update' : 'action.create');
  } else if (livePrev) {
    await w.put(actionsTable, { ...livePrev, deletedAt: now, updatedAt: now }, 'action.delete', { asStored: true });
  }
  return saved;
}

/**
 * An entry and its continuation entries (a summary kept whole past the limit: splitContinuations),
 * the first saved over `existing` when given, the others new: one RecordWriter, one transaction,
 * so a part that cannot be sealed or written saves none of them (the form keeps the draft).
 */
export async function saveContactWithContinuations(
  session: VaultSession,
  parts: readonly ContactInput[],
  districtId: string,
  now: number,
  existing?: Contact,
): Promise<Contact> {
  const [first, ...rest] = parts;
  if (!first) throw new AppError('ValidationFailed', { reason: 'no entry to save' });
  const w = recordWriter(session);
  const saved = await stageContact(session, w, first, districtId, now, existing);
  for (const part of rest) await stageContact(session, w, part, districtId, now);
  await w.commit(now);
  return saved;
}

export async function trashContact(session: VaultSession, contact: Contact, now: number): Promise<void> {
  const w = recordWriter(session);
  await w.put(contactsTable, { ...contact, deletedAt: now, updatedAt: now }, 'contact.trash', { asStored: true });
  const fuRow = await session.db.actions.get(followUpId(contact.id));
  if (fuRow && fuRow.deletedAt === 0) {
    const fu = await openRecord(session, actionsTable, fuRow);
    await w.put(actionsTable, { ...fu, deletedAt: now, updatedAt: now }, 'action.delete', { asStored: true });
  }
  await w.commit(now);
}

/**
 * Writes many entries in one transaction (demo vault, benchmark). Follow-ups are not turned
 * into action items here: bulk entries must come without them.
 */
export async function addContactsInBulk(session: VaultSession, inputs: readonly ContactInput[], now: number): Promise<number> {
  if (inputs.some((c) => c.followUp.needed)) throw new AppError('ValidationFailed', { reason: 'bulk entries carry no follow-up' });
  const w = recordWriter(session);
  await Promise.all(inputs.map((c) => w.put(contactsTable, { ...c, ...newMeta(now) }, 'contact.create')));
  await w.commit(now);
  return inputs.length;
}
