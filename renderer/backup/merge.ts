// Taking records back from a backup of this same vault into the live one (a record deleted by
// mistake, a machine that was restored from an older copy). First a preview: every record of the
// file is new here, newer in the file, newer here, unchanged, or changed on both sides; then one
// all-or-nothing transaction writes what the person chose. A record changed on both sides is
// shown in both versions and written only as the person decides: nothing is overwritten unseen.
//
// Revisions on one vault grow one by one with every save, so between a backup of this vault and
// the vault itself a higher revision is a later version of the same record. The same revision
// with other content means the record was changed in two places (two copies of the vault).
import { markClearRefresh, refreshClearColumns } from '../records/clearColumns';
import { updateLastContacts } from '../records/lastContact';
import { AppError } from '../../shared/errors/codes';
import type { ContactRow, SealedRow, StagingRow } from '../db/database';
import { appendAudit, type AuditEvent } from '../audit/auditLog';
import { openRecord, sealRecord, type Stored } from '../records/sealed';
import {
  actionsTable,
  contactsTable,
  directoryTable,
  endingNotesTable,
  meetingsTable,
  personsTable,
  referralsTable,
  type RecordTable,
  type RecordTableName,
} from '../records/tables';
import type { VaultSession } from '../vault/session';
import { dropStaging, type StagedFile } from './restore';

export type MergeKind = 'new' | 'updated' | 'conflict' | 'unchanged' | 'newerHere' | 'damaged';

export const RECORD_TABLES: Record<RecordTableName, RecordTable<unknown, SealedRow>> = {
  persons: personsTable as unknown as RecordTable<unknown, SealedRow>,
  endingNotes: endingNotesTable as unknown as RecordTable<unknown, SealedRow>,
  contacts: contactsTable as unknown as RecordTable<unknown, SealedRow>,
  meetings: meetingsTable as unknown as RecordTable<unknown, SealedRow>,
  actions: actionsTable as unknown as RecordTable<unknown, SealedRow>,
  directory: directoryTable as unknown as RecordTable<unknown, SealedRow>,
  referrals: referralsTable as unknown as RecordTable<unknown, SealedRow>,
};
const isRecordTable = (t: string): t is RecordTableName => t in RECORD_TABLES;

export interface MergeItem {
  table: RecordTableName;
  id: string;
  kind: MergeKind;
  /** The live revision seen by the preview (0 when new): the commit refuses if it moved since. */
  liveRev: number;
}

export interface Conflict {
  table: RecordTableName;
  id: string;
  mine: Stored<unknown>;
  theirs: Stored<unknown>;
}

export interface MergePreview {
  staged: StagedFile;
  counts: Record<MergeKind, number>;
  byTable: Record<string, Partial<Record<MergeKind, number>>>;
  items: MergeItem[];
  conflicts: Conflict[];
}

const content = (r: Stored<unknown>) => {
  const { id: _i, rev: _r, createdAt: _c, updatedAt: _u, ...rest } = r as unknown as Record<string, unknown>;
  return JSON.stringify(rest);
};

const PAGE = 4;

/** Every staged row of a batch, one chunk read at a time. */
export async function* stagedRows(session: VaultSession, batch: string): AsyncGenerator<{ table: string; row: unknown }> {
  let last = -1;
  for (;;) {
    const page: StagingRow[] = await session.db.staging
      .where('[batch+n]')
      .between([batch, last + 1], [batch, Number.MAX_SAFE_INTEGER], true, true)
      .limit(PAGE)
      .toArray();
    if (page.length === 0) return;
    for (const chunk of page) for (const row of chunk.rows) yield { table: chunk.table, row };
    last = page[page.length - 1]?.n ?? last;
  }
}

/** Sorts every record of a staged backup of this vault against the live records. */
export async function previewMerge(session: VaultSession, staged: StagedFile): Promise<MergePreview> {
  if (staged.header.source.vaultId !== session.vaultId) {
    await dropStaging(session.db, staged.batch);
    throw new AppError('NotPermitted', { reason: 'other-vault' });
  }
  const counts: Record<MergeKind, number> = { new: 0, updated: 0, conflict: 0, unchanged: 0, newerHere: 0, damaged: 0 };
  const byTable: MergePreview['byTable'] = {};
  const items: MergeItem[] = [];
  const conflicts: Conflict[] = [];
  for await (const s of stagedRows(session, staged.batch)) {
    if (!isRecordTable(s.table)) continue;
    const table = RECORD_TABLES[s.table];
    const row = s.row as SealedRow;
    const live = (await session.db.table(s.table).get(row.id)) as SealedRow | undefined;
    let kind: MergeKind;
    const opened = await Promise.all([openRecord(session, table, row), live ? openRecord(session, table, live) : null]).catch(() => null);
    const theirs = opened?.[0] ?? null;
    const mine = opened?.[1] ?? null;
    if (!theirs || (live && !mine)) kind = 'damaged';
    else if (!live || !mine) kind = 'new';
    else if (content(mine) === content(theirs)) kind = 'unchanged';
    else if (row.rev < live.rev) kind = 'newerHere';
    else if (row.rev > live.rev) kind = 'updated';
    else kind = 'conflict';
    counts[kind]++;
    const t = (byTable[s.table] ??= {});
    t[kind] = (t[kind] ?? 0) + 1;
    items.push({ table: s.table, id: row.id, kind, liveRev: live?.rev ?? 0 });
    if (kind === 'conflict' && mine && theirs) conflicts.push({ table: s.table, id: row.id, mine, theirs });
  }
  return { staged, counts, byTable, items, conflicts };
}

export type Choice = 'mine' | 'theirs';
export const conflictKey = (c: { table: string; id: string }) => `${c.table}/${c.id}`;

/**
 * Writes the new and newer records of the preview, and each conflict the person chose the
 * file's version for, in one transaction with one audit entry per record; any live record that
 * changed since the preview fails the whole merge with StaleRevision. Every conflict must have a
 * choice. Returns how many records were written.
 */
export async function commitMerge(
  session: VaultSession,
  preview: MergePreview,
  choices: ReadonlyMap<string, Choice>,
  now: number,
): Promise<number> {
  const missing = preview.conflicts.filter((c) => !choices.has(conflictKey(c)));
  if (missing.length > 0) throw new AppError('ValidationFailed', { reason: 'conflict-choice', count: missing.length });
  const take = new Map<string, MergeItem>();
  for (const item of preview.items) {
    const k = conflictKey(item);
    if (item.kind === 'new' || item.kind === 'updated' || (item.kind === 'conflict' && choices.get(k) === 'theirs')) take.set(k, item);
  }
  // A conflict settled for the file's version is written as the next revision of the live record,
  // so a form still holding the live copy is refused as stale instead of saving over it.
  const resealed = new Map<string, SealedRow>();
  for (const c of preview.conflicts) {
    if (choices.get(conflictKey(c)) !== 'theirs') continue;
    const { row } = await sealRecord(
      session,
      RECORD_TABLES[c.table],
      { ...c.theirs, rev: c.mine.rev + 1, updatedAt: now },
      { asStored: true },
    );
    resealed.set(conflictKey(c), row);
  }
  const db = session.db;
  const tables = [...Object.keys(RECORD_TABLES).map((t) => db.table(t)), db.staging, db.audit, db.vaultMeta, db.contactLast];
  const contactPersons = new Set<string>();
  let written = 0;
  const lacking = new Set<string>();
  await db.transaction('rw', tables, async () => {
    const events: AuditEvent[] = [];
    for await (const s of stagedRows(session, preview.staged.batch)) {
      const row = s.row as SealedRow;
      const item = take.get(`${s.table}/${row.id}`);
      if (!item) continue;
      const live = (await db.table(s.table).get(row.id)) as SealedRow | undefined;
      if ((live?.rev ?? 0) !== item.liveRev) throw new AppError('StaleRevision', { table: s.table, id: row.id });
      const put = resealed.get(`${s.table}/${row.id}`) ?? row;
      if (s.table === 'contacts') {
        contactPersons.add((put as ContactRow).personId);
        if (live) contactPersons.add((live as ContactRow).personId);
      }
      // A row from a file of an older schema lacks the clear columns added since.
      if (RECORD_TABLES[s.table as RecordTableName].lateClear?.some((k) => (put as unknown as Record<string, unknown>)[k] === undefined))
        lacking.add(s.table);
      await db.table(s.table).put(put);
      events.push({ action: item.kind === 'conflict' ? 'record.mergeConflict' : 'record.merge', table: s.table, recordId: row.id });
      written++;
    }
    if (lacking.size > 0) await markClearRefresh(session, [...lacking]);
    await updateLastContacts(db, [], contactPersons);
    events.push({ action: 'backup.merge', table: 'vault', recordId: String(written) });
    await appendAudit(session, events, now);
    await db.staging.where('batch').equals(preview.staged.batch).delete();
  });
  if (lacking.size > 0) await refreshClearColumns(session);
  return written;
}
