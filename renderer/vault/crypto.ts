// Vault cryptography over WebCrypto. Self-describing, versioned blobs (Joplin-style): a retired
// method stays in the union with a dated comment, so old data still opens.
import { AppError } from '../../shared/errors/codes';

export interface EncryptedBlob {
  /** 1 = AES-256-GCM, 96-bit IV, AAD = caller's context string. */
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}

export interface KdfParams {
  alg: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array;
}

/** OWASP 2023 guidance for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
const MIN_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** Refuses stored parameters that would make unlocking trivially weak or hang the machine. */
export function checkKdfParams(p: KdfParams): void {
  const ok =
    p.alg === 'PBKDF2-SHA256' &&
    Number.isInteger(p.iterations) &&
    p.iterations >= MIN_ITERATIONS &&
    p.iterations <= MAX_ITERATIONS &&
    p.salt instanceof Uint8Array &&
    p.salt.byteLength >= 16 &&
    p.salt.byteLength <= 64;
  if (!ok) throw new AppError('VaultParamsOutOfBounds');
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

export async function deriveKeyFromPassphrase(passphrase: string, p: KdfParams): Promise<CryptoKey> {
  checkKdfParams(p);
  const base = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: copy(p.salt), iterations: p.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The recovery key has 160 random bits, so HKDF (no stretching) is enough. */
export async function deriveKeyFromRecoveryKey(recoveryKey: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', copy(recoveryKey), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: copy(salt), info: enc.encode('ainet-records recovery v1') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBytes(key: CryptoKey, aad: string, plain: Uint8Array): Promise<EncryptedBlob> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(aad) }, key, copy(plain));
  return { v: 1, iv, ct: new Uint8Array(ct) };
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

/** Imports freshly unwrapped key material and wipes the raw bytes. */
export async function importKeyMaterial(material: Uint8Array): Promise<VaultKeys> {
  if (material.byteLength !== KEY_MATERIAL_BYTES) throw new AppError('VaultCorrupt');
  try {
    const data = await subtle().importKey('raw', copy(material.subarray(0, 32)), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    const search = await subtle().importKey('raw', copy(material.subarray(32, 64)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return { data, search };
  } finally {
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
