// Filled ending notes: sealed like every record, through the one record path. The template id
// and version are inside the ciphertext together with the answers.
import { ENDING_NOTE_GOAL_PRESET } from '../../../shared/domain/goals';
import type { Answers } from '../../../shared/endingNotes/template';
import type { EndingNoteInput } from '../../../shared/endingNotes/note';
import type { VaultSession } from '../../vault/session';
import { openRecord, openRecords, type Stored } from '../../records/sealed';
import { endingNotesTable } from '../../records/tables';
import { newMeta, writeRecord } from '../../records/write';

export type EndingNote = Stored<EndingNoteInput>;

/** `corrupt`, when given, collects the ids of rows that could not be opened (the timeline names them). */
export async function notesOfPerson(session: VaultSession, personId: string, corrupt?: string[]): Promise<EndingNote[]> {
  const rows = await session.db.endingNotes.where('personId').equals(personId).toArray();
  const { records, corrupt: bad } = await openRecords(
    session,
    endingNotesTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  corrupt?.push(...bad);
  return records.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getNote(session: VaultSession, id: string): Promise<EndingNote | undefined> {
  const row = await session.db.endingNotes.get(id);
  return row ? openRecord(session, endingNotesTable, row) : undefined;
}

export function createNote(
  session: VaultSession,
  personId: string,
  templateId: string,
  templateVersion: number,
  now: number,
): Promise<EndingNote> {
  return writeRecord(
    session,
    endingNotesTable,
    { personId, templateId, templateVersion, answers: {}, goals: [...ENDING_NOTE_GOAL_PRESET], ...newMeta(now) },
    'endingNote.create',
    now,
  );
}

/** Saves the answers on top of `note` (the copy the page holds: a newer one elsewhere is a StaleRevision). */
export function saveAnswers(session: VaultSession, note: EndingNote, answers: Answers, now: number): Promise<EndingNote> {
  return writeRecord(session, endingNotesTable, { ...note, answers, updatedAt: now }, 'endingNote.update', now);
}

export function trashNote(session: VaultSession, note: EndingNote, now: number): Promise<EndingNote> {
  return writeRecord(session, endingNotesTable, { ...note, deletedAt: now, updatedAt: now }, 'endingNote.trash', now, { asStored: true });
}
