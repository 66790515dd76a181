// Hand-over packages (引き継ぎファイル): some persons and everything recorded about them, for
// another vault (a new commissioner, the care plaza). The receiver has other keys, so unlike a
// backup the rows are PLAINTEXT inside the age layer (locked to the receiver's X25519 recipient
// or a one-time passphrase), one record a line:
//   {"t":"row","table":"persons","row":{"id","rev","createdAt","updatedAt","deletedAt","district","content"}}
// `content` is the record as its table's zod schema describes it, less `districtId`: district
// ids mean nothing in another vault, so the district's NAME travels in `district` and the
// receiver maps it to one of its own. Meeting minutes never travel: they hold other people's cases.
// Every row is checked against its table's schema while it is read, so a package with one bad
// record is refused whole, before anything is staged for good.
import { z } from 'zod';
import { actionItemSchema } from '../actions/actionItem';
import { contactSchema } from '../contactLog/contact';
import { endingNoteSchema } from '../endingNotes/note';
import { personSchema } from '../persons/person';
import { emptyContact } from '../contactLog/contact';
import { demoPersons } from '../domain/demoData';
import { DEFAULT_DISTRICTS } from '../domain/plan';
import { emptyReferral, referralSchema } from '../referrals/referral';
import { parseStored } from '../text/safeText';
import type { HeaderInfo, Key, Lock } from './age';
import type { BackupHeader, Manifest, ReadOptions, RowItem } from './frame';
import { BackupError } from './problems';
import { collect, readBackupFile, writeBackupFile } from './index';

/** The tables a package holds, in the order it writes them (persons first). */
export const HANDOVER_TABLES = ['persons', 'contacts', 'actions', 'referrals', 'endingNotes'] as const;
export type HandoverTable = (typeof HANDOVER_TABLES)[number];
const HANDOVER_TABLE_SET: ReadonlySet<string> = new Set(HANDOVER_TABLES);

/** Tables whose records name a district (by id in a vault, by name in a package). */
export const DISTRICT_TABLES: ReadonlySet<HandoverTable> = new Set(['persons', 'actions', 'referrals']);

/**
 * Version of the package rows (their shape and the content schemas), written as the header's
 * `schema`; a reader refuses a higher one as made by a newer app. Independent of the database
 * schema: a package never holds stored rows.
 */
export const HANDOVER_SCHEMA = 1;

const CONTENT_SCHEMAS: Record<HandoverTable, z.ZodType> = {
  persons: personSchema,
  contacts: contactSchema,
  actions: actionItemSchema,
  referrals: referralSchema,
  endingNotes: endingNoteSchema,
};

/** A record as a vault holds it opened: its meta and its content, `districtId` included. */
export interface HandoverRecord {
  table: HandoverTable;
  record: { id: string; rev: number; createdAt: number; updatedAt: number; deletedAt: number } & Record<string, unknown>;
}

/** A package row as read: the content without `districtId`, the district by name. */
export interface HandoverRow {
  id: string;
  rev: number;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  /** The district's name ('' for none); only on DISTRICT_TABLES. */
  district?: string;
  content: Record<string, unknown>;
}

/** Stands in for a district while a row's content is checked against its schema. */
const DISTRICT_PLACEHOLDER = '?';
const time = z.number().min(0).max(8.64e15);
const rowSchema = z.strictObject({
  // Record ids are UUIDs, follow-ups `fu-<uuid>`: nothing else is a key in the receiver's vault.
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  createdAt: time,
  updatedAt: time,
  deletedAt: time,
  district: z.string().max(200).optional(),
  content: z.record(z.string(), z.unknown()),
});

/**
 * The content of a package row with `districtId` set to `districtId`, checked against its
 * table's schema as stored records are read (text saved before an input rule still passes), or
 * null when it does not fit.
 */
export function rowContent(table: HandoverTable, row: HandoverRow, districtId: string): Record<string, unknown> | null {
  if ('districtId' in row.content) return null;
  const content = DISTRICT_TABLES.has(table) ? { ...row.content, districtId } : row.content;
  const parsed = parseStored(CONTENT_SCHEMAS[table], content);
  return parsed.success ? (parsed.data as Record<string, unknown>) : null;
}

/** The row if it has a package row's shape and its content fits its table, else null. */
export function parseHandoverRow(table: string, value: unknown): HandoverRow | null {
  if (!HANDOVER_TABLE_SET.has(table)) return null;
  const t = table as HandoverTable;
  const parsed = rowSchema.safeParse(value);
  if (!parsed.success) return null;
  const row = parsed.data as HandoverRow;
  if (DISTRICT_TABLES.has(t) !== (row.district !== undefined)) return null;
  return rowContent(t, row, DISTRICT_PLACEHOLDER) ? row : null;
}

/**
 * How the reader checks a package: its tables, and every row against its table's schema. The
 * header's schema is checked by readHandoverPackage, after its kind: a backup (whose schema is
 * the database's, higher than ours) chosen by mistake is then named as a backup, not as a file
 * of a newer app.
 */
const handoverReadOptions: ReadOptions = {
  kind: 'handover',
  maxSchema: Number.MAX_SAFE_INTEGER,
  tables: HANDOVER_TABLE_SET,
  keyOf: (table, row) => parseHandoverRow(table, row)?.id ?? null,
  batchRows: 200,
};

/**
 * Reads a whole package, handing its rows (each already checked against its table's schema) to
 * `rows` in batches. Resolves only once every chunk and the manifest have checked out; until then
 * whatever `rows` got must stay staged. Rejects with a BackupError.
 */
export async function readHandoverPackage(
  file: ReadableStream<Uint8Array>,
  fileSize: number,
  key: Key,
  rows: (table: HandoverTable, rows: HandoverRow[]) => Promise<void>,
): Promise<{ info: HeaderInfo; header: BackupHeader; manifest: Manifest }> {
  return readBackupFile(file, fileSize, key, handoverReadOptions, {
    header: (h) => {
      if (h.schema > HANDOVER_SCHEMA) throw new BackupError('newerVersion', { schema: h.schema, app: h.app });
    },
    rows: async (table, batch) => {
      const t = table as HandoverTable;
      await rows(
        t,
        batch.map((v) => {
          const row = parseHandoverRow(t, v);
          if (!row) throw new BackupError('badRow', { table });
          return row;
        }),
      );
    },
  });
}

/** The package rows of some records: `districtId` replaced by the district's name. */
export function handoverRows(records: readonly HandoverRecord[], districts: readonly { id: string; name: string }[]): RowItem[] {
  const names = new Map(districts.map((d) => [d.id, d.name]));
  const order = new Map<string, number>(HANDOVER_TABLES.map((t, i) => [t, i]));
  return [...records]
    .sort((a, b) => (order.get(a.table) ?? 0) - (order.get(b.table) ?? 0))
    .map(({ table, record }) => {
      const { id, rev, createdAt, updatedAt, deletedAt, districtId, ...content } = record;
      const row: HandoverRow = { id, rev, createdAt, updatedAt, deletedAt, content };
      if (DISTRICT_TABLES.has(table)) row.district = typeof districtId === 'string' ? (names.get(districtId) ?? '') : '';
      return { table, row };
    });
}

export interface HandoverMeta {
  /** App version that writes the package. */
  app: string;
  createdAt: number;
  /** 'main' or 'demo': a demo package is refused by a real vault. */
  vaultKind: string;
}

/**
 * A whole hand-over package as bytes (packages are a few persons: small). Pure: the app, the
 * tests and `npm run samples` make packages with it. `lock` is `{ recipients: ['age1…'] }` or
 * `{ passphrase }` (a one-time passphrase, see oneTimePassphrase).
 */
export async function writeHandoverPackage(
  records: readonly HandoverRecord[],
  districts: readonly { id: string; name: string }[],
  lock: Lock,
  meta: HandoverMeta,
): Promise<Uint8Array> {
  const rows = handoverRows(records, districts);
  for (const { table, row } of rows) {
    if (!parseHandoverRow(table, row)) throw new TypeError(`not a record of ${table}`);
  }
  const persons = rows.filter((r) => r.table === 'persons').length;
  async function* all() {
    yield* rows;
  }
  const stream = await writeBackupFile(
    { kind: 'handover', app: meta.app, schema: HANDOVER_SCHEMA, createdAt: meta.createdAt, source: { vaultKind: meta.vaultKind, persons } },
    all(),
    () => ({ persons }),
    lock,
  );
  return collect(stream);
}

// A one-time passphrase is read out on the phone: digits only (no letters to spell, no kana to
// mishear), 6 groups of 5, so 30 random digits, log2(10^30) ≈ 99.7 bits, over age's scrypt.
const GROUPS = 6;
const GROUP_DIGITS = 5;

/** A fresh one-time passphrase, e.g. "40718-22965-…" (6 groups of 5 digits). */
export function oneTimePassphrase(): string {
  const digits: number[] = [];
  const buf = new Uint8Array(64);
  while (digits.length < GROUPS * GROUP_DIGITS) {
    globalThis.crypto.getRandomValues(buf);
    // 250 = 25 × 10: bytes from 250 up would make low digits likelier.
    for (const b of buf) if (b < 250 && digits.length < GROUPS * GROUP_DIGITS) digits.push(b % 10);
  }
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(digits.slice(i * GROUP_DIGITS, (i + 1) * GROUP_DIGITS).join(''));
  return groups.join('-');
}

/**
 * A one-time passphrase as typed (full-width digits, spaces, other dashes or none at all) in
 * the form it was made in; anything that is not 30 digits is returned as typed.
 */
export function normalizeOneTimePassphrase(typed: string): string {
  const digits = typed.normalize('NFKC').replace(/[\s\-‐-―−ー]/gu, '');
  if (!/^[0-9]{30}$/.test(digits)) return typed;
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(digits.slice(i * GROUP_DIGITS, (i + 1) * GROUP_DIGITS));
  return groups.join('-');
}

/** A recipient as pasted or typed (groups, line breaks, full-width, capitals) in age's form. */
export function normalizeRecipient(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\s\-‐-―−ー]/gu, '')
    .toLowerCase();
}

/**
 * The demo vault's hand-over identity: FICTIONAL, for `npm run samples` (samples/demo-handover.age)
 * and trying the import out. Published in README.md; never use it for real records.
 */
export const DEMO_HANDOVER_IDENTITY = 'AGE-SECRET-KEY-1WEAP78MVKWF9S2DRCKF6FACKF7GNCYFY55F04L04T3MTHE9WZ3UQ3DGPA5';
export const DEMO_HANDOVER_RECIPIENT = 'age1aajwa3pk0lm3e68sdqv6yxwv0ppt6fwhsssn7c7h5kceyatgrvtqelsl5p';

/**
 * Fictional records for the demo package: two demo persons (one with a name outside the BMP),
 * their contact-log entries, a follow-up and a guardianship referral, in the default districts.
 */
export function demoHandoverRecords(today: string, at: number): HandoverRecord[] {
  const districts = DEFAULT_DISTRICTS.slice(0, 2).map((d) => d.id);
  const people = demoPersons(2, districts, 7, today);
  const meta = (id: string) => ({ id, rev: 1, createdAt: at, updatedAt: at, deletedAt: 0 });
  const out: HandoverRecord[] = [];
  people.forEach((p, i) => {
    const personId = `demo-handover-person-${i + 1}`;
    const name = i === 0 ? '𠮷野 ハル' : p.name;
    out.push({ table: 'persons', record: { ...meta(personId), ...p, name, note: '架空の人物です（引き継ぎファイルの見本）。' } });
    const contactId = `demo-handover-contact-${i + 1}`;
    const contact = { ...emptyContact(today, 'demo-user', '見本 民生委員', personId), summary: 'お元気そうでした。ごみ出しの曜日を確認。' };
    if (i === 0) contact.followUp = { needed: true, task: '来週もう一度訪問する', due: today };
    out.push({ table: 'contacts', record: { ...meta(contactId), ...contact } });
    if (i === 0) {
      out.push({
        table: 'actions',
        record: {
          ...meta(`fu-${contactId}`),
          source: 'contact',
          sourceId: contactId,
          owner: '見本 民生委員',
          ownerOrg: '',
          task: '来週もう一度訪問する',
          due: today,
          personId,
          districtId: p.districtId,
          status: 'open',
          doneDate: '',
          doneNote: '',
        },
      });
      out.push({
        table: 'referrals',
        record: { ...meta(`demo-handover-referral-${i + 1}`), ...emptyReferral(personId, p.districtId, today, '見本 職員') },
      });
    }
  });
  return out;
}
