// The user profile: who is using this vault (name, role, district). Sealed in `secrets` through
// records/singletons.ts like every typed value.
import { z } from 'zod';
import { USER_ROLE_IDS } from '../../shared/domain/plan';

export const profileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  role: z.enum(USER_ROLE_IDS),
  districtId: z.string().max(40),
});
export type UserProfile = z.infer<typeof profileSchema>;
