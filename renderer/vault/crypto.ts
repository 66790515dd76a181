// Vault cryptography over WebCrypto. Self-describing, versioned blobs (Joplin-style): a retired
// method stays in the union with a dated comment, so old data still opens.
import { AppError } from '../../shared/errors/codes';
import type { EncryptedBlob } from '../db/stored';
import { DERIVED_KEY_BYTES, checkKdfParams, type Argon2idParams, type KdfParams } from './kdf';
import type { KdfReply, KdfRequest } from './kdf.worker';

export type { EncryptedBlob } from '../db/stored';

export { ARGON2ID_DEFAULT, ARGON2ID_MIN, checkKdfParams, needsRewrap } from './kdf';
export type { Argon2idCost, Argon2idParams, KdfParams, Pbkdf2Params } from './kdf';

export const MIN_PASSPHRASE_LENGTH = 10;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A copy for WebCrypto (which wants its own ArrayBuffer); a caller copying secret bytes wipes it. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

/** Zeroes bytes that may have been transferred to a worker (fill() throws on a detached buffer). */
function wipe(bytes: Uint8Array): void {
  if (bytes.byteLength > 0) bytes.fill(0);
}

/**
 * Argon2id in a dedicated worker, a fresh one per derivation and terminated after it, so the
 * page never freezes and the worker's Argon2 memory goes with it. Takes ownership of
 * `password`: it is transferred to the worker (and wiped there), or wiped here.
 */
async function argon2idBytes(password: Uint8Array<ArrayBuffer>, p: Argon2idParams): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') {
    // Under Node (the unit tests) there is no Worker: the worker's own function runs here.
    const { deriveArgon2idBytes } = await import('./kdf.worker');
    return deriveArgon2idBytes(password, p);
  }
  const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'ainet-kdf' });
  try {
    return await new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<KdfReply>) => {
        const reply = e.data;
        if (reply.ok && reply.key instanceof Uint8Array && reply.key.byteLength === DERIVED_KEY_BYTES) return resolve(reply.key);
        if (reply.ok && reply.key instanceof Uint8Array) wipe(reply.key);
        reject(
          reply.ok
            ? new AppError('Unknown', { reason: 'kdf-reply' })
            : new AppError(reply.code, { reason: 'kdf-worker', message: reply.message }),
        );
      });
      worker.addEventListener('error', (e) => reject(new AppError('Unknown', { reason: 'kdf-worker', message: e.message })));
      worker.addEventListener('messageerror', () => reject(new AppError('Unknown', { reason: 'kdf-reply' })));
      const request: KdfRequest = { password, params: p };
      worker.postMessage(request, [password.buffer]);
    });
  } finally {
    worker.terminate();
    wipe(password); // detached by the transfer; wiped here if posting failed
  }
}

/** The key that wraps the vault's key set. The passphrase is NFC-normalised, so IMEs and OSes agree. */
export async function deriveKeyFromPassphrase(passphrase: string, p: KdfParams): Promise<CryptoKey> {
  checkKdfParams(p);
  const secret = enc.encode(passphrase.normalize('NFC'));
  try {
    if (p.alg === 'PBKDF2-SHA256') {
      const base = await subtle().importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
      return await subtle().deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: copy(p.salt), iterations: p.iterations },
        base,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      );
    }
    const derived = await argon2idBytes(secret, p);
    try {
      return await subtle().importKey('raw', derived, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    } finally {
      derived.fill(0);
    }
  } finally {
    wipe(secret);
  }
}

/** The recovery key has 160 random bits, so HKDF (no stretching) is enough. */
export async function deriveKeyFromRecoveryKey(recoveryKey: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const raw = copy(recoveryKey);
  let base: CryptoKey;
  try {
    base = await subtle().importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  } finally {
    raw.fill(0);
  }
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: copy(salt), info: enc.encode('ainet-records recovery v1') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The plaintext may be key material: the copy handed to WebCrypto is wiped once it is done. */
export async function encryptBytes(key: CryptoKey, aad: string, plain: Uint8Array): Promise<EncryptedBlob> {
  const iv = randomBytes(12);
  const buf = copy(plain);
  try {
    const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(aad) }, key, buf));
    // The nonce and the ciphertext are two views of one buffer: IndexedDB (structured clone)
    // then stores and reads one ArrayBuffer per sealed value instead of two.
    const both = new Uint8Array(iv.length + ct.length);
    both.set(iv);
    both.set(ct, iv.length);
    return { v: 1, iv: both.subarray(0, iv.length), ct: both.subarray(iv.length) };
  } finally {
    buf.fill(0);
  }
}

/** Throws AppError(failCode) when the key, the context or the bytes are wrong. */
export async function decryptBytes(
  key: CryptoKey,
  aad: string,
  blob: EncryptedBlob,
  failCode: 'RecordCorrupt' | 'WrongPassphrase' | 'WrongRecoveryKey' = 'RecordCorrupt',
): Promise<Uint8Array> {
  if (!blob || blob.v !== 1 || !(blob.iv instanceof Uint8Array) || !(blob.ct instanceof Uint8Array)) throw new AppError(failCode);
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: copy(blob.iv), additionalData: enc.encode(aad) }, key, copy(blob.ct));
    return new Uint8Array(plain);
  } catch (e) {
    throw new AppError(failCode, undefined, { cause: e });
  }
}

export async function encryptJson(key: CryptoKey, aad: string, value: unknown): Promise<EncryptedBlob> {
  return encryptBytes(key, aad, enc.encode(JSON.stringify(value)));
}

export async function decryptJson(key: CryptoKey, aad: string, blob: EncryptedBlob): Promise<unknown> {
  const bytes = await decryptBytes(key, aad, blob);
  try {
    return JSON.parse(dec.decode(bytes));
  } catch (e) {
    throw new AppError('RecordCorrupt', undefined, { cause: e });
  }
}

/** The keys an unlocked vault holds in memory: non-extractable, dropped on lock. */
export interface VaultKeys {
  data: CryptoKey;
  /** HMAC-SHA256 key for opaque search/blind-index tokens. */
  search: CryptoKey;
}

export const KEY_MATERIAL_BYTES = 64;

/** Imports freshly unwrapped key material and wipes the raw bytes and the copies WebCrypto read. */
export async function importKeyMaterial(material: Uint8Array): Promise<VaultKeys> {
  const dataBytes = copy(material.subarray(0, 32));
  const searchBytes = copy(material.subarray(32, 64));
  try {
    if (material.byteLength !== KEY_MATERIAL_BYTES) throw new AppError('VaultCorrupt');
    const data = await subtle().importKey('raw', dataBytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    const search = await subtle().importKey('raw', searchBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return { data, search };
  } finally {
    dataBytes.fill(0);
    searchBytes.fill(0);
    material.fill(0);
  }
}

// Recovery keys: 160 bits written as 32 Crockford base32 characters in groups of four.
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Lenient about case, spaces, hyphens and the letters people confuse (O/0, I/L/1). */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32 || /[^0-9A-HJKMNP-TV-Z]/.test(clean)) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const ch of clean) {
    value = (value << 5) | B32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out[i++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return out;
}
