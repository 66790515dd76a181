// The attendee directory. Removing an entry only hides it from pickers: minutes keep their own
// copy of each attendee, so old minutes print exactly as they were agreed.
import type { DirectoryEntryInput } from '../../../shared/meetings/attendee';
import type { VaultSession } from '../../vault/session';
import { openRecords, type Stored } from '../../records/sealed';
import { directoryTable } from '../../records/tables';
import { newMeta, writeRecord } from '../../records/write';

export type DirectoryEntry = Stored<DirectoryEntryInput>;

export async function listDirectory(session: VaultSession, opts: { includeRemoved?: boolean } = {}): Promise<DirectoryEntry[]> {
  return (await readDirectory(session, opts)).items;
}

/** The directory, with the ids of entries that could not be opened (for the directory page to name). */
export async function readDirectory(
  session: VaultSession,
  opts: { includeRemoved?: boolean } = {},
): Promise<{ items: DirectoryEntry[]; corrupt: string[] }> {
  const rows = await session.db.directory.toArray();
  const { records, corrupt } = await openRecords(
    session,
    directoryTable,
    opts.includeRemoved ? rows : rows.filter((r) => r.deletedAt === 0),
  );
  const items = records.sort((a, b) => a.organisation.localeCompare(b.organisation, 'ja') || a.name.localeCompare(b.name, 'ja'));
  return { items, corrupt: corrupt.sort() };
}

/** Creates (no `existing`) or updates an entry; `existing` is the copy the form was opened with. */
export function saveDirectoryEntry(
  session: VaultSession,
  input: DirectoryEntryInput,
  now: number,
  existing?: DirectoryEntry,
): Promise<DirectoryEntry> {
  const record: DirectoryEntry = existing
    ? { ...input, id: existing.id, rev: existing.rev, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt }
    : { ...input, ...newMeta(now) };
  return writeRecord(session, directoryTable, record, existing ? 'directory.update' : 'directory.create', now);
}

export async function removeDirectoryEntry(session: VaultSession, entry: DirectoryEntry, now: number): Promise<void> {
  await writeRecord(session, directoryTable, { ...entry, deletedAt: now, updatedAt: now }, 'directory.remove', now, { asStored: true });
}
