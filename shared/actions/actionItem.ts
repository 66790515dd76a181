// 役割分担 (who / what / by when) as first-class items, followed until done. They come from a
// meeting or from a contact-log follow-up; either way they appear in one list.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import type { Problem } from '../domain/problems';
import { p2GoalsSchema } from '../domain/goals';
import { requiredLine, requiredText, safeLine, safeText, textProblem, type TextKind } from '../text/safeText';

const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });

export const ACTION_SOURCES = ['meeting', 'contact'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

export const actionItemSchema = z.strictObject({
  source: z.enum(ACTION_SOURCES),
  sourceId: z.string().min(1).max(64),
  owner: requiredLine(100),
  ownerOrg: safeLine(100),
  task: requiredText(2000),
  due: requiredDate,
  /** The person the action is about, if any ('' otherwise). */
  personId: z.string().max(64),
  districtId: z.string().max(40),
  status: z.enum(['open', 'done']),
  doneDate: optionalDate,
  doneNote: safeText(2000),
  /** Pillar-2 goals; preset from the meeting or contact it came from; absent before schema 6. */
  goals: p2GoalsSchema.optional(),
});
export type ActionItemInput = z.infer<typeof actionItemSchema>;
export type ActionStatus = ActionItemInput['status'];

/** Problems with an action as typed, given the date it was agreed on and today. */
export function actionProblems(
  a: Pick<ActionItemInput, 'owner' | 'task' | 'due'> & Partial<Pick<ActionItemInput, 'ownerOrg'>>,
  agreedOn: string,
  today: string,
): Problem[] {
  const out: Problem[] = [];
  const text = (path: 'owner' | 'ownerOrg' | 'task', value: string, kind: TextKind) => {
    const p = textProblem(value, kind);
    if (p) out.push({ path, ...p, severity: 'error' });
  };
  if (a.owner.trim() === '') out.push({ path: 'owner', code: 'required', severity: 'error' });
  else text('owner', a.owner, 'line');
  if (a.ownerOrg) text('ownerOrg', a.ownerOrg, 'line');
  if (a.task.trim() === '') out.push({ path: 'task', code: 'required', severity: 'error' });
  else text('task', a.task, 'text');
  if (!isValidIsoDate(a.due)) out.push({ path: 'due', code: 'required', severity: 'error' });
  else if (a.due < agreedOn) out.push({ path: 'due', code: 'beforeRecord', severity: 'error' });
  else if (a.due < today) out.push({ path: 'due', code: 'past', severity: 'warning' });
  return out;
}

export function completeAction<T extends ActionItemInput>(a: T, doneDate: string, doneNote: string): T {
  if (!isValidIsoDate(doneDate)) throw new RangeError('doneDate');
  return { ...a, status: 'done', doneDate, doneNote };
}

export function reopenAction<T extends ActionItemInput>(a: T): T {
  return { ...a, status: 'open', doneDate: '', doneNote: '' };
}

export type ActionState = 'done' | 'overdue' | 'dueSoon' | 'open';

/** Overdue means the due date has passed and it is still open; due soon is within `soonDays`. */
export function actionState(a: Pick<ActionItemInput, 'status' | 'due'>, today: string, soonDays = 7): ActionState {
  if (a.status === 'done') return 'done';
  if (a.due < today) return 'overdue';
  if (daysBetween(today, a.due) <= soonDays) return 'dueSoon';
  return 'open';
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

export interface ActionFilter {
  owner?: string;
  districtId?: string;
  status?: 'open' | 'done' | 'overdue' | 'all';
  /** Only items due on or before this date. */
  dueBy?: string;
}

export function filterActions<T extends ActionItemInput>(items: readonly T[], f: ActionFilter, today: string): T[] {
  return items
    .filter((a) => !f.owner || a.owner === f.owner)
    .filter((a) => f.districtId === undefined || f.districtId === '' || a.districtId === f.districtId)
    .filter((a) => {
      switch (f.status ?? 'open') {
        case 'open':
          return a.status === 'open';
        case 'done':
          return a.status === 'done';
        case 'overdue':
          return actionState(a, today) === 'overdue';
        case 'all':
          return true;
      }
    })
    .filter((a) => !f.dueBy || a.due <= f.dueBy)
    .sort((x, y) => (x.status === y.status ? x.due.localeCompare(y.due) : x.status === 'open' ? -1 : 1));
}
