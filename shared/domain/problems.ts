// Problems with a record as typed: errors block saving, warnings are shown and the user may
// save anyway. Every code any schema or rule can produce is listed here, so the renderer's one
// table of sentences (renderer/i18n/problems.ts) is complete at compile time.
import type { z } from 'zod';
import { TEXT_PROBLEM_CODES, type TextProblem, type TextProblemCode } from '../text/safeText';

export const PROBLEM_CODES = [
  // From the schemas, through schemaProblems: our own messages, and zod's own issues mapped.
  'required',
  'date',
  'time',
  'too_long',
  'invalid',
  // The text rule (shared/text/safeText).
  ...TEXT_PROBLEM_CODES,
  // Dates that cannot be.
  'future',
  'past',
  'beforeRecord',
  'beforeMeeting',
  'beforeConsultation',
  'endBeforeStart',
  // What each record needs at minimum (docs/domain.md, "The minimum of each record").
  'contactMinimum',
  'meetingMinimum',
  // The contact log.
  'fieldAndContent',
  // Meetings.
  'caseRequired',
  'noCasesInArea',
  'consentMissing',
  'duplicateCase',
  // Guardianship referrals.
  'relativesListed',
  'hojoConsent',
  'mayorWithRelatives',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = 'error' | 'warning';
type PlainCode = Exclude<ProblemCode, TextProblemCode>;
/** A refused character always says where it is (its sentence names the position). */
export type Problem = { path: string; severity: Severity } & (
  { code: TextProblemCode; params: TextProblem['params'] } | { code: PlainCode; params?: undefined }
);

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const TEXT_CODES: ReadonlySet<string> = new Set(TEXT_PROBLEM_CODES);
export const isProblemCode = (s: string): s is ProblemCode => CODES.has(s);
const isTextCode = (s: string): s is TextProblemCode => TEXT_CODES.has(s);
const isPlainCode = (s: string): s is PlainCode => CODES.has(s) && !TEXT_CODES.has(s);

/** One schema issue as a problem code: never zod's own wording. */
function codeOf(i: z.core.$ZodIssue): { code: TextProblemCode; params: TextProblem['params'] } | { code: PlainCode } {
  // Our own refinements name their code as the message ('required', 'date', 'controlChar'…).
  if (isTextCode(i.message)) {
    const at: unknown = i.code === 'custom' ? i.params?.at : undefined;
    return typeof at === 'number' ? { code: i.message, params: { at } } : { code: 'invalid' };
  }
  if (isPlainCode(i.message)) return { code: i.message };
  if (i.code === 'too_big' && i.origin === 'string') return { code: 'too_long' };
  if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) === 1) return { code: 'required' };
  return { code: 'invalid' };
}

/** Schema failures as problems, each with its code (and where a refused character is). */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i): Problem => ({ path: i.path.join('.'), severity: 'error', ...codeOf(i) }));
}
