// The stored shapes of a vault's key material: what IndexedDB holds, whatever code reads it.
// The vault (renderer/vault/) computes with them; the database only stores them.

export interface EncryptedBlob {
  /** 1 = AES-256-GCM, 96-bit IV, AAD = caller's context string. */
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}

/** Argon2id (RFC 9106, version 0x13), computed by hash-wasm in a dedicated worker. */
export interface Argon2idParams {
  alg: 'argon2id';
  /** m: memory cost in KiB. */
  memoryKiB: number;
  /** t: passes over that memory. */
  iterations: number;
  /** p: lanes. */
  parallelism: number;
  salt: Uint8Array;
}

/**
 * 2026-12-01: no longer written; Argon2id replaced it for new vaults. It stays readable because
 * every vault created before then (and every backup of one) carries it until its next unlock
 * re-wraps the keys with Argon2id.
 */
export interface Pbkdf2Params {
  alg: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array;
}

export type KdfParams = Argon2idParams | Pbkdf2Params;
