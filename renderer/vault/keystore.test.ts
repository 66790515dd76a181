import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDatabase } from '../db/database';
import { AppError } from '../../shared/errors/codes';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import type { KeysRow, ThrottleRow } from '../db/database';
import {
  ARGON2ID_DEFAULT,
  ARGON2ID_MIN,
  checkKdfParams,
  decryptJson,
  deriveKeyFromPassphrase,
  encryptJson,
  formatRecoveryKey,
  importKeyMaterial,
  parseRecoveryKey,
  type Argon2idParams,
  type KdfParams,
} from './crypto';
import { deriveArgon2idBytes } from './kdf.worker';
import {
  changePassphrase,
  createVault,
  issueNewRecoveryKey,
  resetPassphraseWithRecoveryKey,
  throttleDelayMs,
  unlockWithPassphrase,
  verifyPassphrase,
} from './keystore';

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

const FAST = ARGON2ID_MIN;
const keysRowOf = async (db: VaultDatabase) => (await db.vaultMeta.get('keys')) as KeysRow;
const failuresOf = async (db: VaultDatabase) => ((await db.vaultMeta.get('throttle')) as ThrottleRow | undefined)?.failures ?? 0;
const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('keystore', () => {
  it('creates a vault wrapped with Argon2id (64 MiB, t = 3, p = 1) whose keys work after a fresh unlock', async () => {
    const db = freshDb();
    const { keys, recoveryKey } = await createVault(db, PASS, 1000);
    const { kdf } = await keysRowOf(db);
    expect(kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    expect(kdf.salt.byteLength).toBe(16);
    const blob = await encryptJson(keys.data, 'persons|a|v1', { name: '𠮷田' });
    const again = await unlockWithPassphrase(db, PASS, 2000);
    expect(await decryptJson(again.data, 'persons|a|v1', blob)).toEqual({ name: '𠮷田' });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  });

  it('refuses a short passphrase', async () => {
    expect(await code(createVault(freshDb(), 'short', 1))).toBe('PassphraseTooShort');
  });

  it('NFC-normalises the passphrase (a decomposed が unlocks a vault made with the composed one)', async () => {
    const db = freshDb();
    const composed = 'ながいあいことばです';
    await createVault(db, composed, 0, FAST);
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await code(unlockWithPassphrase(db, decomposed, 1, FAST))).toBe('resolved');
  });

  it('says WrongPassphrase, then throttles repeated misses even across restarts', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 10, FAST))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 20, FAST))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, '', 30, FAST))).toBe('WrongPassphrase');
    // third miss → 5 s wait, even for the right passphrase
    const reopened = new VaultDatabase(db.name);
    dbs.push(reopened);
    expect(await code(unlockWithPassphrase(reopened, PASS, 1000, FAST))).toBe('TooManyAttempts');
    expect(await code(unlockWithPassphrase(reopened, PASS, 30 + 5_000, FAST))).toBe('resolved');
    // success clears the count
    expect(await code(unlockWithPassphrase(reopened, 'wrong wrong wrong', 6000, FAST))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(reopened, PASS, 6001, FAST))).toBe('resolved');
    expect(await failuresOf(reopened)).toBe(0);
  });

  it('counts every miss when two windows try at once (the counter is read and written in one transaction)', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    const other = new VaultDatabase(db.name);
    dbs.push(other);
    const tries = [db, other, db, other].map((d, i) => code(unlockWithPassphrase(d, `wrong passphrase ${i}`, 10, FAST)));
    expect(await Promise.all(tries)).toEqual(['WrongPassphrase', 'WrongPassphrase', 'WrongPassphrase', 'WrongPassphrase']);
    expect(await failuresOf(db)).toBe(4);
  });

  it('resets the passphrase with the recovery key, keeping the same data key, and clears the misses', async () => {
    const db = freshDb();
    const { keys, recoveryKey } = await createVault(db, PASS, 0, FAST);
    const blob = await encryptJson(keys.data, 'x', [1, 2, 3]);
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 1, FAST))).toBe('WrongPassphrase');
    const typedSloppily = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const k2 = await resetPassphraseWithRecoveryKey(db, typedSloppily, 'a brand new passphrase', 2);
    expect(await failuresOf(db)).toBe(0);
    expect((await keysRowOf(db)).kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 65_536, iterations: 3 });
    expect(await decryptJson(k2.keys.data, 'x', blob)).toEqual([1, 2, 3]);
    expect(await code(unlockWithPassphrase(db, PASS, 3))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'a brand new passphrase', 4))).toBe('resolved');
  });

  it('a recovery draws a new recovery key: the one just used stops working, the new one opens the same data key', async () => {
    const db = freshDb();
    const { keys, recoveryKey } = await createVault(db, PASS, 0, FAST);
    const blob = await encryptJson(keys.data, 'x', ['𠮷']);
    const first = await resetPassphraseWithRecoveryKey(db, recoveryKey, 'a brand new passphrase', 1, FAST);
    expect(first.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(first.recoveryKey).not.toBe(recoveryKey);
    expect(await code(resetPassphraseWithRecoveryKey(db, recoveryKey, 'yet another passphrase', 2, FAST))).toBe('WrongRecoveryKey');
    const second = await resetPassphraseWithRecoveryKey(db, first.recoveryKey, 'yet another passphrase', 3, FAST);
    expect(await decryptJson(second.keys.data, 'x', blob)).toEqual(['𠮷']);
    expect(await code(unlockWithPassphrase(db, 'yet another passphrase', 4, FAST))).toBe('resolved');
  });

  it('does not let two recoveries at once both hand out a key', async () => {
    const db = freshDb();
    const { recoveryKey } = await createVault(db, PASS, 0, FAST);
    const other = new VaultDatabase(db.name);
    dbs.push(other);
    const results = await Promise.all(
      [db, other].map((d) =>
        resetPassphraseWithRecoveryKey(d, recoveryKey, 'a brand new passphrase', 1, FAST).then(
          (r) => r.recoveryKey,
          (e: unknown) => (e instanceof AppError ? e.code : 'other'),
        ),
      ),
    );
    expect(results.filter((r) => r === 'StaleRevision')).toHaveLength(1);
    const issued = results.find((r) => r !== 'StaleRevision') ?? '';
    expect(await code(resetPassphraseWithRecoveryKey(db, issued, 'another new passphrase', 2, FAST))).toBe('resolved');
  });

  it('refuses a wrong recovery key', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    const wrong = formatRecoveryKey(new Uint8Array(20).fill(7));
    expect(await code(resetPassphraseWithRecoveryKey(db, wrong, 'a brand new passphrase', 1, FAST))).toBe('WrongRecoveryKey');
    expect(await code(resetPassphraseWithRecoveryKey(db, 'not a key', 'a brand new passphrase', 2, FAST))).toBe('WrongRecoveryKey');
    expect(await failuresOf(db)).toBe(2);
  });

  it('changes the passphrase without touching records, writes Argon2id and clears the misses', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0, FAST);
    const blob = await encryptJson(keys.data, 'x', 'kept');
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 1, FAST))).toBe('WrongPassphrase');
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 2, FAST))).toBe('WrongPassphrase');
    expect(await failuresOf(db)).toBe(2);
    await changePassphrase(db, PASS, 'second passphrase here', 3);
    expect(await failuresOf(db)).toBe(0);
    expect((await keysRowOf(db)).kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    const k = await unlockWithPassphrase(db, 'second passphrase here', 4);
    expect(await decryptJson(k.data, 'x', blob)).toBe('kept');
    expect(await code(changePassphrase(db, 'not the passphrase', 'third passphrase!!', 5, FAST))).toBe('WrongPassphrase');
    expect(await failuresOf(db)).toBe(1);
  });

  it('refuses a stored memory cost out of bounds before deriving anything, and does not count it as a miss', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    const row = await keysRowOf(db);
    await db.vaultMeta.put({ ...row, kdf: { ...(row.kdf as Argon2idParams), memoryKiB: 4 * 1024 * 1024 } });
    expect(await code(unlockWithPassphrase(db, PASS, 1, FAST))).toBe('VaultParamsOutOfBounds');
    await db.vaultMeta.put({ ...row, kdf: { ...(row.kdf as Argon2idParams), memoryKiB: 1024, iterations: 1 } });
    expect(await code(unlockWithPassphrase(db, PASS, 2, FAST))).toBe('VaultParamsOutOfBounds');
    expect(await failuresOf(db)).toBe(0);
  });
});

describe('a new recovery key', () => {
  /** The stored keys row as bytes, to tell "nothing changed" from "something changed". */
  const rowBytes = async (db: VaultDatabase) => {
    const r = await keysRowOf(db);
    return [
      r.createdAt,
      r.kdf.alg,
      hex(r.kdf.salt),
      hex(r.byPassphrase.iv),
      hex(r.byPassphrase.ct),
      hex(r.recoverySalt),
      hex(r.byRecovery.iv),
      hex(r.byRecovery.ct),
    ];
  };

  it('replaces the recovery key: the old one is refused, the new one works, the passphrase still opens the same data', async () => {
    const db = freshDb();
    const { keys, recoveryKey: oldKey } = await createVault(db, PASS, 0, FAST);
    const blob = await encryptJson(keys.data, 'persons|a|v4', { name: '𠮷田 ハル' });
    const before = await keysRowOf(db);

    const newKey = await issueNewRecoveryKey(db, PASS, 1, FAST);
    expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(newKey).not.toBe(oldKey);
    const after = await keysRowOf(db);
    expect(hex(after.recoverySalt)).not.toBe(hex(before.recoverySalt));
    expect(hex(after.byRecovery.ct)).not.toBe(hex(before.byRecovery.ct));
    // The passphrase wrap and the creation time are kept.
    expect(hex(after.byPassphrase.ct)).toBe(hex(before.byPassphrase.ct));
    expect(after.createdAt).toBe(before.createdAt);

    const opened = await unlockWithPassphrase(db, PASS, 2, FAST);
    expect(await decryptJson(opened.data, 'persons|a|v4', blob)).toEqual({ name: '𠮷田 ハル' });

    expect(await code(resetPassphraseWithRecoveryKey(db, oldKey, 'a brand new passphrase', 3, FAST))).toBe('WrongRecoveryKey');
    const recovered = await resetPassphraseWithRecoveryKey(db, newKey.toLowerCase(), 'a brand new passphrase', 4, FAST);
    expect(await decryptJson(recovered.keys.data, 'persons|a|v4', blob)).toEqual({ name: '𠮷田 ハル' });
    expect(await code(unlockWithPassphrase(db, 'a brand new passphrase', 5, FAST))).toBe('resolved');
  });

  it('changes nothing for a wrong current passphrase, and counts the miss like unlock does', async () => {
    const db = freshDb();
    const { recoveryKey } = await createVault(db, PASS, 0, FAST);
    const before = await rowBytes(db);
    expect(await code(issueNewRecoveryKey(db, 'not the passphrase', 1, FAST))).toBe('WrongPassphrase');
    expect(await code(issueNewRecoveryKey(db, '', 2, FAST))).toBe('WrongPassphrase');
    expect(await rowBytes(db)).toEqual(before);
    expect(await failuresOf(db)).toBe(2);
    // The third miss is throttled, here as at unlock; the right passphrase waits too.
    expect(await code(issueNewRecoveryKey(db, 'not the passphrase', 3, FAST))).toBe('WrongPassphrase');
    expect(await code(issueNewRecoveryKey(db, PASS, 4, FAST))).toBe('TooManyAttempts');
    expect(await rowBytes(db)).toEqual(before);
    // The old recovery key still works: nothing was replaced.
    expect(await code(resetPassphraseWithRecoveryKey(db, recoveryKey, 'a brand new passphrase', 10_000, FAST))).toBe('resolved');
  });

  it('clears the misses when it succeeds', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    expect(await code(unlockWithPassphrase(db, 'wrong wrong wrong', 1, FAST))).toBe('WrongPassphrase');
    await issueNewRecoveryKey(db, PASS, 2, FAST);
    expect(await failuresOf(db)).toBe(0);
  });

  it('does not replace a key issued meanwhile in another window', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    const other = new VaultDatabase(db.name);
    dbs.push(other);
    const results = await Promise.all(
      [issueNewRecoveryKey(db, PASS, 1, FAST), issueNewRecoveryKey(other, PASS, 1, FAST)].map((p) =>
        p.then(
          (k) => k,
          (e: unknown) => e,
        ),
      ),
    );
    const keys = results.filter((r): r is string => typeof r === 'string');
    const refused = results.filter((r) => r instanceof AppError).map((e) => (e as AppError).code);
    // Both derive at once; whichever writes second finds the wrap changed and is refused, so the
    // key that is shown is the key that works.
    expect(keys).toHaveLength(1);
    expect(refused).toEqual(['StaleRevision']);
    expect(await code(resetPassphraseWithRecoveryKey(db, keys[0] ?? '', 'a brand new passphrase', 2, FAST))).toBe('resolved');
  });

  it('re-wraps a PBKDF2 passphrase wrap on the way, as unlock would, and the passphrase still opens it', async () => {
    const db = freshDb();
    await db.vaultMeta.put(PBKDF2_VAULT.row());
    const newKey = await issueNewRecoveryKey(db, PBKDF2_VAULT.passphrase, 1, FAST);
    expect((await keysRowOf(db)).kdf.alg).toBe('argon2id');
    const keys = await unlockWithPassphrase(db, PBKDF2_VAULT.passphrase, 2, FAST);
    expect(await decryptJson(keys.data, PBKDF2_VAULT.record.aad, PBKDF2_VAULT.record.blob)).toEqual({ name: '𠮷田 ハル' });
    expect(await code(resetPassphraseWithRecoveryKey(db, PBKDF2_VAULT.recoveryKey, 'a brand new passphrase', 3, FAST))).toBe(
      'WrongRecoveryKey',
    );
    expect(await code(resetPassphraseWithRecoveryKey(db, newKey, 'a brand new passphrase', 4, FAST))).toBe('resolved');
  });
});

describe('verifyPassphrase', () => {
  it('accepts the passphrase, counts a miss like unlock, and changes nothing else', async () => {
    const db = freshDb();
    await createVault(db, PASS, 0, FAST);
    const before = await keysRowOf(db);
    expect(await code(verifyPassphrase(db, 'not the passphrase', 1))).toBe('WrongPassphrase');
    expect(await failuresOf(db)).toBe(1);
    expect(await code(verifyPassphrase(db, PASS, 2))).toBe('resolved');
    expect(await failuresOf(db)).toBe(0);
    expect(hex((await keysRowOf(db)).byPassphrase.ct)).toBe(hex(before.byPassphrase.ct));
  });
});

/**
 * A vault made by the PBKDF2 keystore (600,000 iterations) before Argon2id, frozen as written:
 * fictional passphrase and record.
 */
const PBKDF2_VAULT = {
  passphrase: 'つるみの海は春が好き 2026',
  recoveryKey: 'S525-W7J0-9DTQ-CW1C-EY8F-PAE6-CTYP-QBNE',
  row: (): KeysRow => ({
    id: 'keys',
    createdAt: 1780272000000,
    kdf: { alg: 'PBKDF2-SHA256', iterations: 600000, salt: b64('eyK0fdrfI8GSLkInnI2ETA==') },
    byPassphrase: {
      v: 1,
      iv: b64('z3poG05NvGInZFix'),
      ct: b64('rsPurloICydI14BQGqZBw/jEuRjvue3w60diQhI9qtXHR3YV6EgZxyIxUdfs3suB8IRPp2k/dhhQeLogR8PGjQHyanhjRNGD+M3hlUmtM9g='),
    },
    recoverySalt: b64('1s/ZD6ZCBuWwhJXG9tzjuQ=='),
    byRecovery: {
      v: 1,
      iv: b64('CbkND63HPa94Tgho'),
      ct: b64('S3DAN3YxtxnRgkeqxVVq1u4SfJPB37qkqu6TVPZdvF0oyn2GPBdtIJNh61AVPGzczdMqCTK7QY7J/NZSLfxb4yCncxfjXH4cm0iJheNoqBw='),
    },
  }),
  record: {
    aad: 'persons|p1|v1',
    blob: { v: 1 as const, iv: b64('+ECInY2zCUg0qSCe'), ct: b64('lfLPVntISELUdfaL+PwkZ5TTG/16jbQnzpSEMOYCNgXKMIK+9W9bGvA=') },
  },
};

describe('a vault from before Argon2id (PBKDF2)', () => {
  async function pbkdf2Vault(): Promise<VaultDatabase> {
    const db = freshDb();
    await db.vaultMeta.put(PBKDF2_VAULT.row());
    return db;
  }

  it('is re-wrapped with Argon2id on its next unlock, same data key, and the passphrase still opens it', async () => {
    const db = await pbkdf2Vault();
    const before = PBKDF2_VAULT.row();
    const { passphrase, record } = PBKDF2_VAULT;
    const keys = await unlockWithPassphrase(db, passphrase, 1);
    expect(await decryptJson(keys.data, record.aad, record.blob)).toEqual({ name: '𠮷田 ハル' });

    const after = await keysRowOf(db);
    expect(after.kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    expect(hex(after.kdf.salt)).not.toBe(hex(before.kdf.salt));
    expect(hex(after.byPassphrase.ct)).not.toBe(hex(before.byPassphrase.ct));
    // Only the passphrase wrap changes: the recovery wrap and the creation time are kept.
    expect(after.createdAt).toBe(before.createdAt);
    expect(hex(after.byRecovery.ct)).toBe(hex(before.byRecovery.ct));
    expect(hex(after.recoverySalt)).toBe(hex(before.recoverySalt));

    const again = await unlockWithPassphrase(db, passphrase, 2);
    expect(await decryptJson(again.data, record.aad, record.blob)).toEqual({ name: '𠮷田 ハル' });
    expect(hex((await keysRowOf(db)).byPassphrase.ct)).toBe(hex(after.byPassphrase.ct)); // no second re-wrap
    expect(await code(unlockWithPassphrase(db, 'not the passphrase at all', 3))).toBe('WrongPassphrase');
  });

  it('is not re-wrapped by a wrong passphrase, which counts as a miss', async () => {
    const db = await pbkdf2Vault();
    expect(await code(unlockWithPassphrase(db, 'not the passphrase at all', 1))).toBe('WrongPassphrase');
    expect((await keysRowOf(db)).kdf.alg).toBe('PBKDF2-SHA256');
    expect(await failuresOf(db)).toBe(1);
  });

  it('still opens with its recovery key, which writes Argon2id', async () => {
    const db = await pbkdf2Vault();
    const { keys } = await resetPassphraseWithRecoveryKey(db, PBKDF2_VAULT.recoveryKey, 'a brand new passphrase', 1, FAST);
    expect(await decryptJson(keys.data, PBKDF2_VAULT.record.aad, PBKDF2_VAULT.record.blob)).toEqual({ name: '𠮷田 ハル' });
    expect((await keysRowOf(db)).kdf).toMatchObject({ alg: 'argon2id' });
  });
});

describe('Argon2id', () => {
  const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 1);

  it('derives what an independent implementation (@noble/hashes) derives for the product parameters', async () => {
    const params: Argon2idParams = { alg: 'argon2id', ...ARGON2ID_DEFAULT, salt };
    const password = new TextEncoder().encode('とても長い合言葉 correct horse');
    const expected = nobleArgon2id(password.slice(), salt, { t: 3, m: 65_536, p: 1, dkLen: 32 });
    expect(hex(await deriveArgon2idBytes(password, params))).toBe(hex(expected));
  });

  it('gives the same AES key as the reference bytes, from an NFD-typed passphrase', async () => {
    const params: Argon2idParams = { alg: 'argon2id', ...ARGON2ID_MIN, salt };
    const typed = 'パスフレーズはがぎぐ'.normalize('NFD');
    const reference = nobleArgon2id(new TextEncoder().encode(typed.normalize('NFC')), salt, { t: 2, m: 19_456, p: 1, dkLen: 32 });
    const ours = await deriveKeyFromPassphrase(typed, params);
    const theirs = await crypto.subtle.importKey('raw', reference, 'AES-GCM', false, ['encrypt']);
    const blob = await encryptJson(theirs, 'x', 'same key');
    expect(await decryptJson(ours, 'x', blob)).toBe('same key');
    expect(ours.extractable).toBe(false);
  });

  it('wipes the passphrase bytes it was given, on success and on refusal', async () => {
    const ok = new TextEncoder().encode('a long test passphrase');
    await deriveArgon2idBytes(ok, { alg: 'argon2id', ...ARGON2ID_MIN, salt });
    expect(ok.every((b) => b === 0)).toBe(true);
    const refused = new TextEncoder().encode('a long test passphrase');
    expect(await code(deriveArgon2idBytes(refused, { alg: 'argon2id', ...ARGON2ID_MIN, memoryKiB: 1 << 30, salt }))).toBe(
      'VaultParamsOutOfBounds',
    );
    expect(refused.every((b) => b === 0)).toBe(true);
  });
});

describe('crypto details', () => {
  it('binds a ciphertext to its context (a row moved elsewhere fails)', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0, FAST);
    const blob = await encryptJson(keys.data, 'persons|a|v1', 'secret');
    expect(await code(decryptJson(keys.data, 'persons|b|v1', blob))).toBe('RecordCorrupt');
    const tampered = { ...blob, ct: blob.ct.map((b, i) => (i === 0 ? b ^ 1 : b)) };
    expect(await code(decryptJson(keys.data, 'persons|a|v1', tampered))).toBe('RecordCorrupt');
  });
  it('uses a fresh IV per write', async () => {
    const db = freshDb();
    const { keys } = await createVault(db, PASS, 0, FAST);
    const a = await encryptJson(keys.data, 'x', 'same');
    const b = await encryptJson(keys.data, 'x', 'same');
    expect([...a.iv]).not.toEqual([...b.iv]);
  });
  it('wipes unwrapped key material once imported, and when it has the wrong length', async () => {
    const material = crypto.getRandomValues(new Uint8Array(64));
    await importKeyMaterial(material);
    expect(material.every((b) => b === 0)).toBe(true);
    const short = crypto.getRandomValues(new Uint8Array(48));
    expect(await code(importKeyMaterial(short))).toBe('VaultCorrupt');
    expect(short.every((b) => b === 0)).toBe(true);
  });
  it('round-trips recovery keys and rejects garbage', () => {
    const bytes = new Uint8Array(20).map((_, i) => i * 13);
    expect(parseRecoveryKey(formatRecoveryKey(bytes))).toEqual(bytes);
    expect(parseRecoveryKey('ABCD')).toBeNull();
    expect(parseRecoveryKey('U'.repeat(32))).toBeNull();
  });
  it('bounds-checks stored PBKDF2 parameters', () => {
    const salt = new Uint8Array(16);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 1000, salt })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 1e9, salt })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 600_000, salt: new Uint8Array(4) })).toThrow(AppError);
    expect(() => checkKdfParams({ alg: 'PBKDF2-SHA256', iterations: 600_000, salt })).not.toThrow();
  });
  it('bounds-checks stored Argon2id parameters: not weaker than 19 MiB / t = 2, not above 256 MiB / t = 10', () => {
    const salt = new Uint8Array(16);
    const ok: Argon2idParams = { alg: 'argon2id', ...ARGON2ID_DEFAULT, salt };
    const refused = (p: unknown) => code(Promise.resolve().then(() => checkKdfParams(p as KdfParams)));
    expect(() => checkKdfParams(ok)).not.toThrow();
    expect(() => checkKdfParams({ ...ok, ...ARGON2ID_MIN })).not.toThrow();
    expect(() => checkKdfParams({ ...ok, memoryKiB: 262_144, iterations: 10, parallelism: 4 })).not.toThrow();
    return Promise.all(
      [
        { ...ok, memoryKiB: 19_455 },
        { ...ok, memoryKiB: 262_145 },
        { ...ok, memoryKiB: 2 ** 32 },
        { ...ok, memoryKiB: 65_536.5 },
        { ...ok, memoryKiB: '65536' },
        { ...ok, iterations: 1 },
        { ...ok, iterations: 11 },
        { ...ok, parallelism: 0 },
        { ...ok, parallelism: 5 },
        { ...ok, salt: new Uint8Array(8) },
        { ...ok, salt: new Uint8Array(65) },
        { ...ok, salt: [1, 2, 3] },
        { ...ok, alg: 'argon2i' },
        { alg: 'argon2id', salt },
        null,
      ].map(async (p) => expect(await refused(p), JSON.stringify(p)).toBe('VaultParamsOutOfBounds')),
    );
  });
  it('throttle grows and is capped', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(throttleDelayMs)).toEqual([0, 0, 0, 5000, 10000, 20000, 300000]);
  });
});
