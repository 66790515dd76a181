// Action items (役割分担 and contact follow-ups): sealed records with their due date, status,
// district and person in the clear so the list can be filtered without decrypting everything.
import { actionItemSchema, completeAction, reopenAction, type ActionItemInput } from '../../../shared/actions/actionItem';
import type { ActionRow, VaultDatabase } from '../../db/database';
import { openRecord, openRecords, sealRecord, type Stored } from '../../records/sealed';
import { appendAudit, type AuditAction } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';

export type ActionItem = Stored<ActionItemInput>;

export async function actionRow(session: VaultSession, item: ActionItem): Promise<ActionRow> {
  const { meta, content, enc } = await sealRecord(session, 'actions', actionItemSchema, item);
  return {
    ...meta,
    sourceId: content.sourceId,
    status: content.status,
    due: content.due,
    districtId: content.districtId,
    personId: content.personId,
    enc,
  };
}

/** Every live action item, decrypted (a few hundred at most for a team). */
export async function listActions(session: VaultSession): Promise<{ items: ActionItem[]; corrupt: string[] }> {
  const rows = await session.db.actions.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, 'actions', actionItemSchema, rows);
  return { items: records, corrupt };
}

export async function actionsOfSource(session: VaultSession, sourceId: string): Promise<ActionItem[]> {
  const rows = await session.db.actions.where('sourceId').equals(sourceId).toArray();
  const { records } = await openRecords(
    session,
    'actions',
    actionItemSchema,
    rows.filter((r) => r.deletedAt === 0),
  );
  return records.sort((a, b) => a.createdAt - b.createdAt || a.due.localeCompare(b.due));
}

export async function actionsOfPerson(session: VaultSession, personId: string): Promise<ActionItem[]> {
  const rows = await session.db.actions.where('personId').equals(personId).toArray();
  return (
    await openRecords(
      session,
      'actions',
      actionItemSchema,
      rows.filter((r) => r.deletedAt === 0),
    )
  ).records;
}

/** Writes one action and its audit entry; call inside a transaction over actions + audit. */
export async function putAction(
  db: VaultDatabase,
  session: VaultSession,
  item: ActionItem,
  action: AuditAction,
  now: number,
): Promise<void> {
  await db.actions.put(await actionRow(session, item));
  await appendAudit(db, session.actor, { action, table: 'actions', recordId: item.id }, now);
}

async function change(
  session: VaultSession,
  id: string,
  f: (a: ActionItem) => ActionItem,
  action: AuditAction,
  now: number,
): Promise<ActionItem> {
  const row = await session.db.actions.get(id);
  if (!row || row.deletedAt !== 0) throw new AppError('NotFound', { id });
  const next = { ...f(await openRecord(session, 'actions', actionItemSchema, row)), updatedAt: now };
  const sealed = await actionRow(session, next);
  const db = session.db;
  await db.transaction('rw', db.actions, db.audit, async () => {
    await db.actions.put(sealed);
    await appendAudit(db, session.actor, { action, table: 'actions', recordId: id }, now);
  });
  return next;
}

export function markDone(session: VaultSession, id: string, doneDate: string, doneNote: string, now: number): Promise<ActionItem> {
  return change(session, id, (a) => completeAction(a, doneDate, doneNote), 'action.complete', now);
}

export function markOpen(session: VaultSession, id: string, now: number): Promise<ActionItem> {
  return change(session, id, (a) => reopenAction(a), 'action.reopen', now);
}
