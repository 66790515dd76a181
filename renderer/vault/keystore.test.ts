import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDatabase } from '../db/database';
import { AppError } from '../../shared/errors/codes';
import { decryptJson, encryptJson, formatRecoveryKey, parseRecoveryKey, checkKdfParams } from './crypto';
import { changePassphrase, createVault, resetPassphraseWithRecoveryKey, throttleDelayMs, unlockWithPassphrase } from './keystore';

let n = 0;
const dbs: VaultDatabase[] = [];
function freshDb(): VaultDatabase {
  const db = new VaultDatabase(`keystore-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof AppError ? e.code : `other:${String(e)}`;
  }
}

const PASS = 'とても長い合言葉 correct horse';

describe('keystore', () => {
  it('creates a vault whose keys decrypt what they encrypted after a fresh unlock', async () => {
    const db = freshDb();
    const { keys, recoveryKey } = await createVault(db, PASS, 1000);
    const blob = await encryptJson(keys.data, 'persons|a|v1', { name: '𠮷田' });
    const again = await unlockWithPassphrase(db, PASS, 2000);
    expect(await decryptJson(again.data, 'persons|a|v1', blob)).toEqual({ name: '𠮷田' });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  });

  it('refuses a short passphrase', async () => {
    expect(await code(createVault(freshDb(), 'short', 1))).toBe('PassphraseTooShort');
  });

  it('says WrongPassphrase, then throttles repeated misses even across restarts', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0);
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 10))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 20))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 30))).toBe('WrongPassphrase');
    // third miss → 5 s wait, even for the right passphrase
    const reopened = new VaultDatabase(db.name);
    dbs.push(reopened);
    expect(await code(unlockWithPassphrase(reopened, PASS, 1000))).toBe('TooManyAttempts');
    expect(await code(unlockWithPassphrase(reopened, PASS, 30 + 5_000))).toBe('resolved');
    // success clears the count
    expect(await code(unlockWithPassphrase(reopened, 'wrong wrong wrong', 6000))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(reopened, PASS, 6001))).toBe('resolved');
  });

  it('resets the passphrase with the recovery key, keeping the same data key', async () => {
    const db = freshDb();
    const { keys, recoveryKey } = await createVault(db, PASS, 0);
    const blob = await encryptJson(keys.data, 'x', [1, 2, 3]);
    const typedSloppily = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const k2 = await resetPassphraseWithRecoveryKey(db, typedSloppily, 'a brand new passphrase', 1);
    expect(await decryptJson(k2.data, 'x', blob)).toEqual([1, 2, 3]);
    expect(await code(unlockWithPassphrase(db, PASS, 2))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'a brand new passphrase', 3))).toBe('resolved');
  });

  it('refuses a wrong recovery key', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0);
    const wrong = formatRecoveryKey(new Uint8Array(20).fill(7));
    expect(await code(resetPassphraseWithRecoveryKey(db, wrong, 'a brand new passphrase', 1))).toBe('WrongRecoveryKey');
    expect(await code(resetPassphraseWithRecoveryKey(db, 'not a key', 'a brand new passphrase', 2))).toBe('WrongRecoveryKey');
  });

  it('changes the passphrase without touching records', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0);
    const blob = await encryptJson(keys.data, 'x', 'kept');
    await changePassphrase(db, PASS, 'second passphrase here', 1);
    const k = await unlockWithPassphrase(db, 'second passphrase here', 2);
    expect(await decryptJson(k.data, 'x', blob)).toBe('kept');
    expect(await code(changePassphrase(db, 'not the passphrase', 'third passphrase!!', 3))).toBe('WrongPassphrase');
  });
});

describe('crypto details', () => {
  it('binds a ciphertext to its context (a row moved elsewhere fails)', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0);
    const blob = await encryptJson(keys.data, 'persons|a|v1', 'secret');
    expect(await code(decryptJson(keys.data, 'persons|b|v1', blob))).toBe('RecordCorrupt');
    const tampered = { ...blob, ct: blob.ct.map((b, i) => (i === 0 ? b ^ 1 : b)) };
    expect(await code(decryptJson(keys.data, 'persons|a|v1', tampered))).toBe('RecordCorrupt');
  });
  it('uses a fresh IV per write', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0);
    const a = await encryptJson(keys.data, 'x', 'same');
    const b = await encryptJson(keys.data, 'x', 'same');
    expect([...a.iv]).not.toEqual([...b.iv]);
  });
  it('round-trips recovery keys and rejects garbage', () => {
    const bytes = new Uint8Array(20).map((_, i) => i * 13);
    expect(parseRecoveryKey(formatRecoveryKey(bytes))).toEqual(bytes);
    expect(parseRecoveryKey('ABCD')).toBeNull();
    expect(parseRecoveryKey('U'.repeat(32))).toBeNull();
  });
  it('bounds-checks stored KDF parameters', () => {
    const salt = new Uint8Array(16);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 1000, salt })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 1e9, salt })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 600_000, salt: new Uint8Array(4) })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 600_000, salt })).not.toThrow();
  });
  it('throttle grows and is capped', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(throttleDelayMs)).toEqual([0, 0, 0, 5000, 10000, 20000, 300000]);
  });
});
