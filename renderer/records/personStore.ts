// Persons, kept decrypted in memory only while the vault is open: a small index for search as
// you type and for every screen that names a person (10,000 persons decrypt in well under a
// second; see npm run bench). Writes go through the one record path (records/write.ts).
import { AppError } from '../../shared/errors/codes';
import { type PersonInput } from '../../shared/persons/person';
import type { VaultSession } from '../vault/session';
import type { PersonRow } from '../db/database';
import { openRecords, type Stored } from './sealed';
import { personsTable } from './tables';
import { newMeta, recordWriter, writeRecord } from './write';
import { purgePersons, type PersonPurgeReport } from './purge';
import type { AuditAction, AuditEvent } from '../audit/auditLog';

export type PersonRecord = Stored<PersonInput>;

type Listener = () => void;

export class PersonStore {
  private readonly records = new Map<string, PersonRecord>();
  private readonly listeners = new Set<Listener>();
  private snapshot: readonly PersonRecord[] = [];
  private corruptIds: readonly string[] = [];
  private wasLoaded = false;
  private readonly session: VaultSession;

  constructor(session: VaultSession) {
    this.session = session;
  }

  /** Decrypts every person row; a row that fails to open is reported by id, not hidden. */
  /** `rows`: the sealed rows, when the caller read them already (at unlock, while the key was derived). */
  async load(rows?: readonly PersonRow[]): Promise<{ loaded: number; corrupt: string[] }> {
    rows ??= await this.session.db.persons.toArray();
    const { records, corrupt } = await openRecords(this.session, personsTable, rows);
    this.records.clear();
    for (const r of records) this.records.set(r.id, r);
    this.corruptIds = [...corrupt].sort();
    this.wasLoaded = true;
    this.publish();
    return { loaded: this.records.size, corrupt };
  }

  /** Whether load() has run since the store was made or cleared. */
  get loaded(): boolean {
    return this.wasLoaded;
  }

  /** Ids of person rows that could not be opened at the last load. */
  get corrupt(): readonly string[] {
    return this.corruptIds;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly PersonRecord[] => this.snapshot;

  get(id: string): PersonRecord | undefined {
    return this.records.get(id);
  }

  private publish(): void {
    this.snapshot = [...this.records.values()].sort(compareByReading);
    for (const l of this.listeners) l();
  }

  clear(): void {
    this.records.clear();
    this.snapshot = [];
    this.corruptIds = [];
    this.wasLoaded = false;
    for (const l of this.listeners) l();
  }

  private async write(record: PersonRecord, action: AuditAction, now: number, opts: { asStored?: boolean } = {}): Promise<PersonRecord> {
    const stored = await writeRecord(this.session, personsTable, record, action, now, opts);
    this.records.set(stored.id, stored);
    this.publish();
    return stored;
  }

  async create(input: PersonInput, now: number): Promise<PersonRecord> {
    return this.write({ ...input, ...newMeta(now) }, 'person.create', now);
  }

  /**
   * Creates many persons in one transaction, one person.create entry each, with `events` (the
   * import's own entry) in the same transaction: all of them or none (demo vault, benchmark, CSV import).
   */
  async createMany(inputs: readonly PersonInput[], now: number, events: readonly AuditEvent[] = []): Promise<number> {
    const w = recordWriter(this.session);
    const stored = await Promise.all(inputs.map((input) => w.put(personsTable, { ...input, ...newMeta(now) }, 'person.create')));
    for (const e of events) w.log(e);
    await w.commit(now);
    for (const r of stored) this.records.set(r.id, r);
    this.publish();
    return stored.length;
  }

  /**
   * Saves an edit. `baseRev` is the revision the edit started from: when the person has been
   * saved since (another window), the save is refused with StaleRevision.
   */
  async update(id: string, input: PersonInput, baseRev: number, now: number): Promise<PersonRecord> {
    const existing = this.require(id);
    return this.write(
      { ...input, id, rev: baseRev, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt },
      'person.update',
      now,
    );
  }

  async trash(id: string, now: number): Promise<void> {
    await this.write({ ...this.require(id), deletedAt: now, updatedAt: now }, 'person.trash', now, { asStored: true });
  }

  async restore(id: string, now: number): Promise<void> {
    await this.write({ ...this.require(id), deletedAt: 0, updatedAt: now }, 'person.restore', now, { asStored: true });
  }

  /** Re-reads one person from the database (after a refused stale save, say). */
  async reload(id: string): Promise<PersonRecord | undefined> {
    const row = await this.session.db.persons.get(id);
    if (!row) {
      this.records.delete(id);
    } else {
      const { records } = await openRecords(this.session, personsTable, [row]);
      if (records[0]) this.records.set(id, records[0]);
    }
    this.publish();
    return this.records.get(id);
  }

  /** Permanently removes every person in the trash and everything that refers to them. */
  async emptyTrash(now: number): Promise<PersonPurgeReport> {
    const ids = [...this.records.values()].filter((r) => r.deletedAt > 0).map((r) => r.id);
    const report = await purgePersons(this.session, ids, now);
    if (report.persons > 0) {
      for (const id of ids) this.records.delete(id);
      this.publish();
    }
    return report;
  }

  private require(id: string): PersonRecord {
    const r = this.records.get(id);
    if (!r) throw new AppError('NotFound', { id });
    return r;
  }
}

const collator = new Intl.Collator('ja');
function compareByReading(a: PersonRecord, b: PersonRecord): number {
  return collator.compare(a.furigana || a.name, b.furigana || b.name) || a.id.localeCompare(b.id);
}
