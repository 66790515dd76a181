// Unsaved forms, kept encrypted so that locking (or a crash) never loses typing. Keys come from
// records/draftKeys.ts.
import { toAppError } from '../../shared/errors/codes';
import { storageWatch } from '../platform/storage';
import type { VaultSession } from '../vault/session';
import type { DraftKey } from './draftKeys';

export async function saveDraft(session: VaultSession, key: DraftKey, value: unknown, now: number): Promise<void> {
  const enc = await session.seal('drafts', key, value);
  try {
    await session.db.drafts.put({ key, updatedAt: now, enc });
  } catch (e) {
    // Autosaves are not counted as large writes (they come with typing), but one refused for
    // space says storage is full now.
    if (toAppError(e).code === 'QuotaExceeded') storageWatch.noteQuotaExceeded();
    throw e;
  }
}

export async function loadDraft(session: VaultSession, key: DraftKey): Promise<unknown> {
  const row = await session.db.drafts.get(key);
  return row ? session.open('drafts', key, row.enc) : undefined;
}

export async function deleteDraft(session: VaultSession, key: DraftKey): Promise<void> {
  await session.db.drafts.delete(key);
}

export async function hasDrafts(session: Pick<VaultSession, 'db'>): Promise<boolean> {
  return (await session.db.drafts.count()) > 0;
}

/**
 * The keys of every draft whose key or sealed text mentions one of `ids` (a form that picked a
 * purged person, say). Drafts are few, so opening them all is cheap; one that does not open is
 * kept (it can't be shown either, and deleting it would hide the damage).
 */
export async function draftsMentioning(session: VaultSession, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await session.db.drafts.toArray();
  const out: string[] = [];
  for (const row of rows) {
    if (ids.some((id) => row.key.includes(id))) {
      out.push(row.key);
      continue;
    }
    try {
      const text = JSON.stringify(await session.open('drafts', row.key, row.enc));
      if (ids.some((id) => text.includes(id))) out.push(row.key);
    } catch {
      // unreadable: left in place
    }
  }
  return out;
}
