// Person records: validated, sealed, written with their audit entry in one transaction, and
// kept decrypted in memory only while the vault is open (a small index for search as you type:
// 10,000 persons decrypt in well under a second; see npm run bench).
import { AppError } from '../../shared/errors/codes';
import { personSchema, type PersonInput } from '../../shared/persons/person';
import type { PersonRow } from '../db/database';
import { appendAudit, appendAuditMany, type AuditAction } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';

export interface PersonRecord extends PersonInput {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
}

type Listener = () => void;

export class PersonStore {
  private readonly records = new Map<string, PersonRecord>();
  private readonly listeners = new Set<Listener>();
  private snapshot: readonly PersonRecord[] = [];
  private readonly session: VaultSession;

  constructor(session: VaultSession) {
    this.session = session;
  }

  /** Decrypts every person row; a row that fails to decrypt is reported, not hidden. */
  async load(): Promise<{ loaded: number; corrupt: string[] }> {
    const rows = await this.session.db.persons.toArray();
    const corrupt: string[] = [];
    await Promise.all(
      rows.map(async (row) => {
        try {
          this.records.set(row.id, await this.decode(row));
        } catch {
          corrupt.push(row.id);
        }
      }),
    );
    this.publish();
    return { loaded: this.records.size, corrupt };
  }

  private async decode(row: PersonRow): Promise<PersonRecord> {
    const content = personSchema.safeParse(await this.session.open('persons', row.id, row.enc));
    if (!content.success) throw new AppError('RecordCorrupt', { id: row.id });
    return { ...content.data, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
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
    for (const l of this.listeners) l();
  }

  private async write(record: PersonRecord, action: AuditAction, now: number): Promise<PersonRecord> {
    const { id, createdAt, updatedAt, deletedAt, ...content } = record;
    const row: PersonRow = {
      id,
      districtId: content.districtId,
      status: content.status,
      createdAt,
      updatedAt,
      deletedAt,
      enc: await this.session.seal('persons', id, content),
    };
    const db = this.session.db;
    await db.transaction('rw', db.persons, db.audit, async () => {
      await db.persons.put(row);
      await appendAudit(db, this.session.actor, { action, table: 'persons', recordId: id }, now);
    });
    this.records.set(id, record);
    this.publish();
    return record;
  }

  async create(input: unknown, now: number): Promise<PersonRecord> {
    const content = parse(input);
    return this.write({ ...content, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: 0 }, 'person.create', now);
  }

  /** Creates many persons in one transaction (demo vault, benchmark). */
  async createMany(inputs: readonly unknown[], now: number): Promise<number> {
    const records = inputs.map((input): PersonRecord => ({
      ...parse(input),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: 0,
    }));
    const rows = await Promise.all(
      records.map(async ({ id, createdAt, updatedAt, deletedAt, ...content }): Promise<PersonRow> => ({
        id,
        districtId: content.districtId,
        status: content.status,
        createdAt,
        updatedAt,
        deletedAt,
        enc: await this.session.seal('persons', id, content),
      })),
    );
    const db = this.session.db;
    await db.transaction('rw', db.persons, db.audit, async () => {
      await db.persons.bulkPut(rows);
      await appendAuditMany(
        db,
        this.session.actor,
        rows.map((r) => ({ action: 'person.create', table: 'persons', recordId: r.id })),
        now,
      );
    });
    for (const r of records) this.records.set(r.id, r);
    this.publish();
    return records.length;
  }

  async update(id: string, input: unknown, now: number): Promise<PersonRecord> {
    const existing = this.require(id);
    return this.write(
      { ...parse(input), id, createdAt: existing.createdAt, updatedAt: now, deletedAt: existing.deletedAt },
      'person.update',
      now,
    );
  }

  async trash(id: string, now: number): Promise<void> {
    await this.write({ ...this.require(id), deletedAt: now, updatedAt: now }, 'person.trash', now);
  }

  async restore(id: string, now: number): Promise<void> {
    await this.write({ ...this.require(id), deletedAt: 0, updatedAt: now }, 'person.restore', now);
  }

  /** Permanently removes everything in the trash; each removal is logged. */
  async emptyTrash(now: number): Promise<number> {
    const db = this.session.db;
    const ids = [...this.records.values()].filter((r) => r.deletedAt > 0).map((r) => r.id);
    if (ids.length === 0) return 0;
    await db.transaction('rw', db.persons, db.drafts, db.audit, async () => {
      await db.persons.bulkDelete(ids);
      // An unsaved edit of a purged person must not outlive it.
      await db.drafts.bulkDelete(ids.flatMap((id) => [`person-edit:${id}`, `contact-new:${id}`]));
      await appendAuditMany(
        db,
        this.session.actor,
        [
          ...ids.map((id) => ({ action: 'person.purge' as const, table: 'persons', recordId: id })),
          { action: 'trash.empty', table: 'persons', recordId: String(ids.length) },
        ],
        now,
      );
    });
    for (const id of ids) this.records.delete(id);
    this.publish();
    return ids.length;
  }

  private require(id: string): PersonRecord {
    const r = this.records.get(id);
    if (!r) throw new AppError('NotFound', { id });
    return r;
  }
}

function parse(input: unknown): PersonInput {
  const result = personSchema.safeParse(input);
  if (!result.success) throw new AppError('ValidationFailed', { issues: result.error.issues.map((i) => i.path.join('.')) });
  return result.data;
}

const collator = new Intl.Collator('ja');
function compareByReading(a: PersonRecord, b: PersonRecord): number {
  return collator.compare(a.furigana || a.name, b.furigana || b.name) || a.id.localeCompare(b.id);
}
