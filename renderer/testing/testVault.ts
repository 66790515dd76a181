// A fresh, unlocked vault over fake-indexeddb for repository tests, deleted after each test.
// Import this before anything that opens IndexedDB (it installs fake-indexeddb).
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { VaultDatabase } from '../db/database';
import { createVault } from '../vault/keystore';
import { ARGON2ID_MIN } from '../vault/kdf';
import { VaultSession } from '../vault/session';
import type { VaultKind } from '../db/database';

const open: VaultDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** A new vault (own database name) with a session acting as `role`. */
export async function openTestVault(role = 'care-plaza', kind: VaultKind = 'main'): Promise<VaultSession> {
  const db = new VaultDatabase(`test-vault-${Math.random()}`);
  open.push(db);
  // The cheapest Argon2id the stored-parameter bounds accept: these tests need a vault, not a slow KDF.
  const { keys } = await createVault(db, 'a long test passphrase', 0, ARGON2ID_MIN);
  return VaultSession.open(db, kind, keys, { id: 'u1', role, name: '試験 利用者' });
}
