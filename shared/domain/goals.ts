// The pillar-2 action goals (2-1 … 2-4) a record served. Every record kind carries them; a new
// record starts from its kind's preset and the user may change it. The presets are our reading of
// the plan (check): a visit or a call watches over someone (2-2), bringing someone to a service
// connects them (2-1), a guardianship referral connects and makes the system known (2-1, 2-3), an
// ending note carries information one needs (2-3).
import { z } from 'zod';
import { PILLARS } from './plan';

export const P2_GOAL_IDS = ['2-1', '2-2', '2-3', '2-4'] as const;
export type P2GoalId = (typeof P2_GOAL_IDS)[number];

export const P2_GOALS: readonly { readonly id: P2GoalId; readonly label: string }[] = P2_GOAL_IDS.map((id) => ({
  id,
  label: PILLARS.flatMap((p) => p.goals).find((g) => g.id === id)?.label ?? id,
}));

export const p2GoalsSchema = z.array(z.enum(P2_GOAL_IDS)).max(P2_GOAL_IDS.length);

/** Goals in the plan's order, each once, pillar-2 only (a meeting may also hold 1-x and 3-x). */
export function normalizeP2Goals(goals: readonly string[]): P2GoalId[] {
  return P2_GOAL_IDS.filter((id) => goals.includes(id));
}

const CONTACT_PRESETS: Readonly<Record<string, readonly P2GoalId[]>> = {
  訪問: ['2-2'],
  電話: ['2-2'],
  来所: ['2-1'],
  同行: ['2-1'],
  その他: ['2-1'],
};

/** A contact-log entry: by kind; one that hands someone over (つなぎ先) also served 2-1. */
export function contactGoalPreset(c: { kind: string; referredTo: string }): P2GoalId[] {
  const base = CONTACT_PRESETS[c.kind] ?? ['2-1'];
  return normalizeP2Goals(c.referredTo === '' ? base : [...base, '2-1']);
}

export const REFERRAL_GOAL_PRESET: readonly P2GoalId[] = ['2-1', '2-3'];
export const ENDING_NOTE_GOAL_PRESET: readonly P2GoalId[] = ['2-3'];
/** An action item from a contact takes the entry's goals; from a meeting, the meeting's pillar-2 goals. */
export const ACTION_GOAL_FALLBACK: readonly P2GoalId[] = ['2-1'];
