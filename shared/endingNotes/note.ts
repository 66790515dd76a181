// A filled ending note: which person, which template version it was written against, and the
// answers. All of it is sealed; the person id is also a clear column (the person's page lists
// their notes).
import { z } from 'zod';
import { answersSchema } from './template';
import { p2GoalsSchema } from '../domain/goals';

export const endingNoteSchema = z.strictObject({
  personId: z.string().min(1).max(64),
  templateId: z.string().min(1).max(64),
  templateVersion: z.number().int().min(1),
  answers: answersSchema,
  /** Pillar-2 goals; absent = ENDING_NOTE_GOAL_PRESET. */
  goals: p2GoalsSchema.optional(),
});
export type EndingNoteInput = z.infer<typeof endingNoteSchema>;
