// The meeting form's state and the pure rules around it: reordering, the next 回次, turning
// form rows into ActionDrafts, the problems to show, and reading a draft back safely.
import { z } from 'zod';
import {
  MEETING_FUNCTIONS,
  MEETING_TYPES,
  meetingMinimumProblem,
  meetingProblems,
  type MeetingInput,
  type MeetingTypeId,
} from '../../../shared/meetings/meeting';
import { actionProblems } from '../../../shared/actions/actionItem';
import type { Problem } from '../../../shared/domain/problems';
import type { ActionDraft, Meeting } from './meetingRepo';
import type { ActionItem } from '../actions';
import { jsonDraftCodec } from '../../records/jsonDraft';

/** One 役割分担 row as edited: `id` is '' until the row has been saved once. */
export interface ActionRowState {
  key: string;
  id: string;
  owner: string;
  ownerOrg: string;
  task: string;
  due: string;
  personId: string;
}

export interface MeetingFormState {
  meeting: MeetingInput;
  actions: ActionRowState[];
}

export function isMeetingTypeId(s: string | undefined): s is MeetingTypeId {
  return MEETING_TYPES.some((t) => t.id === s);
}

/** Moves one item up (-1) or down (+1); out-of-range moves return an unchanged copy. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const out = [...list];
  const to = index + delta;
  if (index < 0 || index >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(index, 1) as [T];
  out.splice(to, 0, item);
  return out;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/** The 回次 to suggest: one more than the team's previous meeting, or 1 for a first meeting. */
export function suggestNumber(previous: Pick<MeetingInput, 'number'> | undefined): number {
  return previous ? Math.min(previous.number + 1, 9999) : 1;
}

export function newActionRow(key: string): ActionRowState {
  return { key, id: '', owner: '', ownerOrg: '', task: '', due: '', personId: '' };
}

export function actionRowsOf(items: readonly ActionItem[]): ActionRowState[] {
  return items.map((a) => ({ key: a.id, id: a.id, owner: a.owner, ownerOrg: a.ownerOrg, task: a.task, due: a.due, personId: a.personId }));
}

/** A row the user added but never typed into: dropped on save rather than refused. */
export function isBlankRow(r: ActionRowState): boolean {
  return [r.owner, r.ownerOrg, r.task, r.due].every((s) => s.trim() === '');
}

export function toActionDrafts(rows: readonly ActionRowState[]): ActionDraft[] {
  return rows
    .filter((r) => !isBlankRow(r))
    .map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      owner: r.owner.trim(),
      ownerOrg: r.ownerOrg.trim(),
      task: r.task.trim(),
      due: r.due,
      personId: r.personId,
    }));
}

/** What is saved: blank 課題 lines are left out; a 対象者 that is no longer a case is cleared. */
export function toSave(state: MeetingFormState): { input: MeetingInput; drafts: ActionDraft[] } {
  const cases = new Set(state.meeting.cases.map((c) => c.personId));
  const rows = state.actions.map((r) => (r.personId && !cases.has(r.personId) ? { ...r, personId: '' } : r));
  return { input: { ...state.meeting, issues: state.meeting.issues.filter((s) => s.trim() !== '') }, drafts: toActionDrafts(rows) };
}

/** Every problem of the minutes and their action rows; action paths are `actions.<row>.<field>`. */
export function formProblems(state: MeetingFormState, today: string): Problem[] {
  const out = meetingProblems(state.meeting);
  const minimum = meetingMinimumProblem(state.meeting, state.actions.filter((r) => !isBlankRow(r)).length);
  if (minimum) out.push(minimum);
  state.actions.forEach((r, i) => {
    if (isBlankRow(r)) return;
    for (const p of actionProblems(r, state.meeting.date, today)) out.push({ ...p, path: `actions.${i}.${p.path}` });
  });
  return out;
}

export const errorsOf = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'error');
export const warningsOf = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'warning');
/** Identifies a set of warnings, so "save anyway" applies only to the warnings the user saw. */
export const warningKey = (ps: readonly Problem[]) =>
  warningsOf(ps)
    .map((p) => `${p.path}:${p.code}`)
    .sort()
    .join('|');

export function meetingInputOf(m: Meeting): MeetingInput {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = m;
  return input;
}

// ---- drafts ----
// Kept as JSON text, checked against this schema: the form holds arrays of objects (attendees,
// cases, action rows), which the shared draft merger would drop (see vault/jsonDraft).
const s = z.string();
const attendee = z.object({ directoryId: s, name: s, organisation: s, role: s });
const draftSchema = z.object({
  meeting: z.object({
    type: z.enum(['case', 'team', 'area']),
    title: s,
    number: z.number().int(),
    districtId: s,
    date: s,
    startTime: s,
    endTime: s,
    place: s,
    host: s,
    chair: s,
    recorder: s,
    attendees: z.array(attendee),
    absentees: z.array(attendee),
    personAttended: z.boolean(),
    familyAttended: z.boolean(),
    presenter: s,
    consent: z.object({ obtained: z.boolean(), date: s, how: s }),
    cases: z.array(z.object({ personId: s, basicInfo: s, family: s, history: s, wishes: s })),
    issues: z.array(s),
    discussion: s,
    conclusion: s,
    regionalIssues: s,
    monitoring: s,
    nextDate: s,
    materialsCollected: z.boolean(),
    materialsCollectedBy: s.optional(),
    goals: z.array(s),
    functions: z.array(z.enum(MEETING_FUNCTIONS)),
  }),
  actions: z.array(z.object({ key: s, id: s, owner: s, ownerOrg: s, task: s, due: s, personId: s })),
}) satisfies z.ZodType<MeetingFormState>;

/** The whole form as one JSON-text draft (see vault/jsonDraft for why not useDraft's own merge). */
export const meetingDraftCodec = jsonDraftCodec<MeetingFormState>(draftSchema);
