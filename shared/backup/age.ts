// The outer layer of every backup and hand-over file: age v1 (age-encryption.org/v1), so a file
// can be checked and opened without this app by the reference tools (`age`, `rage`). This module
// reads the header itself before age-encryption sees the file, to refuse what would cost too much
// (a scrypt work factor above our cap allocates up to 1 GiB in age-encryption) or what we do not
// open, and maps age-encryption's plain Error messages to our reasons.
import { bech32 } from '@scure/base';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { concatBytes } from './bytes';
import { BackupError } from './problems';

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_MAGIC = '-----BEGIN AGE ENCRYPTED FILE-----';
/** age's scrypt work factor we write (age's own default, 256 MiB) and the most we read. */
export const SCRYPT_LOG_N = 18;
export const MAX_SCRYPT_LOG_N = 18;
/** A header with a few recipients is well under 2 KiB; anything near this is not ours. */
const MAX_HEADER_BYTES = 16 * 1024;
/**
 * Largest file read. A 1× district's backup is 142 MiB (`npm run bench`: about 150,000 sealed rows
 * as base64), so 160 MiB would have refused a district a little larger; the desktop reads a chosen
 * file whole, up to the bridge's own 512 MiB (MAX_FILE_BYTES), and this is the same.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const CHUNK = 64 * 1024;
const TAG = 16;

export type Lock = { passphrase: string; logN?: number } | { recipients: readonly string[] };
export type Key = { passphrase: string } | { identities: readonly string[] };

export interface HeaderInfo {
  lock: 'passphrase' | 'recipients';
  /** The scrypt work factor (passphrase files). */
  logN?: number;
  /** X25519 recipient stanzas (recipient files). */
  recipients?: number;
  /** Bytes of the header, MAC line included. */
  headerBytes: number;
}

function ascii(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * Reads the age header from the start of a file (at least MAX_HEADER_BYTES of it, or all of a
 * shorter file) without allocating anything for its key derivation.
 */
export function inspectHeader(prefix: Uint8Array): HeaderInfo {
  const start = ascii(prefix.subarray(0, Math.min(prefix.byteLength, ARMOR_MAGIC.length + 8)));
  if (start.trimStart().startsWith(ARMOR_MAGIC)) throw new BackupError('armored');
  if (!ascii(prefix.subarray(0, AGE_MAGIC.length)).startsWith(AGE_MAGIC)) {
    throw new BackupError(prefix.byteLength < AGE_MAGIC.length && AGE_MAGIC.startsWith(start) ? 'truncated' : 'notAge');
  }
  const text = ascii(prefix.subarray(0, Math.min(prefix.byteLength, MAX_HEADER_BYTES)));
  const macAt = text.indexOf('\n--- ');
  if (macAt < 0) throw new BackupError(prefix.byteLength < MAX_HEADER_BYTES ? 'truncated' : 'headerDamaged', { at: 'mac' });
  const macEnd = text.indexOf('\n', macAt + 1);
  if (macEnd < 0) throw new BackupError('truncated', { at: 'mac' });
  const lines = text.slice(AGE_MAGIC.length, macAt).split('\n');
  const stanzas: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('-> ')) stanzas.push(line.slice(3).split(' '));
    else if (!/^[A-Za-z0-9+/]{0,64}$/.test(line)) throw new BackupError('headerDamaged', { at: 'stanza' });
  }
  if (stanzas.length === 0) throw new BackupError('headerDamaged', { at: 'stanza' });
  const types = new Set(stanzas.map((s) => s[0]));
  if (types.has('scrypt')) {
    const s = stanzas[0];
    if (stanzas.length !== 1 || !s || s.length !== 3 || !/^[1-9][0-9]?$/.test(s[2] ?? '')) {
      throw new BackupError('headerDamaged', { at: 'scrypt' });
    }
    const logN = Number(s[2]);
    if (logN > MAX_SCRYPT_LOG_N) throw new BackupError('workFactorTooHigh', { logN, max: MAX_SCRYPT_LOG_N });
    return { lock: 'passphrase', logN, headerBytes: macEnd + 1 };
  }
  const x25519 = stanzas.filter((s) => s[0] === 'X25519').length;
  if (x25519 === 0) throw new BackupError('unsupportedRecipient', { types: [...types].slice(0, 5) });
  // Other stanzas beside ours (grease, or a recipient for someone else's tool) are allowed by age.
  return { lock: 'recipients', recipients: x25519, headerBytes: macEnd + 1 };
}

/** Encrypts a stream of plaintext into an age file stream (64 KiB chunks, nothing buffered whole). */
export async function encryptStream(plain: ReadableStream<Uint8Array>, lock: Lock): Promise<ReadableStream<Uint8Array>> {
  const e = new Encrypter();
  if ('passphrase' in lock) {
    e.setPassphrase(lock.passphrase);
    e.setScryptWorkFactor(lock.logN ?? SCRYPT_LOG_N);
  } else {
    for (const r of lock.recipients) e.addRecipient(r);
  }
  return e.encrypt(plain);
}

/** The plaintext size an age file of `fileSize` bytes with a `headerBytes` header decrypts to. */
function plaintextBytes(fileSize: number, headerBytes: number): number {
  const payload = fileSize - headerBytes - 16;
  if (payload < TAG) throw new BackupError('truncated', { at: 'payload' });
  const full = Math.floor(payload / (CHUNK + TAG));
  const last = payload % (CHUNK + TAG);
  if (last > 0 && last <= TAG) throw new BackupError('truncated', { at: 'chunk' });
  return payload - full * TAG - (last > 0 ? TAG : 0);
}

function headerError(e: unknown, info: HeaderInfo, key: Key): BackupError {
  const message = e instanceof Error ? e.message : String(e);
  if (message.includes('no identity matched')) {
    if (info.lock === 'passphrase' && !('passphrase' in key)) return new BackupError('needsPassphrase');
    if (info.lock === 'recipients' && 'passphrase' in key) return new BackupError('needsIdentity');
    return new BackupError('wrongKey');
  }
  if (message.includes('work factor')) return new BackupError('workFactorTooHigh');
  return new BackupError('headerDamaged', { message }, { cause: e });
}

/**
 * Opens an age file as a plaintext stream. The header (and the key) are checked before this
 * resolves; a chunk that fails its tag errors the stream with bodyDamaged, or endDamaged when it
 * is the last chunk (a file cut off at a chunk boundary looks the same). Plaintext arrives before
 * the last tag is checked: callers must stage what they read and commit only once the stream has
 * ended without error.
 */
export async function decryptStream(
  file: ReadableStream<Uint8Array>,
  fileSize: number,
  key: Key,
): Promise<{ info: HeaderInfo; plain: ReadableStream<Uint8Array> }> {
  if (fileSize > MAX_BACKUP_BYTES) throw new BackupError('tooLarge', { bytes: fileSize, max: MAX_BACKUP_BYTES });
  const reader = file.getReader();
  const head: Uint8Array[] = [];
  let have = 0;
  let done = false;
  while (have < MAX_HEADER_BYTES && !done) {
    const r = await reader.read();
    if (r.done) done = true;
    else {
      head.push(r.value);
      have += r.value.byteLength;
    }
  }
  const prefix = concatBytes(head);
  const info = inspectHeader(prefix);
  const total = plaintextBytes(fileSize, info.headerBytes);
  const lastChunkStart = total === 0 ? 0 : Math.floor((total - 1) / CHUNK) * CHUNK;

  let fed = 0;
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(prefix);
      fed += prefix.byteLength;
    },
    async pull(controller) {
      const r = await reader.read();
      if (r.done) {
        controller.close();
        return;
      }
      fed += r.value.byteLength;
      if (fed > fileSize) {
        controller.error(new BackupError('tooLarge', { bytes: fed }));
        return;
      }
      controller.enqueue(r.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });

  const d = new Decrypter();
  if ('passphrase' in key) d.addPassphrase(key.passphrase);
  else for (const id of key.identities) d.addIdentity(id);
  let out: ReadableStream<Uint8Array>;
  try {
    out = await d.decrypt(rest);
  } catch (e) {
    throw headerError(e, info, key);
  }
  let got = 0;
  const mapped = out.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        got += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  // Errors from age's chunk decryption arrive as plain Errors on read: name them.
  const source = mapped.getReader();
  const plain = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const r = await source.read();
        if (r.done) {
          if (got !== total) controller.error(new BackupError('truncated', { got, total }));
          else controller.close();
          return;
        }
        controller.enqueue(r.value);
      } catch (e) {
        if (e instanceof BackupError) return controller.error(e);
        controller.error(new BackupError(got >= lastChunkStart ? 'endDamaged' : 'bodyDamaged', { at: got }, { cause: e }));
      }
    },
    cancel: (reason) => source.cancel(reason),
  });
  return { info, plain };
}

/** A new X25519 identity (AGE-SECRET-KEY-1…) and its recipient (age1…), for hand-over packages. */
export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export async function recipientOf(identity: string): Promise<string> {
  return identityToRecipient(identity);
}

/**
 * A recipient as typed or scanned: age1 + bech32, nothing else, its checksum right (a key mistyped
 * by one character, or two swapped, is refused here rather than sealed to).
 */
export function isRecipient(text: string): boolean {
  const t = text.trim();
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(t)) return false;
  try {
    const { prefix, words } = bech32.decode(t as `${string}1${string}`);
    return prefix === 'age' && bech32.fromWords(words).length === 32;
  } catch {
    return false;
  }
}
