// The attendee directory: people and organisations reused across meetings. Minutes keep a copy
// (AttendeeRef) of what they printed, so editing or removing an entry never rewrites history.
import { z } from 'zod';
import type { AttendeeRef } from './meeting';
import { requiredLine, safeLine, safeText } from '../text/safeText';

export const directoryEntrySchema = z.strictObject({
  name: requiredLine(100),
  /** From the plan's actor list (shared/domain/plan ACTORS) or free text. */
  organisation: safeLine(100),
  role: safeLine(100),
  note: safeText(1000),
});
export type DirectoryEntryInput = z.infer<typeof directoryEntrySchema>;

export function toAttendeeRef(id: string, e: DirectoryEntryInput): AttendeeRef {
  return { directoryId: id, name: e.name, organisation: e.organisation, role: e.role };
}
