// The one way a feature turns a record into a sealed row and back: validate with the record's
// zod schema, seal with AAD table|id|schema version, and on reading check the schema again so a
// damaged or foreign ciphertext surfaces as RecordCorrupt instead of a half-valid object.
import type { z } from 'zod';
import { AppError } from '../../shared/errors/codes';
import type { SealedBlob } from '../db/database';
import type { VaultSession } from '../vault/session';

export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** 0 while live; the instant it went to the trash otherwise. */
  deletedAt: number;
}
export interface SealedRow extends RecordMeta {
  enc: SealedBlob;
}
export type Stored<C> = C & RecordMeta;

export async function openRecord<C>(
  session: Pick<VaultSession, 'open'>,
  table: string,
  schema: z.ZodType<C>,
  row: SealedRow,
): Promise<Stored<C>> {
  const parsed = schema.safeParse(await session.open(table, row.id, row.enc));
  if (!parsed.success) throw new AppError('RecordCorrupt', { table, id: row.id });
  return { ...parsed.data, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
}

/** Opens many rows; the ones that fail are reported by id instead of failing the whole list. */
export async function openRecords<C>(
  session: Pick<VaultSession, 'open'>,
  table: string,
  schema: z.ZodType<C>,
  rows: readonly SealedRow[],
): Promise<{ records: Stored<C>[]; corrupt: string[] }> {
  const corrupt: string[] = [];
  const records: Stored<C>[] = [];
  await Promise.all(
    rows.map(async (row) => {
      try {
        records.push(await openRecord(session, table, schema, row));
      } catch {
        corrupt.push(row.id);
      }
    }),
  );
  return { records, corrupt };
}

/** Validates the content part of a record and seals it; throws ValidationFailed with the paths. */
export async function sealRecord<C>(
  session: Pick<VaultSession, 'seal'>,
  table: string,
  schema: z.ZodType<C>,
  record: Stored<C>,
): Promise<{ meta: RecordMeta; content: C; enc: SealedBlob }> {
  const { id, createdAt, updatedAt, deletedAt, ...rest } = record;
  const parsed = schema.safeParse(rest);
  if (!parsed.success) throw new AppError('ValidationFailed', { table, paths: parsed.error.issues.map((i) => i.path.join('.')) });
  return { meta: { id, createdAt, updatedAt, deletedAt }, content: parsed.data, enc: await session.seal(table, id, parsed.data) };
}
