// Filled ending notes: sealed like every record; the template id and version are inside the
// ciphertext together with the answers.
import { z } from 'zod';
import { answersSchema, type Answers } from '../../../shared/endingNotes/template';
import { AppError } from '../../../shared/errors/codes';
import type { EndingNoteRow } from '../../db/database';
import { appendAudit, type AuditAction } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';

const noteContentSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  templateVersion: z.number().int().min(1),
  answers: answersSchema,
});
export type NoteContent = z.infer<typeof noteContentSchema>;

export interface EndingNote extends NoteContent {
  id: string;
  personId: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
}

async function decode(session: VaultSession, row: EndingNoteRow): Promise<EndingNote> {
  const parsed = noteContentSchema.safeParse(await session.open('endingNotes', row.id, row.enc));
  if (!parsed.success) throw new AppError('RecordCorrupt', { id: row.id });
  return {
    ...parsed.data,
    id: row.id,
    personId: row.personId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

export async function notesOfPerson(session: VaultSession, personId: string): Promise<EndingNote[]> {
  const rows = await session.db.endingNotes.where('personId').equals(personId).toArray();
  const notes = await Promise.all(rows.filter((r) => r.deletedAt === 0).map((r) => decode(session, r)));
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getNote(session: VaultSession, id: string): Promise<EndingNote | undefined> {
  const row = await session.db.endingNotes.get(id);
  return row ? decode(session, row) : undefined;
}

async function write(session: VaultSession, note: EndingNote, action: AuditAction, now: number): Promise<EndingNote> {
  const { id, personId, createdAt, updatedAt, deletedAt, ...content } = note;
  const parsed = noteContentSchema.safeParse(content);
  if (!parsed.success) throw new AppError('ValidationFailed');
  const row: EndingNoteRow = { id, personId, createdAt, updatedAt, deletedAt, enc: await session.seal('endingNotes', id, parsed.data) };
  const db = session.db;
  await db.transaction('rw', db.endingNotes, db.audit, async () => {
    await db.endingNotes.put(row);
    await appendAudit(db, session.actor, { action, table: 'endingNotes', recordId: id }, now);
  });
  return note;
}

export function createNote(
  session: VaultSession,
  personId: string,
  templateId: string,
  templateVersion: number,
  now: number,
): Promise<EndingNote> {
  return write(
    session,
    { id: crypto.randomUUID(), personId, templateId, templateVersion, answers: {}, createdAt: now, updatedAt: now, deletedAt: 0 },
    'endingNote.create',
    now,
  );
}

export function saveAnswers(session: VaultSession, note: EndingNote, answers: Answers, now: number): Promise<EndingNote> {
  return write(session, { ...note, answers, updatedAt: now }, 'endingNote.update', now);
}

export function trashNote(session: VaultSession, note: EndingNote, now: number): Promise<EndingNote> {
  return write(session, { ...note, deletedAt: now, updatedAt: now }, 'endingNote.trash', now);
}
