import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { bytesStream, readBackupFile } from '../../../shared/backup';
import { SCHEMA_VERSION } from '../../db/database';
import { ARGON2ID_MIN, formatRecoveryKey, randomBytes } from '../../vault/crypto';
import { resetPassphraseWithRecoveryKey } from '../../vault/keystore';
import { makeAutomaticBackup, recoveryBackupIdentity, rememberRecoveryRecipient } from '../../backup/auto';
import { BACKUP_TABLE_SET, backupRowKey } from '../../backup/rows';
import { issueRecoveryKey } from './recoveryKey';

const opts = { kind: 'backup' as const, maxSchema: SCHEMA_VERSION, tables: BACKUP_TABLE_SET, keyOf: backupRowKey };
const open = (bytes: Uint8Array, identity: string) =>
  readBackupFile(bytesStream(bytes), bytes.byteLength, { identities: [identity] }, opts, { rows: async () => undefined });

describe('a new recovery key from 設定', () => {
  it('makes automatic backups open with the new key and no longer with the old one, and is logged', async () => {
    const s = await openTestVault();
    const old = formatRecoveryKey(randomBytes(20));
    await rememberRecoveryRecipient(s, old, 1);
    const shown: string[] = [];
    let t = 10;
    const key = await issueRecoveryKey(
      s,
      'a long test passphrase',
      () => t++,
      (k) => shown.push(k),
      ARGON2ID_MIN,
    );
    expect(shown).toEqual([key]);

    const backup = await makeAutomaticBackup(s, 'test', () => 100);
    await expect(open(backup, recoveryBackupIdentity(key) ?? '')).resolves.toMatchObject({ info: { recipients: 2 } });
    await expect(open(backup, recoveryBackupIdentity(old) ?? '')).rejects.toMatchObject({ problem: 'wrongKey' });
    expect((await s.db.audit.toArray()).filter((e) => e.action === 'vault.recoveryKey')).toHaveLength(1);
    await expect(resetPassphraseWithRecoveryKey(s.db, key, 'another long passphrase', 200, ARGON2ID_MIN)).resolves.toBeDefined();
  });

  it('changes nothing for a wrong passphrase', async () => {
    const s = await openTestVault();
    const old = formatRecoveryKey(randomBytes(20));
    await rememberRecoveryRecipient(s, old, 1);
    const shown: string[] = [];
    await expect(
      issueRecoveryKey(
        s,
        'not the passphrase',
        () => 5,
        (k) => shown.push(k),
        ARGON2ID_MIN,
      ),
    ).rejects.toMatchObject({
      code: 'WrongPassphrase',
    });
    expect(shown).toEqual([]);
    const backup = await makeAutomaticBackup(s, 'test', () => 100);
    await expect(open(backup, recoveryBackupIdentity(old) ?? '')).resolves.toBeDefined();
    expect((await s.db.audit.toArray()).filter((e) => e.action === 'vault.recoveryKey')).toHaveLength(0);
  });
});
