// Creating, unlocking and recovering a vault: a random key set wrapped twice, by a key derived
// from the passphrase (Argon2id) and by one derived from the recovery key. Changing the
// passphrase, recovering (which also draws a new recovery key), issuing a new recovery key, and the first unlock of a vault wrapped the
// old way (PBKDF2) re-wrap the same keys; records are never re-encrypted. Every raw copy of the
// key set is wiped on every path.
import { AppError } from '../../shared/errors/codes';
import type { KeysRow, ThrottleRow, VaultDatabase } from '../db/database';
import {
  ARGON2ID_DEFAULT,
  KEY_MATERIAL_BYTES,
  MIN_PASSPHRASE_LENGTH,
  RECOVERY_KEY_BYTES,
  decryptBytes,
  deriveKeyFromPassphrase,
  deriveKeyFromRecoveryKey,
  encryptBytes,
  formatRecoveryKey,
  importKeyMaterial,
  needsRewrap,
  parseRecoveryKey,
  randomBytes,
  type Argon2idCost,
  type Argon2idParams,
  type EncryptedBlob,
  type VaultKeys,
} from './crypto';

const AAD_PASSPHRASE = 'ainet-vault-keys|passphrase|v1';
const AAD_RECOVERY = 'ainet-vault-keys|recovery|v1';

/** No wait for the first two misses, then 5 s doubling up to 5 minutes; kept across restarts. */
export function throttleDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5_000 * 2 ** (failures - 3), 300_000);
}

export function passphraseProblem(passphrase: string): 'PassphraseTooShort' | null {
  return [...passphrase].length < MIN_PASSPHRASE_LENGTH ? 'PassphraseTooShort' : null;
}

export async function vaultExists(db: VaultDatabase): Promise<boolean> {
  return (await db.vaultMeta.get('keys')) !== undefined;
}

/**
 * Wraps the key set under `passphrase` with fresh Argon2id parameters. `cost` is always the
 * product's default except where a test passes ARGON2ID_MIN (still inside the stored bounds).
 */
async function wrapWithPassphrase(material: Uint8Array, passphrase: string, cost: Argon2idCost) {
  const kdf: Argon2idParams = { alg: 'argon2id', ...cost, salt: randomBytes(16) };
  const kek = await deriveKeyFromPassphrase(passphrase, kdf);
  return { kdf, byPassphrase: await encryptBytes(kek, AAD_PASSPHRASE, material) };
}

export async function createVault(
  db: VaultDatabase,
  passphrase: string,
  now: number,
  cost: Argon2idCost = ARGON2ID_DEFAULT,
): Promise<{ keys: VaultKeys; recoveryKey: string }> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new AppError(problem);
  if (await vaultExists(db)) throw new AppError('VaultCorrupt', { reason: 'exists' });
  const material = randomBytes(KEY_MATERIAL_BYTES);
  const recovery = randomBytes(RECOVERY_KEY_BYTES);
  try {
    const recoverySalt = randomBytes(16);
    const { kdf, byPassphrase } = await wrapWithPassphrase(material, passphrase, cost);
    const byRecovery = await encryptBytes(await deriveKeyFromRecoveryKey(recovery, recoverySalt), AAD_RECOVERY, material);
    const row: KeysRow = { id: 'keys', createdAt: now, kdf, byPassphrase, recoverySalt, byRecovery };
    await db.vaultMeta.put(row);
    const recoveryKey = formatRecoveryKey(recovery);
    return { keys: await importKeyMaterial(material), recoveryKey };
  } finally {
    material.fill(0);
    recovery.fill(0);
  }
}

async function keysRow(db: VaultDatabase): Promise<KeysRow> {
  const row = await db.vaultMeta.get('keys');
  if (!row || row.id !== 'keys') throw new AppError('VaultCorrupt', { reason: 'no-keys' });
  return row;
}

async function throttleRow(db: VaultDatabase): Promise<ThrottleRow> {
  const row = await db.vaultMeta.get('throttle');
  return row && row.id === 'throttle' ? row : { id: 'throttle', failures: 0, lastFailureAt: 0 };
}

const NO_FAILURES: ThrottleRow = { id: 'throttle', failures: 0, lastFailureAt: 0 };

/** Throws TooManyAttempts while the previous misses' wait has not run out. */
async function checkThrottle(db: VaultDatabase, now: number): Promise<void> {
  const t = await throttleRow(db);
  const waitUntil = t.lastFailureAt + throttleDelayMs(t.failures);
  if (now < waitUntil) throw new AppError('TooManyAttempts', { retryAfterMs: waitUntil - now, failures: t.failures });
}

/**
 * Read and write in one 'rw' transaction: IndexedDB runs such transactions on the same store
 * one after another, so two windows (or two tries) missing at once count two.
 */
async function recordFailure(db: VaultDatabase, now: number): Promise<ThrottleRow> {
  return db.transaction('rw', db.vaultMeta, async () => {
    const t = await throttleRow(db);
    const next: ThrottleRow = { id: 'throttle', failures: t.failures + 1, lastFailureAt: now };
    await db.vaultMeta.put(next);
    return next;
  });
}

async function clearFailures(db: VaultDatabase): Promise<void> {
  await db.vaultMeta.put(NO_FAILURES);
}

/** The key set behind the passphrase wrap; a wrong passphrase is counted and thrown as WrongPassphrase. */
async function unwrapWithPassphrase(db: VaultDatabase, row: KeysRow, passphrase: string, now: number): Promise<Uint8Array> {
  // Out-of-bounds parameters are thrown from here, before the try: they are not a miss.
  const kek = passphrase === '' ? null : await deriveKeyFromPassphrase(passphrase, row.kdf);
  try {
    if (!kek) throw new AppError('WrongPassphrase');
    return await decryptBytes(kek, AAD_PASSPHRASE, row.byPassphrase, 'WrongPassphrase');
  } catch (e) {
    const t = await recordFailure(db, now);
    throw new AppError('WrongPassphrase', { failures: t.failures, retryAfterMs: throttleDelayMs(t.failures) }, { cause: e });
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
const sameBlob = (a: EncryptedBlob, b: EncryptedBlob) => sameBytes(a.iv, b.iv) && sameBytes(a.ct, b.ct);

/**
 * Re-wraps a vault opened through an older or cheaper KDF with `cost` and clears the misses, in
 * one transaction. Written only if the wrap is still the one just opened: another window may have
 * changed the passphrase meanwhile, and its wrap must win.
 */
async function upgradeWrap(db: VaultDatabase, opened: KeysRow, material: Uint8Array, passphrase: string, cost: Argon2idCost) {
  const { kdf, byPassphrase } = await wrapWithPassphrase(material, passphrase, cost);
  await db.transaction('rw', db.vaultMeta, async () => {
    const current = await db.vaultMeta.get('keys');
    if (current?.id === 'keys' && sameBlob(current.byPassphrase, opened.byPassphrase)) {
      await db.vaultMeta.put({ ...current, kdf, byPassphrase });
    }
    await db.vaultMeta.put(NO_FAILURES);
  });
}

/**
 * Opens the vault. A vault still wrapped with PBKDF2 (or an Argon2id cheaper than `cost`) is
 * re-wrapped with Argon2id on the way; if that fails (say the machine is short of memory) the
 * vault still opens and the next unlock tries again.
 */
export async function unlockWithPassphrase(
  db: VaultDatabase,
  passphrase: string,
  now: number,
  cost: Argon2idCost = ARGON2ID_DEFAULT,
): Promise<VaultKeys> {
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const material = await unwrapWithPassphrase(db, row, passphrase, now);
  try {
    const upgraded =
      needsRewrap(row.kdf, cost) &&
      (await upgradeWrap(db, row, material, passphrase, cost).then(
        () => true,
        () => false,
      ));
    if (!upgraded) await clearFailures(db);
    return await importKeyMaterial(material);
  } finally {
    material.fill(0);
  }
}

/**
 * Sets a new passphrase using the recovery key, and draws a new recovery key (and salt) in the
 * same transaction: the key just typed has been seen and may be on a sheet someone found, so it
 * stops working, and the new one is returned (formatted) to show once. Written only if the
 * recovery wrap is still the one read here (a recovery or new key meanwhile in another window
 * wins: StaleRevision).
 */
export async function resetPassphraseWithRecoveryKey(
  db: VaultDatabase,
  recoveryKeyText: string,
  newPassphrase: string,
  now: number,
  cost: Argon2idCost = ARGON2ID_DEFAULT,
): Promise<{ keys: VaultKeys; recoveryKey: string }> {
  const problem = passphraseProblem(newPassphrase);
  if (problem) throw new AppError(problem);
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const recovery = parseRecoveryKey(recoveryKeyText);
  let material: Uint8Array;
  try {
    if (!recovery) throw new AppError('WrongRecoveryKey');
    material = await decryptBytes(
      await deriveKeyFromRecoveryKey(recovery, row.recoverySalt),
      AAD_RECOVERY,
      row.byRecovery,
      'WrongRecoveryKey',
    );
  } catch (e) {
    const t = await recordFailure(db, now);
    throw new AppError('WrongRecoveryKey', { failures: t.failures, retryAfterMs: throttleDelayMs(t.failures) }, { cause: e });
  } finally {
    recovery?.fill(0);
  }
  const next = randomBytes(RECOVERY_KEY_BYTES);
  try {
    const { kdf, byPassphrase } = await wrapWithPassphrase(material, newPassphrase, cost);
    const recoverySalt = randomBytes(16);
    const byRecovery = await encryptBytes(await deriveKeyFromRecoveryKey(next, recoverySalt), AAD_RECOVERY, material);
    await db.transaction('rw', db.vaultMeta, async () => {
      const current = await db.vaultMeta.get('keys');
      if (current?.id !== 'keys' || !sameBlob(current.byRecovery, row.byRecovery))
        throw new AppError('StaleRevision', { table: 'vaultMeta', id: 'keys', reason: 'recovery-key' });
      await db.vaultMeta.put({ ...current, kdf, byPassphrase, recoverySalt, byRecovery });
      await db.vaultMeta.put(NO_FAILURES);
    });
    return { keys: await importKeyMaterial(material), recoveryKey: formatRecoveryKey(next) };
  } finally {
    material.fill(0);
    next.fill(0);
  }
}

/** Re-wraps the key set under `next` and clears the misses, in one transaction. */
export async function changePassphrase(
  db: VaultDatabase,
  current: string,
  next: string,
  now: number,
  cost: Argon2idCost = ARGON2ID_DEFAULT,
): Promise<void> {
  const problem = passphraseProblem(next);
  if (problem) throw new AppError(problem);
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const material = await unwrapWithPassphrase(db, row, current, now);
  try {
    const { kdf, byPassphrase } = await wrapWithPassphrase(material, next, cost);
    await db.transaction('rw', db.vaultMeta, async () => {
      await db.vaultMeta.put({ ...row, kdf, byPassphrase });
      await db.vaultMeta.put(NO_FAILURES);
    });
  } finally {
    material.fill(0);
  }
}

/**
 * Checks the passphrase (a miss counts and is throttled like one at unlock) and changes nothing
 * else: for a step that must be confirmed by the person who knows it, such as erasing the device.
 */
export async function verifyPassphrase(db: VaultDatabase, passphrase: string, now: number): Promise<void> {
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const material = await unwrapWithPassphrase(db, row, passphrase, now);
  material.fill(0);
  await clearFailures(db);
}

/**
 * Draws a new recovery key and salt and wraps the same key set under them, so the old recovery
 * key (a lost or seen sheet) stops working; the passphrase wrap is kept (re-wrapped only when it
 * is older or cheaper than `cost`, as at unlock). The current passphrase is checked first, a miss
 * counted like one at unlock. One transaction, written only if the recovery wrap is still the one
 * read here: a new key issued meanwhile in another window is not silently replaced
 * (StaleRevision). Returns the new key, formatted, to show once.
 */
export async function issueNewRecoveryKey(
  db: VaultDatabase,
  currentPassphrase: string,
  now: number,
  cost: Argon2idCost = ARGON2ID_DEFAULT,
): Promise<string> {
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const material = await unwrapWithPassphrase(db, row, currentPassphrase, now);
  const recovery = randomBytes(RECOVERY_KEY_BYTES);
  try {
    const recoverySalt = randomBytes(16);
    const byRecovery = await encryptBytes(await deriveKeyFromRecoveryKey(recovery, recoverySalt), AAD_RECOVERY, material);
    // As at unlock, an upgrade that fails (no memory) leaves the passphrase wrap as it is.
    const rewrap = needsRewrap(row.kdf, cost) ? await wrapWithPassphrase(material, currentPassphrase, cost).catch(() => null) : null;
    await db.transaction('rw', db.vaultMeta, async () => {
      const current = await db.vaultMeta.get('keys');
      if (current?.id !== 'keys' || !sameBlob(current.byRecovery, row.byRecovery))
        throw new AppError('StaleRevision', { table: 'vaultMeta', id: 'keys', reason: 'recovery-key' });
      const passphraseWrap = rewrap && sameBlob(current.byPassphrase, row.byPassphrase) ? rewrap : {};
      await db.vaultMeta.put({ ...current, ...passphraseWrap, recoverySalt, byRecovery });
      await db.vaultMeta.put(NO_FAILURES);
    });
    return formatRecoveryKey(recovery);
  } finally {
    material.fill(0);
    recovery.fill(0);
  }
}
