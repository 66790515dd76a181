// Encrypted singletons: the user profile and similar small records.
import { z } from 'zod';
import { USER_ROLE_IDS } from '../../shared/domain/plan';
import type { VaultSession } from './session';

export const profileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  role: z.enum(USER_ROLE_IDS),
  districtId: z.string().max(40),
});
export type UserProfile = z.infer<typeof profileSchema>;

export async function readSecret<T>(session: VaultSession, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await session.db.secrets.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(await session.open('secrets', key, row.enc));
  return parsed.success ? parsed.data : undefined;
}

export async function sealSecret(session: VaultSession, key: string, value: unknown) {
  return { key, enc: await session.seal('secrets', key, value) };
}
