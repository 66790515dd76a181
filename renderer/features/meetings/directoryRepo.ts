// The attendee directory. Removing an entry only hides it from pickers: minutes keep their own
// copy of each attendee, so old minutes print exactly as they were agreed.
import { directoryEntrySchema, type DirectoryEntryInput } from '../../../shared/meetings/attendee';
import { openRecords, sealRecord, type Stored } from '../../records/sealed';
import { appendAudit } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';

export type DirectoryEntry = Stored<DirectoryEntryInput>;

export async function listDirectory(session: VaultSession, opts: { includeRemoved?: boolean } = {}): Promise<DirectoryEntry[]> {
  const rows = await session.db.directory.toArray();
  const { records } = await openRecords(
    session,
    'directory',
    directoryEntrySchema,
    opts.includeRemoved ? rows : rows.filter((r) => r.deletedAt === 0),
  );
  return records.sort((a, b) => a.organisation.localeCompare(b.organisation, 'ja') || a.name.localeCompare(b.name, 'ja'));
}

export async function saveDirectoryEntry(
  session: VaultSession,
  input: DirectoryEntryInput,
  now: number,
  existing?: DirectoryEntry,
): Promise<DirectoryEntry> {
  const record: DirectoryEntry = existing
    ? { ...input, id: existing.id, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...input, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: 0 };
  const { meta, content, enc } = await sealRecord(session, 'directory', directoryEntrySchema, record);
  const db = session.db;
  await db.transaction('rw', db.directory, db.audit, async () => {
    await db.directory.put({ ...meta, enc });
    await appendAudit(
      db,
      session.actor,
      { action: existing ? 'directory.update' : 'directory.create', table: 'directory', recordId: record.id },
      now,
    );
  });
  return { ...content, ...meta };
}

export async function removeDirectoryEntry(session: VaultSession, id: string, now: number): Promise<void> {
  const db = session.db;
  if (!(await db.directory.get(id))) throw new AppError('NotFound', { id });
  await db.transaction('rw', db.directory, db.audit, async () => {
    await db.directory.update(id, { deletedAt: now, updatedAt: now });
    await appendAudit(db, session.actor, { action: 'directory.remove', table: 'directory', recordId: id }, now);
  });
}
