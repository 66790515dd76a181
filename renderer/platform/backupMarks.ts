// Small facts about backups kept on this device, outside the vault: when the last backup was
// made (for the weekly reminder) and a restore waiting for its audit entry (written at the first
// unlock after it, when the keys are there). Dates and counts only, nothing personal.
import type { VaultKind } from './preferences';

const LAST = (kind: VaultKind) => `ainet.lastBackupAt.${kind}`;
const RESTORED = (kind: VaultKind) => `ainet.restoredFrom.${kind}`;
const SINCE = (kind: VaultKind) => `ainet.backupReminderSince.${kind}`;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read(storage: Store, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

export function lastBackupAt(kind: VaultKind, storage: Store = localStorage): number | null {
  const v = read(storage, LAST(kind));
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Since when a backup is missing: the last backup, or else the first time this device was asked
 * (a vault set up today is not nagged about on its first day).
 */
export function backupDueSince(kind: VaultKind, now: number, storage: Store = localStorage): { since: number; never: boolean } {
  const last = lastBackupAt(kind, storage);
  if (last !== null) return { since: last, never: false };
  const v = read(storage, SINCE(kind));
  if (typeof v === 'number' && Number.isFinite(v) && v <= now) return { since: v, never: true };
  storage.setItem(SINCE(kind), JSON.stringify(now));
  return { since: now, never: true };
}

export function markBackup(kind: VaultKind, at: number, storage: Store = localStorage): void {
  storage.setItem(LAST(kind), JSON.stringify(at));
}

export interface RestoreMark {
  rows: number;
  fileCreatedAt: number;
}

export function pendingRestore(kind: VaultKind, storage: Store = localStorage): RestoreMark | null {
  const v = read(storage, RESTORED(kind)) as Partial<RestoreMark> | null;
  return v && typeof v.rows === 'number' && typeof v.fileCreatedAt === 'number' ? { rows: v.rows, fileCreatedAt: v.fileCreatedAt } : null;
}

export function markRestore(kind: VaultKind, mark: RestoreMark | null, storage: Store = localStorage): void {
  if (mark) storage.setItem(RESTORED(kind), JSON.stringify(mark));
  else storage.removeItem(RESTORED(kind));
}
