// Meetings with their action items: the minutes and the 役割分担 rows are saved together in one
// transaction, so a crash never leaves minutes whose actions are half written.
import Dexie from 'dexie';
import { meetingSchema, type MeetingInput } from '../../../shared/meetings/meeting';
import type { ActionItemInput } from '../../../shared/actions/actionItem';
import type { ActionRow, MeetingRow } from '../../db/database';
import { openRecord, openRecords, sealRecord, type Stored } from '../../records/sealed';
import { appendAudit } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import { actionRow, actionsOfSource, type ActionItem } from '../actions';

export type Meeting = Stored<MeetingInput>;

/** An action row as edited in the meeting form: an existing id, or none for a new one. */
export interface ActionDraft {
  id?: string;
  owner: string;
  ownerOrg: string;
  task: string;
  due: string;
  personId: string;
}

export async function getMeeting(session: VaultSession, id: string): Promise<Meeting | undefined> {
  const row = await session.db.meetings.get(id);
  return row ? openRecord(session, 'meetings', meetingSchema, row) : undefined;
}

export async function listMeetings(session: VaultSession): Promise<{ items: Meeting[]; corrupt: string[] }> {
  const rows = await session.db.meetings.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, 'meetings', meetingSchema, rows);
  return { items: records.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt), corrupt };
}

export async function meetingsOfPerson(session: VaultSession, personId: string): Promise<Meeting[]> {
  const rows = await session.db.meetings.where('personIds').equals(personId).toArray();
  return (
    await openRecords(
      session,
      'meetings',
      meetingSchema,
      rows.filter((r) => r.deletedAt === 0),
    )
  ).records;
}

/**
 * The latest meeting of the same team (same type and district) on or before the date, if any.
 * Two meetings on one day are told apart by when they were recorded.
 */
export async function previousMeetingOfTeam(
  session: VaultSession,
  m: Pick<MeetingInput, 'type' | 'districtId' | 'date'>,
  excludeId?: string,
): Promise<Meeting | undefined> {
  const rows = await session.db.meetings
    .where('[type+districtId+date]')
    .between([m.type, m.districtId, Dexie.minKey], [m.type, m.districtId, m.date], true, true)
    .toArray();
  const row = rows
    .filter((r) => r.deletedAt === 0 && r.id !== excludeId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt)[0];
  return row ? openRecord(session, 'meetings', meetingSchema, row) : undefined;
}

/**
 * Saves the minutes and their action rows. Rows keep their status (a row closed from the list
 * stays closed when the minutes are edited); rows removed in the form are deleted.
 */
export async function saveMeeting(
  session: VaultSession,
  input: MeetingInput,
  drafts: readonly ActionDraft[],
  now: number,
  existing?: Meeting,
): Promise<Meeting> {
  const record: Meeting = existing
    ? { ...input, id: existing.id, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...input, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: 0 };
  const { meta, content, enc } = await sealRecord(session, 'meetings', meetingSchema, record);
  const row: MeetingRow = {
    ...meta,
    date: content.date,
    type: content.type,
    districtId: content.districtId,
    personIds: content.cases.map((c) => c.personId),
    enc,
  };

  const before = existing ? await actionsOfSource(session, existing.id) : [];
  const byId = new Map(before.map((a) => [a.id, a]));
  const keep = new Set<string>();
  const writes: { row: ActionRow; created: boolean; changed: boolean }[] = [];
  for (const d of drafts) {
    const prev = d.id ? byId.get(d.id) : undefined;
    const base: ActionItemInput = {
      source: 'meeting',
      sourceId: record.id,
      owner: d.owner,
      ownerOrg: d.ownerOrg,
      task: d.task,
      due: d.due,
      personId: d.personId,
      districtId: content.districtId,
      status: prev?.status ?? 'open',
      doneDate: prev?.doneDate ?? '',
      doneNote: prev?.doneNote ?? '',
    };
    const item: ActionItem = {
      ...base,
      id: prev?.id ?? crypto.randomUUID(),
      createdAt: prev?.createdAt ?? now,
      updatedAt: now,
      deletedAt: 0,
    };
    keep.add(item.id);
    const changed = !prev || (['owner', 'ownerOrg', 'task', 'due', 'personId', 'districtId'] as const).some((k) => prev[k] !== base[k]);
    if (changed) writes.push({ row: await actionRow(session, item), created: !prev, changed });
  }
  const removed = before.filter((a) => !keep.has(a.id));

  const db = session.db;
  await db.transaction('rw', db.meetings, db.actions, db.audit, async () => {
    await db.meetings.put(row);
    await appendAudit(
      db,
      session.actor,
      { action: existing ? 'meeting.update' : 'meeting.create', table: 'meetings', recordId: record.id },
      now,
    );
    for (const w of writes) {
      await db.actions.put(w.row);
      await appendAudit(
        db,
        session.actor,
        { action: w.created ? 'action.create' : 'action.update', table: 'actions', recordId: w.row.id },
        now,
      );
    }
    for (const a of removed) {
      await db.actions.update(a.id, { deletedAt: now, updatedAt: now });
      await appendAudit(db, session.actor, { action: 'action.delete', table: 'actions', recordId: a.id }, now);
    }
  });
  return { ...content, ...meta };
}

export async function trashMeeting(session: VaultSession, id: string, now: number): Promise<void> {
  const db = session.db;
  if (!(await db.meetings.get(id))) throw new AppError('NotFound', { id });
  // Its open and done action items go with it (and come back with it from the trash).
  await db.transaction('rw', db.meetings, db.actions, db.audit, async () => {
    await db.meetings.update(id, { deletedAt: now, updatedAt: now });
    await appendAudit(db, session.actor, { action: 'meeting.trash', table: 'meetings', recordId: id }, now);
    const actions = (await db.actions.where('sourceId').equals(id).toArray()).filter((a) => a.deletedAt === 0);
    for (const a of actions) {
      await db.actions.update(a.id, { deletedAt: now, updatedAt: now });
      await appendAudit(db, session.actor, { action: 'action.delete', table: 'actions', recordId: a.id }, now);
    }
  });
}
