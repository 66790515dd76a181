// 見守り・相談記録: one entry of a commissioner's contact log (docs/domain.md §4.2).
// A routine visit needs only a date, a kind and a word of what happened (「変わりなし」), usually
// with a person; everything else is optional.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { safeLine, safeText, textProblem } from '../text/safeText';
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
  // The minimum of an entry: a date, a kind and a word of what happened (「変わりなし」 will do),
  // or, for an activity that is not about one person, which その他の活動 it was (民児協・研修).
  if (c.summary.trim() === '' && c.otherActivity === '') out.push({ path: 'summary', code: 'contactMinimum', severity: 'error' });
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

/** The marks a summary split across continuation entries carries (stored as typed: they stay Japanese). */
export const continuationMark = (part: number, of: number) => (part === 1 ? `\n（続きあり 1/${of}）` : `（続き ${part}/${of}）\n`);
/** Room each part leaves for its mark (the longest a mark gets, up to 9999 parts). */
const MARK_ROOM = 24;
/** How far back from the limit a part looks for the end of a line or sentence to stop at. */
const SOFT_BREAK_WINDOW = 1000;

/**
 * Cuts `text` into parts of at most `max` UTF-16 units, each ending after a line break or 。 in
 * its last SOFT_BREAK_WINDOW units when there is one, never between the two halves of a
 * character outside the BMP (𠮷). Joined again, the parts are `text` exactly.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError('max');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    const window = rest.slice(Math.max(0, max - SOFT_BREAK_WINDOW), max);
    const soft = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'));
    if (soft >= 0) cut = max - window.length + soft + 1;
    else if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/** How many entries a summary is kept in: 1 within the limit, more when split (splitContinuations). */
export function entriesNeeded(summary: string, max = MAX_CONTACT_TEXT): number {
  return summary.length <= max ? 1 : splitText(summary, max - MARK_ROOM).length;
}

/**
 * A summary longer than MAX_CONTACT_TEXT (pasted whole, issue 15) is kept as this entry plus
 * continuation entries: same date, person and recorder, kind その他 and no classification, goals
 * or follow-up, so the activity report counts the contact once. Each summary carries its mark
 * (continuationMark). A summary within the limit gives back the entry unchanged.
 */
export function splitContinuations(input: ContactInput, max = MAX_CONTACT_TEXT): ContactInput[] {
  if (input.summary.length <= max) return [input];
  const chunks = splitText(input.summary, max - MARK_ROOM);
  const n = chunks.length;
  return chunks.map((chunk, i) =>
    i === 0
      ? { ...input, summary: chunk + continuationMark(1, n) }
      : {
          ...emptyContact(input.date, input.recordedBy, input.recordedByName, input.personId),
          kind: 'その他',
          summary: continuationMark(i + 1, n) + chunk,
          goals: [],
          ...(input.districtId === undefined ? {} : { districtId: input.districtId }),
        },
  );
}

/**
 * The problems of an entry whose summary may be kept whole past the limit: those of its first
 * entry, and a character the text rule refuses anywhere in the whole summary (at its place in the
 * whole text), since each continuation entry is checked again when it is sealed and one refused
 * there would refuse the whole save.
 */
export function keptWholeProblems(input: ContactInput, today: string): Problem[] {
  const [first, ...rest] = splitContinuations(input);
  const out = contactProblems(first ?? input, today);
  if (rest.length === 0 || out.some((p) => p.path === 'summary')) return out;
  const found = textProblem(input.summary, 'text');
  return found ? [...out, { path: 'summary', ...found, severity: 'error' }] : out;
}
