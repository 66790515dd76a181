// Automatic backups (desktop): the whole vault, as a backup file, into the app's own folder
// (main keeps the newest 10 and one a month), on quit and once a day. No one types a passphrase
// for them, so they are age files to X25519 recipients derived from keys:
// - one from the vault's key set: the app opens its own backups while the vault is unlocked;
// - one from the recovery key, whenever the app has seen it (setup, a recovery, a new recovery
//   key, or the person typing it on the backup page): if the database is lost, the printed
//   recovery-key sheet opens the newest automatic backup.
// Inside, the rows stay sealed as in every backup.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32 } from '@scure/base';
import { z } from 'zod';
import { recipientOf } from '../../shared/backup';
import { parseRecoveryKey } from '../vault/crypto';
import type { VaultSession } from '../vault/session';
import { readSingleton, writeSingleton } from '../records/singletons';
import { createBackup } from './exportVault';

export { vaultCounts } from './counts';

const VAULT_LABEL = 'ainet-records automatic-backup identity v1';
const RECOVERY_LABEL = new TextEncoder().encode('ainet-records automatic-backup identity from the recovery key v1');
const RECIPIENT_SETTING = 'autoBackupRecovery';
const recipientSchema = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);

/** An age X25519 identity (AGE-SECRET-KEY-1…) for 32 secret bytes. */
export function identityFromBytes(secret: Uint8Array): string {
  return bech32.encode('age-secret-key-', bech32.toWords(secret), false).toUpperCase();
}

/** The identity only this vault's key set gives. */
export async function vaultBackupIdentity(session: VaultSession): Promise<string> {
  const bytes = await session.derive(VAULT_LABEL);
  try {
    return identityFromBytes(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** The identity a recovery key gives (null when the text is not a recovery key). */
export function recoveryBackupIdentity(recoveryKeyText: string): string | null {
  const key = parseRecoveryKey(recoveryKeyText);
  if (!key) return null;
  const bytes = hmac(sha256, key, RECOVERY_LABEL);
  key.fill(0);
  try {
    return identityFromBytes(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** Remembers (sealed) the recipient of the recovery key the app has just seen. */
export async function rememberRecoveryRecipient(session: VaultSession, recoveryKeyText: string, now: number): Promise<void> {
  const identity = recoveryBackupIdentity(recoveryKeyText);
  if (!identity) return;
  const recipient = await recipientOf(identity);
  const current = await readSingleton(session, 'settings', RECIPIENT_SETTING, recipientSchema);
  if (current.value === recipient) return;
  await writeSingleton(session, 'settings', RECIPIENT_SETTING, recipientSchema, recipient, current.rev, 'settings.update', now);
}

export async function hasRecoveryRecipient(session: VaultSession): Promise<boolean> {
  return (await readSingleton(session, 'settings', RECIPIENT_SETTING, recipientSchema)).value !== undefined;
}

/** Makes an automatic backup's bytes (written by the caller into the app's folder). */
export async function makeAutomaticBackup(session: VaultSession, appVersion: string, now: () => number): Promise<Uint8Array> {
  const recipients = [await recipientOf(await vaultBackupIdentity(session))];
  const rec = await readSingleton(session, 'settings', RECIPIENT_SETTING, recipientSchema);
  if (rec.value) recipients.push(rec.value);
  const { blob } = await createBackup(session, { recipients }, appVersion, now, 'backup.auto');
  return new Uint8Array(await blob.arrayBuffer());
}
