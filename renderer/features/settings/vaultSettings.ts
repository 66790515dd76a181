// Per-vault settings: the district list, the idle lock, the referral stall limits and the contact intervals. Sealed like
// records (district names are typed text), each with a revision so two windows never overwrite
// each other's change unseen. A stored value that does not open or does not pass its schema is
// reported (unreadableSettings), and the default is used meanwhile.
import { z } from 'zod';
import { DEFAULT_DISTRICTS, type District } from '../../../shared/domain/plan';
import { requiredLine } from '../../../shared/text/safeText';
import { schemaProblems, type Problem } from '../../../shared/domain/problems';
import { DEFAULT_STALL_DAYS, STATUS_IDS, type ReferralStatus } from '../../../shared/referrals/status';
import { contactIntervalsSchema, DEFAULT_CONTACT_INTERVALS, type ContactIntervals } from '../../../shared/reach/reach';
import type { VaultSession } from '../../vault/session';
import { readSingleton, writeSingleton } from '../../records/singletons';

export const DEFAULT_IDLE_MINUTES = 5;

const districtNameSchema = requiredLine(60);
const districtsSchema = z
  .array(z.object({ id: z.string().min(1).max(40), name: districtNameSchema, archived: z.boolean().optional() }))
  .max(200);

/** The problem with a district name as typed, if any. */
export function districtNameProblem(name: string): Problem | undefined {
  const r = districtNameSchema.safeParse(name);
  return r.success ? undefined : schemaProblems(r.error)[0];
}
const idleSchema = z.number().int().min(1).max(120);
/** Days without a step before a referral counts as stalled, per open status (partial: the rest keep their defaults). */
const stallSchema = z.partialRecord(z.enum(STATUS_IDS), z.number().int().min(1).max(3650));

const SETTINGS = {
  districts: { schema: districtsSchema, fallback: (): District[] => DEFAULT_DISTRICTS.map((d) => ({ ...d })) },
  idleMinutes: { schema: idleSchema, fallback: () => DEFAULT_IDLE_MINUTES },
  stallDays: { schema: stallSchema, fallback: (): Partial<Record<ReferralStatus, number>> => ({}) },
  /** Days between contacts by situation (いま連絡が必要な人), partial like stallDays. */
  contactIntervals: { schema: contactIntervalsSchema, fallback: (): Partial<ContactIntervals> => ({}) },
} as const;

export type SettingKey = keyof typeof SETTINGS;
type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export interface SettingState<T> {
  value: T;
  /** The revision to base a change on. */
  rev: number;
  /** Something is stored but could not be read: `value` is the default. */
  unreadable: boolean;
}

export async function readSetting<K extends SettingKey>(session: VaultSession, key: K): Promise<SettingState<SettingValue<K>>> {
  const spec = SETTINGS[key];
  const read = await readSingleton(session, 'settings', key, spec.schema as unknown as z.ZodType<SettingValue<K>>);
  return { value: read.value ?? (spec.fallback() as SettingValue<K>), rev: read.rev, unreadable: read.problem === 'unreadable' };
}

export async function readDistricts(session: VaultSession): Promise<District[]> {
  return (await readSetting(session, 'districts')).value;
}

export async function readIdleMinutes(session: VaultSession): Promise<number> {
  return (await readSetting(session, 'idleMinutes')).value;
}

export async function readStallDays(session: VaultSession): Promise<Record<ReferralStatus, number>> {
  return { ...DEFAULT_STALL_DAYS, ...(await readSetting(session, 'stallDays')).value };
}

export async function readContactIntervals(session: VaultSession): Promise<ContactIntervals> {
  return { ...DEFAULT_CONTACT_INTERVALS, ...(await readSetting(session, 'contactIntervals')).value };
}

/** The settings whose stored value could not be read (their defaults are in use). */
export async function unreadableSettings(session: VaultSession): Promise<SettingKey[]> {
  const keys = Object.keys(SETTINGS) as SettingKey[];
  const states = await Promise.all(keys.map((k) => readSetting(session, k)));
  return keys.filter((_, i) => states[i]?.unreadable);
}

/** Writes a setting as the next revision after `baseRev`; a setting saved since elsewhere is a StaleRevision. */
export async function writeSetting<K extends SettingKey>(
  session: VaultSession,
  key: K,
  value: SettingValue<K>,
  baseRev: number,
  now: number,
): Promise<number> {
  const written = await writeSingleton(
    session,
    'settings',
    key,
    SETTINGS[key].schema as unknown as z.ZodType<SettingValue<K>>,
    value,
    baseRev,
    'settings.update',
    now,
  );
  return written.rev;
}

/** A new district id that never collides with an existing one, even after renames. */
export function nextDistrictId(existing: readonly District[]): string {
  const max = existing.reduce((m, d) => Math.max(m, Number(/^d(\d+)$/.exec(d.id)?.[1] ?? 0)), 0);
  return `d${String(max + 1).padStart(2, '0')}`;
}
