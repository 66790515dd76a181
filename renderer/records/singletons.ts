// Sealed singletons: the vault's settings (districts, idle lock, stall limits) and the profile.
// The key and a revision are in the clear; the value is sealed with AAD table|key|schema version,
// validated on reading and on writing, and written with its audit entry in one transaction. A
// save based on another revision is refused (StaleRevision), as for records.
import type { z } from 'zod';
import { AppError } from '../../shared/errors/codes';
import { parseStored } from '../../shared/text/safeText';
import type { SettingRow } from '../db/database';
import { appendAudit, type AuditAction } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';
import { validationError } from './sealed';

export type SingletonTable = 'settings' | 'secrets';

export interface SingletonRead<T> {
  /** undefined when nothing is stored (or it could not be read: see `problem`). */
  value: T | undefined;
  /** The revision to base a change on (0 when nothing is stored). */
  rev: number;
  /** Something is stored but does not open or does not pass the schema. */
  problem?: 'unreadable';
}

interface SingletonEnvelope {
  c: unknown;
  m: { rev: number; updatedAt: number };
}

export async function readSingleton<T>(
  session: VaultSession,
  table: SingletonTable,
  key: string,
  schema: z.ZodType<T>,
): Promise<SingletonRead<T>> {
  const row = await session.db.table<SettingRow, string>(table).get(key);
  if (!row) return { value: undefined, rev: 0 };
  const rev = row.rev ?? 0;
  if (!row.enc) return { value: undefined, rev, problem: 'unreadable' };
  try {
    const plain = await session.open(table, key, row.enc);
    let raw = plain;
    if (row.enc.sv >= 4) {
      const env = plain as Partial<SingletonEnvelope> | null;
      if (!env || typeof env !== 'object' || env.m?.rev !== rev) return { value: undefined, rev, problem: 'unreadable' };
      raw = env.c;
    }
    const parsed = parseStored(schema, raw);
    return parsed.success ? { value: parsed.data, rev } : { value: undefined, rev, problem: 'unreadable' };
  } catch {
    return { value: undefined, rev, problem: 'unreadable' };
  }
}

/** Seals a singleton's value (for writing it inside a larger change). */
export async function sealSingleton(
  session: VaultSession,
  table: SingletonTable,
  key: string,
  value: unknown,
  rev: number,
  now: number,
): Promise<SettingRow> {
  const enc = await session.seal(table, key, { c: value, m: { rev, updatedAt: now } } satisfies SingletonEnvelope);
  return { key, rev, updatedAt: now, enc };
}

/**
 * Validates and writes a singleton as revision `base + 1`, with its audit entry. `base` is the
 * revision the change was based on (from readSingleton).
 */
export async function writeSingleton<T>(
  session: VaultSession,
  table: SingletonTable,
  key: string,
  schema: z.ZodType<T>,
  value: unknown,
  base: number,
  action: AuditAction,
  now: number,
): Promise<{ value: T; rev: number }> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(table, parsed.error);
  const row = await sealSingleton(session, table, key, parsed.data, base + 1, now);
  const db = session.db;
  const t = db.table<SettingRow, string>(table);
  await db.transaction('rw', t, db.audit, db.vaultMeta, async () => {
    const current = await t.get(key);
    if ((current?.rev ?? 0) !== base) throw new AppError('StaleRevision', { table, id: key, expected: base, found: current?.rev ?? 0 });
    await t.put(row);
    await appendAudit(session, [{ action, table, recordId: key }], now);
  });
  return { value: parsed.data, rev: base + 1 };
}
