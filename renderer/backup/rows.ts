// What a whole-vault backup holds: every table as stored (sealed rows stay sealed; the age layer
// around them hides even the clear columns), and the shape each row must have to be staged.
// A restored vault is the same vault: same keys, same passphrase and recovery key, the same
// audit chain, which still verifies.
import { z } from 'zod';
import type { VaultDatabase } from '../db/database';

/** Every table of a vault, in the order a backup writes them. `staging` is never backed up. */
export const BACKUP_TABLES = [
  'vaultMeta',
  'settings',
  'secrets',
  'templates',
  'directory',
  'persons',
  'endingNotes',
  'contacts',
  'meetings',
  'actions',
  'referrals',
  'drafts',
  'audit',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
export const BACKUP_TABLE_SET: ReadonlySet<string> = new Set(BACKUP_TABLES);

const bytes = z.custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes');
const int = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const time = z.number().min(0).max(8.64e15);
const id = z.string().min(1).max(200);
const shortText = z.string().max(200);
const blob = z.strictObject({ v: z.literal(1), iv: bytes, ct: bytes });
const sealed = z.strictObject({ v: z.literal(1), iv: bytes, ct: bytes, sv: z.number().int().min(1).max(99) });
const date = z.string().max(10);

const sealedRow = { id, rev: int.min(1), createdAt: time, updatedAt: time, deletedAt: time, enc: sealed };
// Clear columns added in schema 6: absent from rows of older backups (the unlock after fills them in).
const goals = z.array(shortText).max(10).optional();
const singleton = z.strictObject({ key: id, rev: int.optional(), updatedAt: time.optional(), enc: sealed.optional() });

const kdf = z.union([
  z.strictObject({ alg: z.literal('argon2id'), memoryKiB: int, iterations: int, parallelism: int, salt: bytes }),
  z.strictObject({ alg: z.literal('PBKDF2-SHA256'), iterations: int, salt: bytes }),
]);

export const ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  vaultMeta: z.union([
    z.strictObject({ id: z.literal('keys'), createdAt: time, kdf, byPassphrase: blob, recoverySalt: bytes, byRecovery: blob }),
    z.strictObject({
      id: z.literal('auditHead'),
      count: int,
      seq: int,
      mac: shortText,
      check: shortText,
      lostBefore: int.optional(),
    }),
    z.strictObject({ id: z.literal('clearRefresh'), tables: z.array(shortText).max(20) }),
  ]),
  settings: singleton,
  secrets: singleton,
  templates: z.strictObject({ id, version: int, savedAt: time, enc: sealed.optional() }),
  directory: z.strictObject(sealedRow),
  persons: z.strictObject({ ...sealedRow, districtId: shortText, status: shortText }),
  endingNotes: z.strictObject({ ...sealedRow, personId: shortText, goals }),
  contacts: z.strictObject({ ...sealedRow, date, personId: shortText, recordedBy: shortText, districtId: shortText.optional(), goals }),
  meetings: z.strictObject({
    ...sealedRow,
    date,
    type: shortText,
    districtId: shortText,
    personIds: z.array(shortText).max(500),
    goals,
  }),
  actions: z.strictObject({
    ...sealedRow,
    sourceId: shortText,
    status: z.enum(['open', 'done']),
    due: date,
    districtId: shortText,
    personId: shortText,
    doneDate: date.optional(),
    goals,
  }),
  referrals: z.strictObject({ ...sealedRow, personId: shortText, status: shortText, statusDate: date, districtId: shortText, goals }),
  drafts: z.strictObject({ key: z.string().min(1).max(400), updatedAt: time, enc: sealed }),
  audit: z.strictObject({
    seq: int.min(1),
    at: time,
    actorId: shortText,
    actorRole: shortText,
    action: shortText,
    table: shortText,
    recordId: shortText,
    v: z.literal(2).optional(),
    who: sealed.optional(),
    mac: shortText.optional(),
    prevHash: shortText.optional(),
    hash: shortText.optional(),
  }),
};

/** The primary key of a row as text, or null when the row does not have its table's shape. */
export function backupRowKey(table: string, row: unknown): string | null {
  if (!BACKUP_TABLE_SET.has(table)) return null;
  const schema = ROW_SCHEMAS[table as BackupTable];
  if (!schema.safeParse(row).success) return null;
  const r = row as Record<string, unknown>;
  if (table === 'audit') return String(r.seq);
  if (table === 'templates') return `${String(r.id)}\u0000${String(r.version)}`;
  if (table === 'settings' || table === 'secrets' || table === 'drafts') return String(r.key);
  return String(r.id);
}

const PAGE = 1000;

/**
 * Every row of every table, in primary-key order, a page at a time (so a large vault is never
 * read whole). vaultMeta's wrong-passphrase counter is left out: it belongs to this machine.
 */
export async function* vaultRows(db: VaultDatabase): AsyncGenerator<{ table: BackupTable; row: unknown }> {
  for (const name of BACKUP_TABLES) {
    const table = db.table(name);
    let last: unknown = undefined;
    for (;;) {
      const page: unknown[] =
        last === undefined ? await table.orderBy(':id').limit(PAGE).toArray() : await table.where(':id').above(last).limit(PAGE).toArray();
      for (const row of page) {
        if (name === 'vaultMeta' && (row as { id?: unknown }).id === 'throttle') continue;
        yield { table: name, row };
      }
      if (page.length < PAGE) break;
      const end = page[page.length - 1] as Record<string, unknown>;
      last = name === 'audit' ? end.seq : name === 'templates' ? [end.id, end.version] : name in KEYED ? end.key : end.id;
    }
  }
}

const KEYED: Record<string, true> = { settings: true, secrets: true, drafts: true };
