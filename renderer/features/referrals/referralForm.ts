// The referral page's form state and the pure rules around it: the editable fields (the history,
// the hand-overs, the progress notes and the 本人情報シート are changed by their own actions), the
// small add-forms, which step to offer next, and reading the page's one draft back safely.
import { p2GoalsSchema, REFERRAL_GOAL_PRESET } from '../../../shared/domain/goals';
import { z } from 'zod';
import {
  ABUSE_KINDS,
  CONSENT_METHODS,
  CONSULTATION_ROUTES,
  DECLINE_SIGNS,
  DESTINATIONS,
  GUARDIANSHIP_TYPES,
  OVERRIDE_REASONS,
  PETITIONERS,
  URGENCIES,
  referralProblems,
  type Handover,
  type ReferralInput,
  type Relative,
} from '../../../shared/referrals/referral';
import { MAIN_STEPS, STATUS_IDS, currentStatus, isOpen, type HistoryEntry, type ReferralStatus } from '../../../shared/referrals/status';
import { isValidIsoDate } from '../../../shared/text/dates';
import { textProblem } from '../../../shared/text/safeText';
import type { Problem } from '../../../shared/domain/problems';
import { jsonDraftCodec } from '../../records/jsonDraft';

/** What the main form edits. */
export type ReferralFields = Omit<ReferralInput, 'personId' | 'history' | 'sheet' | 'handovers' | 'notes'>;

/** A stored referral without its record metadata (the schema is strict about extra keys). */
export function inputOf<T extends ReferralInput>(r: T): ReferralInput {
  return { ...fieldsOf(r), personId: r.personId, handovers: r.handovers, notes: r.notes, history: r.history, sheet: r.sheet };
}

/** The editable fields of a stored referral (picked, so record metadata never rides along). */
export function fieldsOf(r: ReferralInput): ReferralFields {
  return {
    districtId: r.districtId,
    consultedOn: r.consultedOn,
    route: r.route,
    routeNote: r.routeNote,
    declineSigns: r.declineSigns,
    declineNote: r.declineNote,
    noRelatives: r.noRelatives,
    relatives: r.relatives,
    abuse: r.abuse,
    urgency: r.urgency,
    expectedType: r.expectedType,
    petitioner: r.petitioner,
    dailyLifeSupport: r.dailyLifeSupport,
    explained: r.explained,
    wishes: r.wishes,
    petitionConsent: r.petitionConsent,
    goals: r.goals ?? [...REFERRAL_GOAL_PRESET],
  };
}

export function emptyRelative(): Relative {
  return { name: '', relation: '', degree: 0, reachable: '不明', note: '' };
}

/** The add-a-hand-over form, flat so that a half-typed override reason survives a draft. */
export interface HandoverForm {
  to: '' | (typeof DESTINATIONS)[number];
  date: string;
  contact: string;
  consentKind: 'consent' | 'override';
  consentDate: string;
  consentMethod: (typeof CONSENT_METHODS)[number];
  consentNote: string;
  overrideReason: '' | (typeof OVERRIDE_REASONS)[number];
  overrideNote: string;
}

export function emptyHandoverForm(today: string): HandoverForm {
  return {
    to: '',
    date: today,
    contact: '',
    consentKind: 'consent',
    consentDate: today,
    consentMethod: '口頭',
    consentNote: '',
    overrideReason: '',
    overrideNote: '',
  };
}

export function isHandoverFormBlank(f: HandoverForm): boolean {
  return f.to === '' && f.contact.trim() === '' && f.consentNote.trim() === '' && f.overrideReason === '' && f.overrideNote.trim() === '';
}

/** The hand-over the form describes, or null while a choice is still missing. */
export function handoverOf(f: HandoverForm): Handover | null {
  if (f.to === '') return null;
  if (f.consentKind === 'consent')
    return {
      to: f.to,
      date: f.date,
      contact: f.contact,
      consent: { kind: 'consent', date: f.consentDate, method: f.consentMethod, note: f.consentNote },
    };
  if (f.overrideReason === '') return null;
  return { to: f.to, date: f.date, contact: f.contact, consent: { kind: 'override', reason: f.overrideReason, note: f.overrideNote } };
}

/** Problems of a new hand-over, with paths of the form ('to', 'date', 'consent.date', 'consent.reason', 'consent.note'). */
export function handoverFormProblems(saved: ReferralInput, f: HandoverForm, today: string): Problem[] {
  const out: Problem[] = [];
  if (f.to === '') out.push({ path: 'to', code: 'required', severity: 'error' });
  if (f.consentKind === 'override' && f.overrideReason === '') out.push({ path: 'consent.reason', code: 'required', severity: 'error' });
  if (f.consentKind === 'consent' && isValidIsoDate(f.consentDate) && f.consentDate > today)
    out.push({ path: 'consent.date', code: 'future', severity: 'error' });
  const h = handoverOf(f) ?? handoverOf({ ...f, to: DESTINATIONS[0], overrideReason: OVERRIDE_REASONS[0] });
  if (!h) return out;
  const n = saved.handovers.length;
  const prefix = `handovers.${n}.`;
  for (const p of referralProblems({ ...inputOf(saved), handovers: [...saved.handovers, h] }, today)) {
    if (p.path.startsWith(prefix)) out.push({ ...p, path: p.path.slice(prefix.length) });
  }
  return out;
}

export interface NoteForm {
  date: string;
  text: string;
}

export function noteFormProblems(f: NoteForm, today: string): Problem[] {
  const out: Problem[] = [];
  if (!isValidIsoDate(f.date)) out.push({ path: 'date', code: 'required', severity: 'error' });
  else if (f.date > today) out.push({ path: 'date', code: 'future', severity: 'error' });
  const text = textProblem(f.text, 'text');
  if (f.text.trim() === '') out.push({ path: 'text', code: 'required', severity: 'error' });
  else if (f.text.length > 20_000) out.push({ path: 'text', code: 'too_long', severity: 'error' });
  else if (text) out.push({ path: 'text', ...text, severity: 'error' });
  return out;
}

export interface StepForm {
  to: ReferralStatus;
  date: string;
  note: string;
}

/** The step to offer: the next main step; after an ended case, the step it was at before. */
export function defaultNextStep(history: readonly HistoryEntry[]): ReferralStatus {
  const cur = currentStatus(history);
  if (isOpen(cur)) {
    const i = MAIN_STEPS.findIndex((s) => s.id === cur);
    return MAIN_STEPS[i + 1]?.id ?? 'closed';
  }
  const before = [...history].reverse().find((h) => isOpen(h.status));
  return before?.status ?? 'gathering';
}

/** Whether moving to `to` must say why: going back, ending (取下げ / 見送り) or reopening. */
export function stepNeedsNote(history: readonly HistoryEntry[], to: ReferralStatus): boolean {
  const cur = currentStatus(history);
  if (to === 'withdrawn' || to === 'declined') return true;
  if (!isOpen(cur)) return true;
  const order = (s: ReferralStatus) => MAIN_STEPS.findIndex((m) => m.id === s);
  return order(to) < order(cur);
}

export function emptyStepForm(history: readonly HistoryEntry[], today: string): StepForm {
  return { to: defaultNextStep(history), date: today, note: '' };
}

// ---- problems ----
export const errorsOf = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'error');
export const warningsOf = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'warning');
/** Identifies a set of warnings, so "save anyway" applies only to the warnings the user saw. */
export const warningKey = (ps: readonly Problem[]) =>
  warningsOf(ps)
    .map((p) => `${p.path}:${p.code}`)
    .sort()
    .join('|');

// ---- the page's draft ----
// Kept as JSON text, checked against this schema: the page holds arrays of objects (relatives),
// which the shared draft merger would drop (see vault/jsonDraft).
export interface PageDraft {
  fields: ReferralFields;
  step: StepForm;
  handover: HandoverForm;
  note: NoteForm;
}

const s = z.string();
const b = z.boolean();
const draftSchema = z.object({
  fields: z.object({
    districtId: s,
    consultedOn: s,
    route: z.enum(['', ...CONSULTATION_ROUTES]),
    routeNote: s,
    declineSigns: z.array(z.enum(DECLINE_SIGNS)),
    declineNote: s,
    noRelatives: b,
    relatives: z.array(
      z.object({ name: s, relation: s, degree: z.number().int().min(0).max(4), reachable: z.enum(['はい', 'いいえ', '不明']), note: s }),
    ),
    abuse: z.object({ suspected: b, kinds: z.array(z.enum(ABUSE_KINDS)), note: s }),
    urgency: z.enum(URGENCIES),
    expectedType: z.enum(GUARDIANSHIP_TYPES),
    petitioner: z.enum(PETITIONERS),
    dailyLifeSupport: z.object({ considered: b, note: s }),
    explained: s,
    wishes: s,
    petitionConsent: z.object({ given: b, date: s, method: z.enum(['', ...CONSENT_METHODS]) }),
    goals: p2GoalsSchema.optional(),
  }),
  step: z.object({ to: z.enum(STATUS_IDS), date: s, note: s }),
  handover: z.object({
    to: z.enum(['', ...DESTINATIONS]),
    date: s,
    contact: s,
    consentKind: z.enum(['consent', 'override']),
    consentDate: s,
    consentMethod: z.enum(CONSENT_METHODS),
    consentNote: s,
    overrideReason: z.enum(['', ...OVERRIDE_REASONS]),
    overrideNote: s,
  }),
  note: z.object({ date: s, text: s }),
}) satisfies z.ZodType<PageDraft>;

/** The page's one JSON-text draft (see vault/jsonDraft for why not useDraft's own merge). */
export const pageDraftCodec = jsonDraftCodec<PageDraft>(draftSchema);

/** A draft that holds nothing beyond what is saved needs no notice (and no keeping). */
export function draftDiffers(d: PageDraft, pristine: PageDraft): boolean {
  return stableJson(d) !== stableJson(pristine);
}

/** JSON with object keys sorted, so two equal values compare equal whatever order they were built in. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([k1], [k2]) => k1.localeCompare(k2)))
      : x,
  );
}
