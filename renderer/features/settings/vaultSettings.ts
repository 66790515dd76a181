// Per-vault settings kept in the clear (no personal data): the district list and the idle lock.
import { z } from 'zod';
import { DEFAULT_DISTRICTS, type District } from '../../../shared/domain/plan';
import { DEFAULT_STALL_DAYS, STATUS_IDS, type ReferralStatus } from '../../../shared/referrals/status';
import type { VaultDatabase } from '../../db/database';
import { appendAudit, type Actor } from '../../audit/auditLog';

export const DEFAULT_IDLE_MINUTES = 5;

const districtsSchema = z
  .array(z.object({ id: z.string().min(1).max(40), name: z.string().trim().min(1).max(60), archived: z.boolean().optional() }))
  .max(200);
const idleSchema = z.number().int().min(1).max(120);
/** Days without a step before a referral counts as stalled, per open status (partial: the rest keep their defaults). */
const stallSchema = z.partialRecord(z.enum(STATUS_IDS), z.number().int().min(1).max(3650));

export async function readDistricts(db: VaultDatabase): Promise<District[]> {
  const parsed = districtsSchema.safeParse((await db.settings.get('districts'))?.value);
  return parsed.success ? parsed.data : DEFAULT_DISTRICTS.map((d) => ({ ...d }));
}

export async function readIdleMinutes(db: VaultDatabase): Promise<number> {
  const parsed = idleSchema.safeParse((await db.settings.get('idleMinutes'))?.value);
  return parsed.success ? parsed.data : DEFAULT_IDLE_MINUTES;
}

export async function readStallDays(db: VaultDatabase): Promise<Record<ReferralStatus, number>> {
  const parsed = stallSchema.safeParse((await db.settings.get('stallDays'))?.value);
  return { ...DEFAULT_STALL_DAYS, ...(parsed.success ? parsed.data : {}) };
}

const SCHEMAS = { districts: districtsSchema, idleMinutes: idleSchema, stallDays: stallSchema } as const;

export async function writeSetting(db: VaultDatabase, actor: Actor, key: keyof typeof SCHEMAS, value: unknown, now: number): Promise<void> {
  const schema = SCHEMAS[key];
  const parsed = schema.parse(value);
  await db.transaction('rw', db.settings, db.audit, async () => {
    await db.settings.put({ key, value: parsed });
    await appendAudit(db, actor, { action: 'settings.update', table: 'settings', recordId: key }, now);
  });
}

/** A new district id that never collides with an existing one, even after renames. */
export function nextDistrictId(existing: readonly District[]): string {
  const max = existing.reduce((m, d) => Math.max(m, Number(/^d(\d+)$/.exec(d.id)?.[1] ?? 0)), 0);
  return `d${String(max + 1).padStart(2, '0')}`;
}
