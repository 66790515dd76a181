// Which passphrase-stretching methods and costs a stored vault may name. Pure (no DOM, no
// Worker, no WASM), so the page, the KDF worker and the unit tests share one bounds check.
import { AppError } from '../../shared/errors/codes';

import type { Argon2idParams, KdfParams } from '../db/stored';

export type { Argon2idParams, KdfParams, Pbkdf2Params } from '../db/stored';
export type Argon2idCost = Pick<Argon2idParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/**
 * What new vaults get: RFC 9106's second recommended setting (64 MiB, t = 3) with p = 1.
 * hash-wasm has no threads — it computes the lanes one after another — so more lanes would cost
 * us the same time and give an attacker's parallel hardware an easier job.
 */
export const ARGON2ID_DEFAULT: Readonly<Argon2idCost> = Object.freeze({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });

/**
 * The weakest Argon2id a stored vault may name: OWASP's minimum (19 MiB, t = 2, p = 1). The
 * repository tests create their vaults with it, inside the same bounds the product enforces.
 */
export const ARGON2ID_MIN: Readonly<Argon2idCost> = Object.freeze({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });

/** Four times the default memory and a bit over three times its passes: room to raise the default, not to hang. */
const ARGON2ID_MAX: Readonly<Argon2idCost> = Object.freeze({ memoryKiB: 262_144, iterations: 10, parallelism: 4 });

/** OWASP 2023 guidance for PBKDF2-HMAC-SHA256 is the floor; 10M is where an unlock would take a minute. */
const PBKDF2_MIN_ITERATIONS = 600_000;
const PBKDF2_MAX_ITERATIONS = 10_000_000;

/** Bytes of the key Argon2id derives (an AES-256-GCM key). */
export const DERIVED_KEY_BYTES = 32;

const intIn = (x: unknown, min: number, max: number): boolean => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const saltOk = (s: unknown): boolean => s instanceof Uint8Array && s.byteLength >= 16 && s.byteLength <= 64;

/**
 * Refuses stored parameters that would make unlocking trivially weak or exhaust the machine.
 * Runs before anything is derived or allocated: the row is read from disk and may be tampered.
 */
export function checkKdfParams(p: KdfParams): void {
  const q = p as unknown as Record<string, unknown> | null;
  let ok = false;
  if (q && typeof q === 'object' && saltOk(q.salt)) {
    if (q.alg === 'argon2id') {
      ok =
        intIn(q.memoryKiB, ARGON2ID_MIN.memoryKiB, ARGON2ID_MAX.memoryKiB) &&
        intIn(q.iterations, ARGON2ID_MIN.iterations, ARGON2ID_MAX.iterations) &&
        intIn(q.parallelism, ARGON2ID_MIN.parallelism, ARGON2ID_MAX.parallelism);
    } else if (q.alg === 'PBKDF2-SHA256') {
      ok = intIn(q.iterations, PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS);
    }
  }
  if (!ok) throw new AppError('VaultParamsOutOfBounds');
}

/** True when a vault's stored wrap is older or cheaper than `target`: its next unlock re-wraps it. */
export function needsRewrap(p: KdfParams, target: Argon2idCost): boolean {
  return p.alg !== 'argon2id' || p.memoryKiB < target.memoryKiB || p.iterations < target.iterations;
}
