// Problems with a record as typed: errors block saving, warnings are shown and the user may
// save anyway. Codes are turned into Japanese sentences by the renderer's messages.
import type { z } from 'zod';

export type Severity = 'error' | 'warning';
export interface Problem {
  path: string;
  code: string;
  severity: Severity;
}

const OWN_CODES = new Set(['required', 'date', 'time']);

/** Schema failures as problems: our own refinement messages, too_long for overlong text, else invalid. */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({
    path: i.path.join('.'),
    code: OWN_CODES.has(i.message) ? i.message : i.code === 'too_big' && i.origin === 'string' ? 'too_long' : 'invalid',
    severity: 'error' as const,
  }));
}
