// Action items (役割分担 and contact follow-ups): sealed records with their due date, status,
// district and person in the clear so the list can be filtered without decrypting everything.
import { completeAction, reopenAction, type ActionItemInput } from '../../../shared/actions/actionItem';
import type { AuditAction } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import { openRecord, openRecords, type Stored } from '../../records/sealed';
import { actionsTable } from '../../records/tables';
import { writeRecord } from '../../records/write';

export type ActionItem = Stored<ActionItemInput>;

/** Every live action item, decrypted (a few hundred at most for a team). */
export async function listActions(session: VaultSession): Promise<{ items: ActionItem[]; corrupt: string[] }> {
  const rows = await session.db.actions.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, actionsTable, rows);
  return { items: records, corrupt };
}

/** The live action items among `ids` (a month's follow-ups, say): only those are opened. */
export async function actionsByIds(session: VaultSession, ids: readonly string[]): Promise<ActionItem[]> {
  const rows = (await session.db.actions.bulkGet([...ids])).filter((r): r is NonNullable<typeof r> => r !== undefined && r.deletedAt === 0);
  return (await openRecords(session, actionsTable, rows)).records;
}

export async function actionsOfSource(session: VaultSession, sourceId: string): Promise<ActionItem[]> {
  const rows = await session.db.actions.where('sourceId').equals(sourceId).toArray();
  const { records } = await openRecords(
    session,
    actionsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  return records.sort((a, b) => a.createdAt - b.createdAt || a.due.localeCompare(b.due));
}

/** `corrupt`, when given, collects the ids of rows that could not be opened (the timeline names them). */
export async function actionsOfPerson(session: VaultSession, personId: string, corrupt?: string[]): Promise<ActionItem[]> {
  const rows = await session.db.actions.where('personId').equals(personId).toArray();
  const opened = await openRecords(
    session,
    actionsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  corrupt?.push(...opened.corrupt);
  return opened.records;
}

/** Changes one action as the list shows it (`item` is the copy on screen, with its revision). */
async function change(
  session: VaultSession,
  item: ActionItem,
  f: (a: ActionItem) => ActionItem,
  action: AuditAction,
  now: number,
): Promise<ActionItem> {
  const row = await session.db.actions.get(item.id);
  if (!row || row.deletedAt !== 0) throw new AppError('NotFound', { id: item.id });
  // Opened to check the row is sound; the change itself is based on the screen's copy, so a
  // change made meanwhile elsewhere is refused rather than overwritten.
  await openRecord(session, actionsTable, row);
  return writeRecord(session, actionsTable, { ...f(item), updatedAt: now }, action, now);
}

export function markDone(session: VaultSession, item: ActionItem, doneDate: string, doneNote: string, now: number): Promise<ActionItem> {
  return change(session, item, (a) => completeAction(a, doneDate, doneNote), 'action.complete', now);
}

export function markOpen(session: VaultSession, item: ActionItem, now: number): Promise<ActionItem> {
  return change(session, item, (a) => reopenAction(a), 'action.reopen', now);
}
