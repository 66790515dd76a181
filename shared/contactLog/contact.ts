// 見守り・相談記録: one entry of a commissioner's contact log (docs/domain.md §4.2).
// A routine visit needs only a date, a kind and (usually) a person; everything else is optional.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { safeLine, safeText } from '../text/safeText';
import { schemaProblems, type Problem } from '../domain/problems';
import { p2GoalsSchema } from '../domain/goals';
import { ACTIVITY_CONTENTS, ACTIVITY_FIELDS, CONTACT_KINDS, OTHER_ACTIVITIES, REFERRAL_DESTINATIONS } from './activity';

export const MAX_CONTACT_TEXT = 20_000;
const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });

export const contactSchema = z.strictObject({
  date: requiredDate,
  kind: z.enum(CONTACT_KINDS),
  /** '' when the activity had no one person (a meeting, a survey). */
  personId: z.string().max(64),
  /** 相談・支援: counted once under 分野 and once under 内容; both or neither. */
  field: z.enum(['', ...ACTIVITY_FIELDS]),
  content: z.enum(['', ...ACTIVITY_CONTENTS]),
  otherActivity: z.enum(['', ...OTHER_ACTIVITIES]),
  summary: safeText(MAX_CONTACT_TEXT),
  insight: safeText(MAX_CONTACT_TEXT),
  followUp: z.strictObject({ needed: z.boolean(), task: safeText(1000), due: optionalDate }),
  referredTo: z.enum(['', ...REFERRAL_DESTINATIONS]),
  referredNote: safeText(300),
  /** Who recorded it: the profile id (also in the clear, for the report) and name at the time. */
  recordedBy: z.string().min(1).max(64),
  recordedByName: safeLine(100),
  /** District of the person when the entry was made (a move later does not move it); absent before schema 6. */
  districtId: z.string().max(40).optional(),
  /** Pillar-2 goals the entry served; absent = the kind's preset (contactGoalPreset). */
  goals: p2GoalsSchema.optional(),
});
export type ContactInput = z.infer<typeof contactSchema>;

export function emptyContact(date: string, recordedBy: string, recordedByName: string, personId = ''): ContactInput {
  return {
    date,
    kind: '訪問',
    personId,
    field: '',
    content: '',
    otherActivity: '',
    summary: '',
    insight: '',
    followUp: { needed: false, task: '', due: '' },
    referredTo: '',
    referredNote: '',
    recordedBy,
    recordedByName,
  };
}

export type { Problem, Severity } from '../domain/problems';

/**
 * What is wrong with an entry. Errors block saving; warnings are shown and the user may save
 * anyway (a follow-up due yesterday is unusual but real when an entry is typed in late).
 */
export function contactProblems(input: unknown, today: string): Problem[] {
  const r = contactSchema.safeParse(input);
  if (!r.success) return schemaProblems(r.error);
  const c = r.data;
  const out: Problem[] = [];
  if ((c.field === '') !== (c.content === ''))
    out.push({ path: c.field === '' ? 'field' : 'content', code: 'fieldAndContent', severity: 'error' });
  if (c.date > today) out.push({ path: 'date', code: 'future', severity: 'error' });
  if (c.followUp.needed) {
    if (c.followUp.due === '') out.push({ path: 'followUp.due', code: 'required', severity: 'error' });
    else if (c.followUp.due < c.date) out.push({ path: 'followUp.due', code: 'beforeRecord', severity: 'error' });
    else if (c.followUp.due < today) out.push({ path: 'followUp.due', code: 'past', severity: 'warning' });
  }
  return out;
}

/** An entry is a consultation (相談・支援件数) when it has 分野 and 内容. */
export function isConsultation(c: Pick<ContactInput, 'field' | 'content'>): boolean {
  return c.field !== '' && c.content !== '';
}
