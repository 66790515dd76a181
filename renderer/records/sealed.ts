// The one way a record becomes a sealed row and back.
//
// Writing: validate the content with the record's zod schema, seal {content, meta} with AAD
// table|id|schema version, and copy into the clear only the columns the table's queries need,
// derived from the content (never typed separately). Reading: open, validate again, and check
// that the clear columns and the meta still say what the sealed copy says, so a damaged,
// moved or edited row surfaces as RecordCorrupt instead of a half-valid object.
import type { z } from 'zod';
import { AppError } from '../../shared/errors/codes';
import { parseStored } from '../../shared/text/safeText';
import type { SealedBlob, SealedRow } from '../db/database';
import type { VaultSession } from '../vault/session';
import type { RecordTable } from './tables';

export interface RecordMeta {
  id: string;
  /** The revision this copy was read at (0 for a record not yet written). */
  rev: number;
  createdAt: number;
  updatedAt: number;
  /** 0 while live; the instant it went to the trash otherwise. */
  deletedAt: number;
}
export type Stored<C> = C & RecordMeta;

/** What schema 4 on seals: the content and the meta, so neither can be changed in the clear. */
interface Envelope {
  c: unknown;
  m: { rev: number; createdAt: number; updatedAt: number; deletedAt: number };
}

const META_KEYS = ['rev', 'createdAt', 'updatedAt', 'deletedAt'] as const;

function splitRecord<C>(record: Stored<C>): { meta: RecordMeta; content: unknown } {
  const { id, rev, createdAt, updatedAt, deletedAt, ...content } = record;
  return { meta: { id, rev, createdAt, updatedAt, deletedAt }, content };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function openRecord<C, R extends SealedRow>(
  session: Pick<VaultSession, 'open'>,
  table: RecordTable<C, R>,
  row: R,
): Promise<Stored<C>> {
  const corrupt = (reason: string) => new AppError('RecordCorrupt', { table: table.name, id: row.id, reason });
  const plain = await session.open(table.name, row.id, row.enc);
  let raw: unknown;
  if (row.enc.sv >= 4) {
    const env = plain as Partial<Envelope> | null;
    if (!env || typeof env !== 'object' || !env.m || typeof env.m !== 'object') throw corrupt('envelope');
    if (META_KEYS.some((k) => env.m?.[k] !== row[k])) throw corrupt('meta');
    raw = env.c;
  } else {
    raw = table.legacy ? table.legacy(plain, row) : plain;
  }
  const parsed = parseStored(table.schema, raw);
  if (!parsed.success) throw corrupt('schema');
  if (row.enc.sv >= 4) {
    const clear = table.clear(parsed.data);
    const stored = row as Record<string, unknown>;
    const differs = ([k, v]: [string, unknown]) => !(stored[k] === undefined && table.lateClear?.includes(k)) && !sameJson(v, stored[k]);
    if (Object.entries(clear).some(differs)) throw corrupt('clear');
  }
  return { ...parsed.data, id: row.id, rev: row.rev, createdAt: row.createdAt, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
}

/** Opens many rows; the ones that fail are reported by id instead of failing the whole list. */
export async function openRecords<C, R extends SealedRow>(
  session: Pick<VaultSession, 'open'>,
  table: RecordTable<C, R>,
  rows: readonly R[],
): Promise<{ records: Stored<C>[]; corrupt: string[] }> {
  const corrupt: string[] = [];
  const records: Stored<C>[] = [];
  await Promise.all(
    rows.map(async (row) => {
      try {
        records.push(await openRecord(session, table, row));
      } catch {
        corrupt.push(row.id);
      }
    }),
  );
  return { records, corrupt };
}

/** Validation failures as the paths that failed (the forms show their own problems first). */
export function validationError(tableName: string, error: z.ZodError): AppError {
  return new AppError('ValidationFailed', { table: tableName, paths: error.issues.map((i) => i.path.join('.')) });
}

/**
 * Validates a record and seals it as the given revision; returns the row to put and the record
 * as stored. Throws ValidationFailed with the failing paths. `asStored`: the change does not
 * touch what was typed (trash, restore, detaching a purged person), so the record is checked as
 * stored records are read: text saved before the input rule existed does not block it.
 */
export async function sealRecord<C, R extends SealedRow>(
  session: Pick<VaultSession, 'seal'>,
  table: RecordTable<C, R>,
  record: Stored<C>,
  opts: { asStored?: boolean } = {},
): Promise<{ row: R; stored: Stored<C> }> {
  const { meta, content } = splitRecord(record);
  const parsed = opts.asStored ? parseStored(table.schema, content) : table.schema.safeParse(content);
  if (!parsed.success) throw validationError(table.name, parsed.error);
  const m = { rev: meta.rev, createdAt: meta.createdAt, updatedAt: meta.updatedAt, deletedAt: meta.deletedAt };
  const enc: SealedBlob = await session.seal(table.name, meta.id, { c: parsed.data, m } satisfies Envelope);
  const row = { id: meta.id, ...m, ...table.clear(parsed.data), enc } as R;
  return { row, stored: { ...parsed.data, ...meta } };
}
