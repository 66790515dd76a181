import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { bytesStream, readBackupFile } from '../../shared/backup';
import { SCHEMA_VERSION } from '../db/database';
import { formatRecoveryKey, randomBytes } from '../vault/crypto';
import { makeAutomaticBackup, recoveryBackupIdentity, rememberRecoveryRecipient, vaultBackupIdentity, vaultCounts } from './auto';
import { BACKUP_TABLE_SET, backupRowKey } from './rows';

const opts = { kind: 'backup' as const, maxSchema: SCHEMA_VERSION, tables: BACKUP_TABLE_SET, keyOf: backupRowKey };
const open = (bytes: Uint8Array, identity: string) =>
  readBackupFile(bytesStream(bytes), bytes.byteLength, { identities: [identity] }, opts, { rows: async () => undefined });

describe('automatic backups', () => {
  it('open with the vault’s own keys, and with the recovery key once the app has seen it', async () => {
    const s = await openTestVault();
    const recovery = formatRecoveryKey(randomBytes(20));
    const before = await makeAutomaticBackup(s, 'test', () => 1);
    await expect(open(before, await vaultBackupIdentity(s))).resolves.toMatchObject({ info: { lock: 'recipients', recipients: 1 } });
    const fromRecovery = recoveryBackupIdentity(recovery) ?? '';
    await expect(open(before, fromRecovery)).rejects.toMatchObject({ problem: 'wrongKey' });

    await rememberRecoveryRecipient(s, recovery, 2);
    const after = await makeAutomaticBackup(s, 'test', () => 3);
    await expect(open(after, fromRecovery)).resolves.toMatchObject({ info: { recipients: 2 } });
    // Typed with spaces, lower case and O for 0, it is the same key.
    expect(recoveryBackupIdentity(recovery.toLowerCase().replace(/-/g, ' '))).toBe(fromRecovery);
    // Another vault's keys do not open it.
    const other = await openTestVault();
    await expect(open(after, await vaultBackupIdentity(other))).rejects.toMatchObject({ problem: 'wrongKey' });
    expect(recoveryBackupIdentity('not a key')).toBeNull();
    expect((await s.db.audit.toArray()).filter((e) => e.action === 'backup.auto')).toHaveLength(2);
  });

  it('counts records and audit entries for the device state', async () => {
    const s = await openTestVault();
    const c = await vaultCounts(s.db);
    expect(c.rows).toBe(0);
    await rememberRecoveryRecipient(s, formatRecoveryKey(randomBytes(20)), 2);
    expect((await vaultCounts(s.db)).auditCount).toBeGreaterThan(c.auditCount);
  });
});
