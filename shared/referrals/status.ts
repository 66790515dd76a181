// The steps of an adult-guardianship referral (docs/domain.md §4.6; the steps are (check)) and the
// rules for moving between them. Forward steps may skip; going back needs a stated reason (it is
// a correction, shown as such); 取下げ / 見送り end a case from any open step with a reason.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { safeLine, safeText } from '../text/safeText';

export const MAIN_STEPS = [
  { id: 'intake', label: '相談受付' },
  { id: 'gathering', label: '情報収集' },
  { id: 'planning', label: '支援方針検討' },
  { id: 'preparing', label: '申立準備' },
  { id: 'petitioned', label: '申立済' },
  { id: 'ruling', label: '審判' },
  { id: 'appointed', label: '後見人等選任' },
  { id: 'closed', label: '終結' },
] as const;
export const END_STEPS = [
  { id: 'withdrawn', label: '取下げ' },
  { id: 'declined', label: '見送り' },
] as const;
export const STATUS_IDS = [...MAIN_STEPS.map((s) => s.id), ...END_STEPS.map((s) => s.id)] as [ReferralStatus, ...ReferralStatus[]];
export type ReferralStatus = (typeof MAIN_STEPS)[number]['id'] | (typeof END_STEPS)[number]['id'];
export const OPEN_STATUSES = MAIN_STEPS.filter((s) => s.id !== 'closed').map((s) => s.id) as ReferralStatus[];

export function statusLabel(id: ReferralStatus): string {
  return [...MAIN_STEPS, ...END_STEPS].find((s) => s.id === id)?.label ?? id;
}

export function isOpen(status: ReferralStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

const order = (s: ReferralStatus) => MAIN_STEPS.findIndex((m) => m.id === s);

export const historyEntrySchema = z.strictObject({
  status: z.enum(STATUS_IDS),
  date: z.string().refine(isValidIsoDate),
  by: safeLine(100),
  note: safeText(5000),
  /** Main steps passed over by this move (forward skips), for the history to show. */
  skipped: z.array(z.enum(STATUS_IDS)).max(MAIN_STEPS.length),
  /** A move back to an earlier step, or reopening an ended case: always with a note. */
  correction: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export interface StepRequest {
  to: ReferralStatus;
  date: string;
  by: string;
  note: string;
}

export type StepProblem =
  | 'same'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateBeforeLast'
  | 'reasonRequired'
  | 'backRequiresNote'
  | 'reopenRequiresNote'
  | 'consentForHojo';

/** What a move would record, or why it cannot be made. `needsConsentForHojo` is checked by the caller's data. */
export function planStep(
  history: readonly HistoryEntry[],
  req: StepRequest,
  today: string,
  opts: { hojoConsentMissing?: boolean } = {},
): { ok: true; entry: HistoryEntry } | { ok: false; problem: StepProblem } {
  const last = history.at(-1);
  if (!isValidIsoDate(req.date)) return { ok: false, problem: 'dateInvalid' };
  if (req.date > today) return { ok: false, problem: 'dateFuture' };
  if (last && req.date < last.date) return { ok: false, problem: 'dateBeforeLast' };
  if (last && last.status === req.to) return { ok: false, problem: 'same' };
  const note = req.note.trim();
  const entry: HistoryEntry = { status: req.to, date: req.date, by: req.by, note: req.note, skipped: [], correction: false };
  if (req.to === 'withdrawn' || req.to === 'declined') {
    if (note === '') return { ok: false, problem: 'reasonRequired' };
    return { ok: true, entry };
  }
  if (order(req.to) >= order('petitioned') && opts.hojoConsentMissing) return { ok: false, problem: 'consentForHojo' };
  if (!last) {
    const skipped = MAIN_STEPS.slice(0, order(req.to)).map((s) => s.id);
    return { ok: true, entry: { ...entry, skipped } };
  }
  if (!isOpen(last.status)) {
    // Reopening an ended case is a correction: it must say why.
    if (note === '') return { ok: false, problem: 'reopenRequiresNote' };
    return { ok: true, entry: { ...entry, correction: true } };
  }
  const from = order(last.status);
  const to = order(req.to);
  if (to < from) {
    if (note === '') return { ok: false, problem: 'backRequiresNote' };
    return { ok: true, entry: { ...entry, correction: true } };
  }
  return { ok: true, entry: { ...entry, skipped: MAIN_STEPS.slice(from + 1, to).map((s) => s.id) } };
}

export function currentStatus(history: readonly HistoryEntry[]): ReferralStatus {
  return history.at(-1)?.status ?? 'intake';
}

/** Days without a step after which an open referral counts as stalled. (check) Defaults. */
export const DEFAULT_STALL_DAYS: Readonly<Record<ReferralStatus, number>> = {
  intake: 14,
  gathering: 30,
  planning: 30,
  preparing: 60,
  petitioned: 120,
  ruling: 60,
  appointed: 90,
  closed: 0,
  withdrawn: 0,
  declined: 0,
};

function dayNumber(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
}

export interface StallCheck {
  status: ReferralStatus;
  daysInStatus: number;
  limit: number;
  stalled: boolean;
}

/** How long the referral has been in its current step, and whether that is past the limit. */
export function checkStall(
  history: readonly HistoryEntry[],
  today: string,
  limits: Partial<Record<ReferralStatus, number>> = {},
): StallCheck {
  const last = history.at(-1);
  if (!last) return { status: 'intake', daysInStatus: 0, limit: limits.intake ?? DEFAULT_STALL_DAYS.intake, stalled: false };
  return stallAt(last.status, last.date, today, limits);
}

/**
 * The same check from the step and its date alone (the clear `status` and `statusDate` of a
 * referral row), for screens that must not open every referral.
 */
export function stallAt(
  status: ReferralStatus,
  statusDate: string,
  today: string,
  limits: Partial<Record<ReferralStatus, number>> = {},
): StallCheck {
  const daysInStatus = Math.max(0, dayNumber(today) - dayNumber(statusDate));
  const limit = isOpen(status) ? (limits[status] ?? DEFAULT_STALL_DAYS[status]) : 0;
  return { status, daysInStatus, limit, stalled: isOpen(status) && daysInStatus > limit };
}
