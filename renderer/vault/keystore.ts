// Creating, unlocking and recovering a vault: a random key set wrapped twice, by a key derived
// from the passphrase and by one derived from the recovery key. Changing the passphrase
// re-wraps the same keys; records are never re-encrypted.
import { AppError } from '../../shared/errors/codes';
import type { KeysRow, ThrottleRow, VaultDatabase } from '../db/database';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  KEY_MATERIAL_BYTES,
  MIN_PASSPHRASE_LENGTH,
  RECOVERY_KEY_BYTES,
  decryptBytes,
  deriveKeyFromPassphrase,
  deriveKeyFromRecoveryKey,
  encryptBytes,
  formatRecoveryKey,
  importKeyMaterial,
  parseRecoveryKey,
  randomBytes,
  type KdfParams,
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

async function wrapWithPassphrase(material: Uint8Array, passphrase: string, iterations: number) {
  const kdf: KdfParams = { alg: 'PBKDF2-SHA256', iterations, salt: randomBytes(16) };
  const kek = await deriveKeyFromPassphrase(passphrase, kdf);
  return { kdf, byPassphrase: await encryptBytes(kek, AAD_PASSPHRASE, material) };
}

export async function createVault(
  db: VaultDatabase,
  passphrase: string,
  now: number,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<{ keys: VaultKeys; recoveryKey: string }> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new AppError(problem);
  if (await vaultExists(db)) throw new AppError('VaultCorrupt', { reason: 'exists' });
  const material = randomBytes(KEY_MATERIAL_BYTES);
  const recovery = randomBytes(RECOVERY_KEY_BYTES);
  const recoverySalt = randomBytes(16);
  const { kdf, byPassphrase } = await wrapWithPassphrase(material, passphrase, iterations);
  const byRecovery = await encryptBytes(await deriveKeyFromRecoveryKey(recovery, recoverySalt), AAD_RECOVERY, material);
  const row: KeysRow = { id: 'keys', createdAt: now, kdf, byPassphrase, recoverySalt, byRecovery };
  await db.vaultMeta.put(row);
  const recoveryKey = formatRecoveryKey(recovery);
  recovery.fill(0);
  return { keys: await importKeyMaterial(material), recoveryKey };
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

/** Throws TooManyAttempts while the previous misses' wait has not run out. */
async function checkThrottle(db: VaultDatabase, now: number): Promise<void> {
  const t = await throttleRow(db);
  const waitUntil = t.lastFailureAt + throttleDelayMs(t.failures);
  if (now < waitUntil) throw new AppError('TooManyAttempts', { retryAfterMs: waitUntil - now, failures: t.failures });
}

async function recordFailure(db: VaultDatabase, now: number): Promise<ThrottleRow> {
  const t = await throttleRow(db);
  const next: ThrottleRow = { id: 'throttle', failures: t.failures + 1, lastFailureAt: now };
  await db.vaultMeta.put(next);
  return next;
}

async function clearFailures(db: VaultDatabase): Promise<void> {
  await db.vaultMeta.put({ id: 'throttle', failures: 0, lastFailureAt: 0 });
}

export async function unlockWithPassphrase(db: VaultDatabase, passphrase: string, now: number): Promise<VaultKeys> {
  await checkThrottle(db, now);
  const row = await keysRow(db);
  const kek = await deriveKeyFromPassphrase(passphrase, row.kdf);
  let material: Uint8Array;
  try {
    material = await decryptBytes(kek, AAD_PASSPHRASE, row.byPassphrase, 'WrongPassphrase');
  } catch (e) {
    const t = await recordFailure(db, now);
    throw new AppError('WrongPassphrase', { failures: t.failures, retryAfterMs: throttleDelayMs(t.failures) }, { cause: e });
  }
  await clearFailures(db);
  return importKeyMaterial(material);
}

/** Sets a new passphrase using the recovery key; the recovery key stays valid. */
export async function resetPassphraseWithRecoveryKey(
  db: VaultDatabase,
  recoveryKeyText: string,
  newPassphrase: string,
  now: number,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<VaultKeys> {
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
  const { kdf, byPassphrase } = await wrapWithPassphrase(material, newPassphrase, iterations);
  await db.transaction('rw', db.vaultMeta, async () => {
    await db.vaultMeta.put({ ...row, kdf, byPassphrase });
    await db.vaultMeta.put({ id: 'throttle', failures: 0, lastFailureAt: 0 });
  });
  return importKeyMaterial(material);
}

export async function changePassphrase(
  db: VaultDatabase,
  current: string,
  next: string,
  now: number,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<void> {
  const problem = passphraseProblem(next);
  if (problem) throw new AppError(problem);
  await checkThrottle(db, now);
  const row = await keysRow(db);
  let material: Uint8Array;
  try {
    material = await decryptBytes(await deriveKeyFromPassphrase(current, row.kdf), AAD_PASSPHRASE, row.byPassphrase, 'WrongPassphrase');
  } catch (e) {
    const t = await recordFailure(db, now);
    throw new AppError('WrongPassphrase', { failures: t.failures, retryAfterMs: throttleDelayMs(t.failures) }, { cause: e });
  }
  try {
    const { kdf, byPassphrase } = await wrapWithPassphrase(material, next, iterations);
    await db.vaultMeta.put({ ...row, kdf, byPassphrase });
  } finally {
    material.fill(0);
  }
}
