// Guardianship referrals: sealed records whose current step and its date are in the clear, so
// the list and the stall alarm work without decrypting every case. Steps go through planStep
// (shared/referrals/status.ts) and each one is its own audit entry.
import { emptyReferral, hojoConsentMissing, type ReferralInput } from '../../../shared/referrals/referral';
import { planStep, type StepProblem, type StepRequest } from '../../../shared/referrals/status';
import { openRecord, openRecords, type Stored } from '../../records/sealed';
import { referralsTable } from '../../records/tables';
import { newMeta, writeRecord } from '../../records/write';
import type { AuditAction } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import type { PersonSheet } from '../../../shared/referrals/personSheet';
import { isProfessionalRole, type UserRoleId } from '../../../shared/domain/plan';

export type Referral = Stored<ReferralInput>;

function write(
  session: VaultSession,
  record: Referral,
  action: AuditAction,
  now: number,
  opts: { asStored?: boolean } = {},
): Promise<Referral> {
  return writeRecord(session, referralsTable, record, action, now, opts);
}

export async function getReferral(session: VaultSession, id: string): Promise<Referral | undefined> {
  const row = await session.db.referrals.get(id);
  return row ? openRecord(session, referralsTable, row) : undefined;
}

/** `corrupt`, when given, collects the ids of rows that could not be opened (the timeline names them). */
export async function referralsOfPerson(session: VaultSession, personId: string, corrupt?: string[]): Promise<Referral[]> {
  const rows = await session.db.referrals.where('personId').equals(personId).toArray();
  const opened = await openRecords(
    session,
    referralsTable,
    rows.filter((r) => r.deletedAt === 0),
  );
  corrupt?.push(...opened.corrupt);
  return opened.records.sort((a, b) => b.consultedOn.localeCompare(a.consultedOn));
}

export async function listReferrals(session: VaultSession): Promise<{ items: Referral[]; corrupt: string[] }> {
  const rows = await session.db.referrals.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, referralsTable, rows);
  return { items: records.sort((a, b) => b.consultedOn.localeCompare(a.consultedOn) || b.createdAt - a.createdAt), corrupt };
}

/** Opens a referral for a person at 相談受付 (dated the consultation day). */
export function createReferral(
  session: VaultSession,
  personId: string,
  districtId: string,
  consultedOn: string,
  by: string,
  now: number,
): Promise<Referral> {
  return write(session, { ...emptyReferral(personId, districtId, consultedOn, by), ...newMeta(now) }, 'referral.create', now);
}

/**
 * Saves edited fields (or an added hand-over or note). Neither the status history nor the
 * 本人情報シート changes here. `edited.rev` is the revision the edit started from: a referral
 * saved since elsewhere is a StaleRevision.
 */
export async function saveReferral(session: VaultSession, edited: Referral, now: number): Promise<Referral> {
  const current = await getReferral(session, edited.id);
  if (!current || current.deletedAt !== 0) throw new AppError('NotFound', { id: edited.id });
  return write(session, { ...edited, history: current.history, sheet: current.sheet, updatedAt: now }, 'referral.update', now);
}

/**
 * Writes the 本人情報シート. Only a professional role (区役所, 地域ケアプラザ, 区社協) may: the
 * court's form is for welfare professionals who support the person, not commissioners.
 */
export async function saveSheet(session: VaultSession, id: string, sheet: PersonSheet, baseRev: number, now: number): Promise<Referral> {
  if (!isProfessionalRole(session.actor.role as UserRoleId)) throw new AppError('NotPermitted', { role: session.actor.role });
  const current = await getReferral(session, id);
  if (!current || current.deletedAt !== 0) throw new AppError('NotFound', { id });
  return write(session, { ...current, rev: baseRev, sheet, updatedAt: now }, 'referral.sheet', now);
}

export class StepRefused extends Error {
  readonly problem: StepProblem;
  constructor(problem: StepProblem) {
    super(problem);
    this.problem = problem;
  }
}

/** Records a step (with its date, who and a note), or refuses it with the reason. */
export async function addStep(session: VaultSession, id: string, req: StepRequest, today: string, now: number): Promise<Referral> {
  const current = await getReferral(session, id);
  if (!current || current.deletedAt !== 0) throw new AppError('NotFound', { id });
  const plan = planStep(current.history, req, today, { hojoConsentMissing: hojoConsentMissing(current) });
  if (!plan.ok) throw new StepRefused(plan.problem);
  return write(session, { ...current, history: [...current.history, plan.entry], updatedAt: now }, 'referral.step', now);
}

export async function trashReferral(session: VaultSession, id: string, now: number): Promise<void> {
  const current = await getReferral(session, id);
  if (!current) throw new AppError('NotFound', { id });
  await write(session, { ...current, deletedAt: now, updatedAt: now }, 'referral.trash', now, { asStored: true });
}
