// The attendee directory: people and organisations reused across meetings. Minutes keep a copy
// (AttendeeRef) of what they printed, so editing or removing an entry never rewrites history.
import { z } from 'zod';
import type { AttendeeRef } from './meeting';

export const directoryEntrySchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'required' }).max(100),
  /** From the plan's actor list (shared/domain/plan ACTORS) or free text. */
  organisation: z.string().max(100),
  role: z.string().max(100),
  note: z.string().max(1000),
});
export type DirectoryEntryInput = z.infer<typeof directoryEntrySchema>;

export function toAttendeeRef(id: string, e: DirectoryEntryInput): AttendeeRef {
  return { directoryId: id, name: e.name, organisation: e.organisation, role: e.role };
}
