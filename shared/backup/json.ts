// The JSON of a backup line: byte arrays (IVs, ciphertexts, salts) as {"$b": base64}, keys in
// sorted order so the same row always gives the same bytes (the manifest hashes them), and a
// parser that refuses what no row of ours contains before JSON.parse sees it: over-long lines,
// deep nesting, `__proto__`-style keys.
import { base64 } from '@scure/base';
import { BackupError } from './problems';

export const MAX_LINE_BYTES = 8 * 1024 * 1024;
/** Our deepest row (a meeting's cases and their notes inside the sealed envelope) is under 10. */
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function toBase64(bytes: Uint8Array): string {
  return base64.encode(bytes);
}

/** The bytes of a base64 text, or null when it is not canonical base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const bytes = base64.decode(text);
    const out = new Uint8Array(bytes.byteLength);
    out.set(bytes);
    return out;
  } catch {
    return null;
  }
}

function encodeValue(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new BackupError('tooDeep');
  if (v instanceof Uint8Array) return { $b: toBase64(v) };
  if (Array.isArray(v)) return v.map((x) => encodeValue(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = encodeValue(x, depth + 1);
    }
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) throw new BackupError('badRow', { reason: 'number' });
  return v;
}

/** One value as a line's JSON: sorted keys, bytes as {"$b"}, undefined dropped. */
export function encodeJson(v: unknown): string {
  return JSON.stringify(encodeValue(v, 0));
}

/** Nesting depth of a JSON text, counted outside strings, stopping at the limit. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one line (its bytes, without the newline) into a value with bytes restored. */
export function decodeLine(bytes: Uint8Array, line: number): unknown {
  if (bytes.byteLength > MAX_LINE_BYTES) throw new BackupError('lineTooLong', { line });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (e) {
    throw new BackupError('badJson', { line, reason: 'utf8' }, { cause: e });
  }
  if (tooDeep(text)) throw new BackupError('tooDeep', { line });
  let forbidden: string | null = null;
  let badBytes = false;
  let value: unknown;
  try {
    value = JSON.parse(text, function (this: unknown, key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      if (v && typeof v === 'object' && !Array.isArray(v) && '$b' in v) {
        const keys = Object.keys(v);
        const b = (v as { $b: unknown }).$b;
        const decoded = keys.length === 1 && typeof b === 'string' ? fromBase64(b) : null;
        if (!decoded) badBytes = true;
        return decoded ?? v;
      }
      return v;
    });
  } catch (e) {
    throw new BackupError('badJson', { line }, { cause: e });
  }
  if (forbidden) throw new BackupError('forbiddenKey', { line, key: forbidden });
  if (badBytes) throw new BackupError('badJson', { line, reason: 'bytes' });
  return value;
}
