// Meetings with their action items: the minutes and the 役割分担 rows are saved together in one
// transaction, so a crash never leaves minutes whose actions are half written.
import { normalizeP2Goals } from '../../../shared/domain/goals';
import Dexie from 'dexie';
import type { MeetingInput } from '../../../shared/meetings/meeting';
import type { ActionItemInput } from '../../../shared/actions/actionItem';
import { openRecord, openRecords, type Stored } from '../../records/sealed';
import { actionsTable, meetingsTable } from '../../records/tables';
import { newMeta, recordWriter } from '../../records/write';
import type { VaultSession } from '../../vault/session';
import { actionsOfSource } from '../actions';

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
  return row ? openRecord(session, meetingsTable, row) : undefined;
}

export async function listMeetings(session: VaultSession): Promise<{ items: Meeting[]; corrupt: string[] }> {
  const rows = await session.db.meetings.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, meetingsTable, rows);
  return { items: records.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt), corrupt };
}

/** `corrupt`, when given, collects the ids of rows that could not be opened (the timeline names them). */
export async function meetingsOfPerson(session: VaultSession, personId: string, corrupt?: string[]): Promise<Meeting[]> {
  const rows = await session.db.meetings.where('personIds').equals(personId).toArray();
  const opened = await openRecords(
    session,
    meetingsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  corrupt?.push(...opened.corrupt);
  return opened.records;
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
  return row ? openRecord(session, meetingsTable, row) : undefined;
}

/**
 * Saves the minutes and their action rows. Rows keep their status (a row closed from the list
 * stays closed when the minutes are edited); rows removed in the form are deleted. `existing` is
 * the copy the form was opened with: minutes saved since elsewhere are a StaleRevision.
 */
export async function saveMeeting(
  session: VaultSession,
  input: MeetingInput,
  drafts: readonly ActionDraft[],
  now: number,
  existing?: Meeting,
): Promise<Meeting> {
  const record: Meeting = existing
    ? { ...input, id: existing.id, rev: existing.rev, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...input, ...newMeta(now) };
  const w = recordWriter(session);
  const saved = await w.put(meetingsTable, record, existing ? 'meeting.update' : 'meeting.create');

  // The action items as they are now (one closed from the list since keeps its new status).
  const before = existing ? await actionsOfSource(session, existing.id) : [];
  const byId = new Map(before.map((a) => [a.id, a]));
  const keep = new Set<string>();
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
      districtId: saved.districtId,
      status: prev?.status ?? 'open',
      doneDate: prev?.doneDate ?? '',
      doneNote: prev?.doneNote ?? '',
      goals: normalizeP2Goals(saved.goals),
    };
    const meta = prev ? { id: prev.id, rev: prev.rev, createdAt: prev.createdAt, updatedAt: now, deletedAt: 0 } : newMeta(now);
    keep.add(meta.id);
    const changed =
      !prev ||
      (['owner', 'ownerOrg', 'task', 'due', 'personId', 'districtId'] as const).some((k) => prev[k] !== base[k]) ||
      JSON.stringify(prev.goals) !== JSON.stringify(base.goals);
    if (changed) await w.put(actionsTable, { ...base, ...meta }, prev ? 'action.update' : 'action.create');
  }
  for (const a of before.filter((x) => !keep.has(x.id)))
    await w.put(actionsTable, { ...a, deletedAt: now, updatedAt: now }, 'action.delete', { asStored: true });
  await w.commit(now);
  return saved;
}

/** Trashes the minutes with their open and done action items (they come back with it). */
export async function trashMeeting(session: VaultSession, meeting: Meeting, now: number): Promise<void> {
  const w = recordWriter(session);
  await w.put(meetingsTable, { ...meeting, deletedAt: now, updatedAt: now }, 'meeting.trash', { asStored: true });
  for (const a of await actionsOfSource(session, meeting.id))
    await w.put(actionsTable, { ...a, deletedAt: now, updatedAt: now }, 'action.delete', { asStored: true });
  await w.commit(now);
}
