// The user profile: who is using this vault (name, role, district). Sealed in `secrets` through
// records/singletons.ts like every typed value.
import { z } from 'zod';
import { USER_ROLE_IDS } from '../../shared/domain/plan';
import { requiredLine } from '../../shared/text/safeText';
import { schemaProblems, type Problem } from '../../shared/domain/problems';

export const profileSchema = z.object({
  id: z.string().min(1),
  name: requiredLine(100),
  role: z.enum(USER_ROLE_IDS),
  districtId: z.string().max(40),
});
export type UserProfile = z.infer<typeof profileSchema>;

/** The problem with a profile name as typed, for the form to show beside the field. */
export function profileNameProblem(name: string): Problem | undefined {
  const r = profileSchema.shape.name.safeParse(name);
  return r.success ? undefined : schemaProblems(r.error)[0];
}
