// How referrals are shown: the history as lines, the row of main steps, and the list's rows,
// filters, order and counts. Pure, so the rules can be tested without a screen.
import {
  END_STEPS,
  MAIN_STEPS,
  checkStall,
  currentStatus,
  isOpen,
  statusLabel,
  type HistoryEntry,
  type ReferralStatus,
  type StallCheck,
} from '../../../shared/referrals/status';
import type { ReferralInput } from '../../../shared/referrals/referral';

/** 2026年11月27日 (short: the history and the lists have many dates). */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export interface HistoryLine {
  index: number;
  date: string;
  step: string;
  by: string;
  note: string;
  /** 「（省略：情報収集）」 when main steps were passed over, else ''. */
  skipped: string;
  /** The labels of the steps passed over (for the screen's own language). */
  skippedSteps: string[];
  correction: boolean;
  ended: boolean;
}

export function historyLines(history: readonly HistoryEntry[]): HistoryLine[] {
  return history.map((h, index) => ({
    index,
    date: h.date,
    step: statusLabel(h.status),
    by: h.by,
    note: h.note,
    skipped: h.skipped.length > 0 ? `（省略：${h.skipped.map(statusLabel).join('・')}）` : '',
    skippedSteps: h.skipped.map(statusLabel),
    correction: h.correction,
    ended: END_STEPS.some((e) => e.id === h.status),
  }));
}

export type StepState = 'done' | 'skipped' | 'current' | 'todo';

/** The main steps as a row of marks: which were passed, skipped, where the case is now. */
export function stepperStates(history: readonly HistoryEntry[]): { id: ReferralStatus; label: string; state: StepState }[] {
  const cur = currentStatus(history);
  // The step the case was last at (for an ended case: the last open step before it ended).
  const at = isOpen(cur) || cur === 'closed' ? cur : ([...history].reverse().find((h) => isOpen(h.status))?.status ?? 'intake');
  const atIndex = MAIN_STEPS.findIndex((s) => s.id === at);
  const skipped = new Set<ReferralStatus>();
  // Only the skips still in force: a later correction back over a skipped step un-skips it.
  for (const h of history) {
    if (h.correction) {
      const back = MAIN_STEPS.findIndex((s) => s.id === h.status);
      for (const s of MAIN_STEPS.slice(back)) skipped.delete(s.id);
    }
    for (const s of h.skipped) skipped.add(s);
  }
  return MAIN_STEPS.map((s, i) => ({
    id: s.id,
    label: s.label,
    state: i < atIndex ? (skipped.has(s.id) ? 'skipped' : 'done') : i === atIndex ? (isOpen(cur) ? 'current' : 'done') : 'todo',
  }));
}

export interface ReferralSummary {
  id: string;
  personId: string;
  districtId: string;
  open: boolean;
  stall: StallCheck;
  urgency: ReferralInput['urgency'];
  expectedType: ReferralInput['expectedType'];
  consultedOn: string;
  statusDate: string;
}

export function summarise(
  r: ReferralInput & { id: string },
  today: string,
  limits: Partial<Record<ReferralStatus, number>>,
): ReferralSummary {
  const stall = checkStall(r.history, today, limits);
  return {
    id: r.id,
    personId: r.personId,
    districtId: r.districtId,
    open: isOpen(stall.status),
    stall,
    urgency: r.urgency,
    expectedType: r.expectedType,
    consultedOn: r.consultedOn,
    statusDate: r.history.at(-1)?.date ?? r.consultedOn,
  };
}

export type StateFilter = 'open' | 'ended' | 'all';
export interface ListFilter {
  state: StateFilter;
  /** '' for every district. */
  districtId: string;
  stalledOnly: boolean;
}
export const DEFAULT_FILTER: ListFilter = { state: 'open', districtId: '', stalledOnly: false };

const URGENCY_RANK = { 高: 0, 中: 1, 低: 2 } as const;

/**
 * Open referrals first; among them stalled ones, then the longest in their step (the order of
 * the printed meeting list, so its ケース numbers run down the screen too), then the most urgent.
 * Ended ones after, the most recently ended first.
 */
export function compareSummaries(a: ReferralSummary, b: ReferralSummary): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  if (a.open) {
    if (a.stall.stalled !== b.stall.stalled) return a.stall.stalled ? -1 : 1;
    return b.stall.daysInStatus - a.stall.daysInStatus || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.id.localeCompare(b.id);
  }
  return b.statusDate.localeCompare(a.statusDate) || a.id.localeCompare(b.id);
}

export function filterSummaries(list: readonly ReferralSummary[], f: ListFilter): ReferralSummary[] {
  return list
    .filter(
      (r) =>
        (f.districtId === '' || r.districtId === f.districtId) &&
        (f.state === 'all' || (f.state === 'open') === r.open) &&
        (!f.stalledOnly || r.stall.stalled),
    )
    .sort(compareSummaries);
}

/** The counts at the top of the list: open referrals and how many of them are stalled (in the chosen district). */
export function countSummaries(list: readonly ReferralSummary[], districtId: string): { open: number; stalled: number; ended: number } {
  const inDistrict = list.filter((r) => districtId === '' || r.districtId === districtId);
  return {
    open: inDistrict.filter((r) => r.open).length,
    stalled: inDistrict.filter((r) => r.stall.stalled).length,
    ended: inDistrict.filter((r) => !r.open).length,
  };
}
