// Guardianship referrals: sealed records whose current step and its date are in the clear, so
// the list and the stall alarm work without decrypting every case. Steps go through planStep
// (shared/referrals/status.ts) and each one is its own audit entry.
import { referralSchema, emptyReferral, hojoConsentMissing, type ReferralInput } from '../../../shared/referrals/referral';
import { currentStatus, planStep, type StepProblem, type StepRequest } from '../../../shared/referrals/status';
import type { ReferralRow } from '../../db/database';
import { openRecord, openRecords, sealRecord, type Stored } from '../../records/sealed';
import { appendAudit, type AuditAction } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import type { PersonSheet } from '../../../shared/referrals/personSheet';
import { isProfessionalRole, type UserRoleId } from '../../../shared/domain/plan';

export type Referral = Stored<ReferralInput>;

async function write(session: VaultSession, record: Referral, action: AuditAction, now: number): Promise<Referral> {
  const { meta, content, enc } = await sealRecord(session, 'referrals', referralSchema, record);
  const last = content.history.at(-1);
  const row: ReferralRow = {
    ...meta,
    personId: content.personId,
    status: currentStatus(content.history),
    statusDate: last?.date ?? content.consultedOn,
    districtId: content.districtId,
    enc,
  };
  const db = session.db;
  await db.transaction('rw', db.referrals, db.audit, async () => {
    await db.referrals.put(row);
    await appendAudit(db, session.actor, { action, table: 'referrals', recordId: record.id }, now);
  });
  return { ...content, ...meta };
}

export async function getReferral(session: VaultSession, id: string): Promise<Referral | undefined> {
  const row = await session.db.referrals.get(id);
  return row ? openRecord(session, 'referrals', referralSchema, row) : undefined;
}

export async function referralsOfPerson(session: VaultSession, personId: string): Promise<Referral[]> {
  const rows = await session.db.referrals.where('personId').equals(personId).toArray();
  const { records } = await openRecords(
    session,
    'referrals',
    referralSchema,
    rows.filter((r) => r.deletedAt === 0),
  );
  return records.sort((a, b) => b.consultedOn.localeCompare(a.consultedOn));
}

export async function listReferrals(session: VaultSession): Promise<{ items: Referral[]; corrupt: string[] }> {
  const rows = await session.db.referrals.where('deletedAt').equals(0).toArray();
  const { records, corrupt } = await openRecords(session, 'referrals', referralSchema, rows);
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
  return write(
    session,
    { ...emptyReferral(personId, districtId, consultedOn, by), id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: 0 },
    'referral.create',
    now,
  );
}

/** Saves edited fields. Neither the status history nor the 本人情報シート changes here. */
export async function saveReferral(session: VaultSession, edited: Referral, now: number): Promise<Referral> {
  const current = await getReferral(session, edited.id);
  if (!current || current.deletedAt !== 0) throw new AppError('NotFound', { id: edited.id });
  return write(session, { ...edited, history: current.history, sheet: current.sheet, updatedAt: now }, 'referral.update', now);
}

/**
 * Writes the 本人情報シート. Only a professional role (区役所, 地域ケアプラザ, 区社協) may: the
 * court's form is for welfare professionals who support the person, not commissioners.
 */
export async function saveSheet(session: VaultSession, id: string, sheet: PersonSheet, now: number): Promise<Referral> {
  if (!isProfessionalRole(session.actor.role as UserRoleId)) throw new AppError('NotPermitted', { role: session.actor.role });
  const current = await getReferral(session, id);
  if (!current || current.deletedAt !== 0) throw new AppError('NotFound', { id });
  return write(session, { ...current, sheet, updatedAt: now }, 'referral.sheet', now);
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
  const db = session.db;
  if (!(await db.referrals.get(id))) throw new AppError('NotFound', { id });
  await db.transaction('rw', db.referrals, db.audit, async () => {
    await db.referrals.update(id, { deletedAt: now, updatedAt: now });
    await appendAudit(db, session.actor, { action: 'referral.trash', table: 'referrals', recordId: id }, now);
  });
}
