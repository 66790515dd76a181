// The one write path: every change to sealed records, with its audit entries, goes through a
// RecordWriter and lands in one IndexedDB transaction (all of it, or none of it).
//
// Each record carries the revision it was read at. Sealing (async WebCrypto) happens first, then
// the transaction checks that every record is still at that revision and writes it as the next
// one: a save based on a stale copy (a second tab, a screen left open) is refused with
// StaleRevision and nothing is written, so nothing is ever silently overwritten.
import type { Table } from 'dexie';
import { AppError, toAppError } from '../../shared/errors/codes';
import type { SealedRow } from '../db/database';
import { appendAudit, type AuditAction, type AuditEvent } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';
import { storageWatch } from '../platform/storage';
import { sealRecord, type Stored } from './sealed';
import { dexieTable, type RecordTable } from './tables';
import { updateLastContacts } from './lastContact';
import type { ContactRow } from '../db/database';
import { markInbound } from '../db/teamOutbox';

interface PendingPut {
  table: Table<SealedRow, string>;
  name: string;
  row: SealedRow;
  /** The revision the change was based on; 0 for a new record. */
  base: number;
}
interface PendingDelete {
  table: Table<SealedRow, string>;
  name: string;
  id: string;
  base: number | null;
}

export class RecordWriter {
  private readonly session: VaultSession;
  private readonly puts: PendingPut[] = [];
  private readonly deletes: PendingDelete[] = [];
  private readonly drafts = new Set<string>();
  private readonly events: AuditEvent[] = [];
  private committed = false;
  /** The change writes what the team sent (team/sync.ts): the team outbox leaves it out. */
  inbound = false;

  constructor(session: VaultSession) {
    this.session = session;
  }

  /**
   * Validates and seals `record` as its next revision (`record.rev` is the revision it was read
   * at, 0 for a new one) and logs `action` for it. Returns the record as it will be stored.
   */
  async put<C, R extends SealedRow>(
    table: RecordTable<C, R>,
    record: Stored<C>,
    action: AuditAction | null,
    opts: { asStored?: boolean } = {},
  ): Promise<Stored<C>> {
    const { row, stored } = await sealRecord(this.session, table, { ...record, rev: record.rev + 1 }, opts);
    this.puts.push({
      table: dexieTable(this.session.db, table) as unknown as Table<SealedRow, string>,
      name: table.name,
      row,
      base: record.rev,
    });
    if (action) this.events.push({ action, table: table.name, recordId: record.id });
    return stored;
  }

  /** Deletes a row for good (purge). `base` null: whatever revision it has. */
  remove<C, R extends SealedRow>(table: RecordTable<C, R>, id: string, base: number | null, action: AuditAction | null): void {
    this.deletes.push({ table: dexieTable(this.session.db, table) as unknown as Table<SealedRow, string>, name: table.name, id, base });
    if (action) this.events.push({ action, table: table.name, recordId: id });
  }

  /** Drops unsaved drafts together with the change (a purged record's edits must not outlive it). */
  dropDrafts(keys: Iterable<string>): void {
    for (const k of keys) this.drafts.add(k);
  }

  /** An audit entry with no record of its own in this change (trash.empty's count, say). */
  log(event: AuditEvent): void {
    this.events.push(event);
  }

  get size(): number {
    return this.puts.length + this.deletes.length + this.drafts.size + this.events.length;
  }

  async commit(now: number): Promise<void> {
    if (this.committed) throw new Error('RecordWriter committed twice');
    this.committed = true;
    if (this.size === 0) return;
    const db = this.session.db;
    const tables = new Set<Table>([db.audit, db.vaultMeta]);
    for (const p of this.puts) tables.add(p.table);
    for (const d of this.deletes) tables.add(d.table);
    if (this.drafts.size > 0) tables.add(db.drafts);
    const contactPuts = this.puts.filter((p) => p.name === 'contacts');
    const contactDeletes = this.deletes.filter((d) => d.name === 'contacts');
    const touchesContacts = contactPuts.length + contactDeletes.length > 0;
    if (touchesContacts) tables.add(db.contacts).add(db.contactLast);
    const written = db.transaction('rw', [...tables], async (tx) => {
      if (this.inbound) markInbound(tx.idbtrans);
      await this.checkRevisions();
      // Entries edited or deleted: whose they were before (a date moved back, a person changed).
      const before = touchesContacts
        ? await db.contacts.bulkGet([...contactPuts.filter((p) => p.base > 0).map((p) => p.row.id), ...contactDeletes.map((d) => d.id)])
        : [];
      const byTable = new Map<Table<SealedRow, string>, { fresh: SealedRow[]; updated: SealedRow[] }>();
      for (const p of this.puts) {
        const entry = byTable.get(p.table) ?? { fresh: [], updated: [] };
        (p.base === 0 ? entry.fresh : entry.updated).push(p.row);
        byTable.set(p.table, entry);
      }
      for (const [table, { fresh, updated }] of byTable) {
        // bulkAdd refuses an existing key: a "new" record that is already there is a double save.
        if (fresh.length) await table.bulkAdd(fresh).catch((e: unknown) => rethrowConstraint(e, table.name));
        if (updated.length) await table.bulkPut(updated);
      }
      for (const d of this.deletes) await d.table.delete(d.id);
      if (this.drafts.size > 0) await db.drafts.bulkDelete([...this.drafts]);
      if (touchesContacts) {
        const changed = new Set<string>(before.flatMap((r) => (r ? [r.personId] : [])));
        for (const p of contactPuts) if (p.base > 0) changed.add((p.row as ContactRow).personId);
        await updateLastContacts(
          db,
          contactPuts.filter((p) => p.base === 0).map((p) => p.row as ContactRow),
          changed,
        );
      }
      await appendAudit(this.session, this.events, now);
    });
    await written.catch((e: unknown) => {
      if (toAppError(e).code === 'QuotaExceeded') storageWatch.noteQuotaExceeded();
      throw e;
    });
    // Large writes (a long note, an import, many records at once) check how full storage is.
    storageWatch.noteWrite(
      this.puts.reduce((n, p) => n + p.row.enc.ct.byteLength, 0),
      this.deletes.length,
    );
  }

  private async checkRevisions(): Promise<void> {
    const checks = [
      ...this.puts.filter((p) => p.base > 0).map((p) => ({ table: p.table, name: p.name, id: p.row.id, base: p.base })),
      ...this.deletes.filter((d) => d.base !== null).map((d) => ({ table: d.table, name: d.name, id: d.id, base: d.base ?? 0 })),
    ];
    const byTable = new Map<Table<SealedRow, string>, typeof checks>();
    for (const c of checks) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    for (const [table, list] of byTable) {
      const current = await table.bulkGet(list.map((c) => c.id));
      list.forEach((c, i) => {
        const row = current[i];
        if (!row) throw new AppError('NotFound', { table: c.name, id: c.id });
        if (row.rev !== c.base) throw new AppError('StaleRevision', { table: c.name, id: c.id, expected: c.base, found: row.rev });
      });
    }
  }
}

function rethrowConstraint(e: unknown, table: string): never {
  const name = (e as { name?: string; failures?: { name?: string }[] }).name;
  const inner = (e as { failures?: { name?: string }[] }).failures?.[0]?.name;
  if (name === 'ConstraintError' || inner === 'ConstraintError' || name === 'BulkError')
    throw new AppError('StaleRevision', { table, reason: 'exists' }, { cause: e });
  throw e;
}

export function recordWriter(session: VaultSession): RecordWriter {
  return new RecordWriter(session);
}

/** Writes one record with its audit entry: the common case. */
export async function writeRecord<C, R extends SealedRow>(
  session: VaultSession,
  table: RecordTable<C, R>,
  record: Stored<C>,
  action: AuditAction,
  now: number,
  opts: { asStored?: boolean } = {},
): Promise<Stored<C>> {
  const w = new RecordWriter(session);
  const stored = await w.put(table, record, action, opts);
  await w.commit(now);
  return stored;
}

/** A new record's meta: a fresh id, revision 0 (written as 1), live. */
export function newMeta(now: number): { id: string; rev: number; createdAt: number; updatedAt: number; deletedAt: number } {
  return { id: globalThis.crypto.randomUUID(), rev: 0, createdAt: now, updatedAt: now, deletedAt: 0 };
}

/** The revision a record has now (0 when it is gone): to save over a newer copy on purpose. */
export async function currentRevision<C, R extends SealedRow>(
  session: VaultSession,
  table: RecordTable<C, R>,
  id: string,
): Promise<number> {
  return (await dexieTable(session.db, table).get(id))?.rev ?? 0;
}

export function isStaleRevision(e: unknown): boolean {
  return e instanceof AppError && e.code === 'StaleRevision';
}
