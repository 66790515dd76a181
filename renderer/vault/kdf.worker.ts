// Argon2id off the page's thread. The page transfers the passphrase bytes in (no copy stays
// behind on the page) and gets the derived bytes transferred back. It starts one worker per
// derivation and terminates it after the reply: hash-wasm offers no way to wipe its WASM memory
// (64 MiB of blocks computed from the passphrase) or its internal buffers, so ending the worker
// is what releases them. Under Node (the unit tests) there is no Worker and crypto.ts imports
// deriveArgon2idBytes from here directly: the same code runs either way.
import { argon2id } from 'hash-wasm';
import { AppError } from '../../shared/errors/codes';
import { DERIVED_KEY_BYTES, checkKdfParams, type Argon2idParams } from './kdf';

export interface KdfRequest {
  password: Uint8Array<ArrayBuffer>;
  params: Argon2idParams;
}
export type KdfReply =
  { ok: true; key: Uint8Array<ArrayBuffer> } | { ok: false; code: 'VaultParamsOutOfBounds' | 'Unknown'; message: string };

/** A buffer of its own, exactly as long as the bytes, so it can be transferred whole. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return bytes as Uint8Array<ArrayBuffer>;
  }
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  bytes.fill(0);
  return out;
}

/** Derives DERIVED_KEY_BYTES with Argon2id. Takes ownership of `password` and always wipes it. */
export async function deriveArgon2idBytes(password: Uint8Array, p: Argon2idParams): Promise<Uint8Array<ArrayBuffer>> {
  try {
    checkKdfParams(p);
    if (p.alg !== 'argon2id') throw new AppError('VaultParamsOutOfBounds');
    const out = await argon2id({
      password,
      salt: p.salt,
      iterations: p.iterations,
      parallelism: p.parallelism,
      memorySize: p.memoryKiB,
      hashLength: DERIVED_KEY_BYTES,
      outputType: 'binary',
    });
    return owned(out);
  } finally {
    password.fill(0);
  }
}

async function answer(data: unknown): Promise<KdfReply> {
  const req = data as Partial<KdfRequest> | null;
  try {
    if (!req || !(req.password instanceof Uint8Array) || !req.params) throw new AppError('VaultParamsOutOfBounds');
    return { ok: true, key: await deriveArgon2idBytes(req.password, req.params) };
  } catch (e) {
    if (req?.password instanceof Uint8Array) req.password.fill(0);
    const code = e instanceof AppError && e.code === 'VaultParamsOutOfBounds' ? e.code : 'Unknown';
    return { ok: false, code, message: e instanceof Error ? e.message : String(e) };
  }
}

// Only inside a dedicated worker; imported under Node, this module registers nothing.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function') {
  self.addEventListener('message', (e: MessageEvent<unknown>) => {
    void answer(e.data).then((reply) => self.postMessage(reply, { transfer: reply.ok ? [reply.key.buffer] : [] }));
  });
}
