// Unsaved forms, kept encrypted so that locking (or a crash) never loses typing.
import type { VaultSession } from '../vault/session';

export async function saveDraft(session: VaultSession, key: string, value: unknown, now: number): Promise<void> {
  const enc = await session.seal('drafts', key, value);
  await session.db.drafts.put({ key, updatedAt: now, enc });
}

export async function loadDraft(session: VaultSession, key: string): Promise<unknown> {
  const row = await session.db.drafts.get(key);
  return row ? session.open('drafts', key, row.enc) : undefined;
}

export async function deleteDraft(session: VaultSession, key: string): Promise<void> {
  await session.db.drafts.delete(key);
}

export async function hasDrafts(session: Pick<VaultSession, 'db'>): Promise<boolean> {
  return (await session.db.drafts.count()) > 0;
}
