// Issuing a new recovery key from 設定: the keys row first (vault/keystore.ts), then the automatic
// backups' recovery recipient, so that backups made from now on open with the new key and no
// longer with the old one, then the audit entry.
import { issueNewRecoveryKey } from '../../vault/keystore';
import type { Argon2idCost } from '../../vault/crypto';
import type { VaultSession } from '../../vault/session';
import { logEvent } from '../../audit/auditLog';
import { rememberRecoveryRecipient } from '../../backup/auto';

/**
 * `onIssued` gets the new key as soon as it is in use, before the rest: if the recipient or the
 * log entry fails afterwards, the key must still be shown, since the old one no longer works.
 */
export async function issueRecoveryKey(
  session: VaultSession,
  passphrase: string,
  now: () => number,
  onIssued: (key: string) => void,
  cost?: Argon2idCost,
): Promise<string> {
  const key = await issueNewRecoveryKey(session.db, passphrase, now(), cost);
  onIssued(key);
  await rememberRecoveryRecipient(session, key, now());
  await logEvent(session, { action: 'vault.recoveryKey', table: 'vaultMeta', recordId: 'keys' }, now());
  return key;
}
