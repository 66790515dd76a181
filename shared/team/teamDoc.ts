// What a team's server holds (docs/replication.md): for every shared record one document
//   { _id, _rev, k, c }
// _id: 128 bits of HMAC-SHA256 under the team's id key over "table|record id", so every member
// names a record's document alike and the server sees no table, no record id and no link between
// documents; k: the id of the team key generation that sealed it; c: one AES-256-GCM ciphertext
// (base64 of IV ‖ ciphertext ‖ tag) over the record's table, id, revision, times, deletion and its
// content, padded to a size bucket. The AAD binds the ciphertext to its _id and k, so a document
// copied under another id or key id does not open. Everything the local database keeps in the
// clear (dates, district, status, person links) is inside c. Pure: WebCrypto and @noble/hashes.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { fromBase64, toBase64 } from '../backup/json';

export const TEAM_DOC_FORMAT = 'ainet-team-doc/1';
const IV_BYTES = 12;
/** The largest plaintext a document takes (a 20,000-character note is 60 KB of UTF-8 at most). */
export const MAX_TEAM_DOC_PLAINTEXT = 1024 * 1024;

export class TeamDocError extends Error {
  constructor(readonly reason: 'badId' | 'unknownKey' | 'damaged' | 'badContent' | 'tooLarge') {
    super(`team document: ${reason}`);
    this.name = 'TeamDocError';
  }
}

/** One record as a team document carries it. `content` is checked by the record's own schema on receipt. */
export const teamPayloadSchema = z
  .strictObject({
    f: z.literal(TEAM_DOC_FORMAT),
    table: z.string().min(1).max(40),
    id: z.string().min(1).max(200),
    /** The record's revision on the machine that wrote this version (0 for a deletion). */
    revision: z.number().int().min(0),
    updatedAt: z.string().max(40),
    /** The member (their recipient, age1…) who wrote this version. */
    by: z.string().max(100),
    deleted: z.boolean(),
    content: z.unknown(),
  })
  .refine((p) => (p.deleted ? p.content === null : p.revision >= 1), 'a deletion carries no content; a record has a revision');
export type TeamPayload = z.infer<typeof teamPayloadSchema>;

export interface TeamDoc {
  _id: string;
  _rev?: string;
  k: string;
  c: string;
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** The document id of a record: 32 hex digits, the same on every member's machine. */
export function teamDocId(idKey: Uint8Array, table: string, recordId: string): string {
  if (idKey.byteLength !== 32) throw new RangeError('the id key is 32 bytes');
  return hex(hmac(sha256, idKey, new TextEncoder().encode(`${table}|${recordId}`)).subarray(0, 16));
}

/**
 * The padded length of a plaintext of `n` bytes: the next multiple of 512 up to 4 KiB, then of an
 * eighth of the power of two below it, so a size says at most about three bits more than its order
 * of magnitude (overhead under 12.5 %).
 */
export function paddedLength(n: number): number {
  const total = n + 4; // the length prefix
  const step = total <= 4096 ? 512 : 2 ** (Math.floor(Math.log2(total)) - 3);
  return Math.ceil(total / step) * step;
}

function pad(plain: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(paddedLength(plain.byteLength));
  new DataView(out.buffer).setUint32(0, plain.byteLength);
  out.set(plain, 4);
  return out;
}

function unpad(padded: Uint8Array): Uint8Array {
  if (padded.byteLength < 4) throw new TeamDocError('damaged');
  const n = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (n > padded.byteLength - 4 || paddedLength(n) !== padded.byteLength) throw new TeamDocError('damaged');
  for (let i = 4 + n; i < padded.byteLength; i++) if (padded[i] !== 0) throw new TeamDocError('damaged');
  return padded.subarray(4, 4 + n);
}

const aad = (id: string, keyId: string) => new TextEncoder().encode(`${TEAM_DOC_FORMAT}|${id}|${keyId}`);

/** A team key generation as the sync uses it: its id and a non-extractable AES-GCM key. */
export interface TeamDataKey {
  keyId: string;
  key: AesKey;
}
/** WebCrypto's key type, named the same way under the DOM lib (renderer) and Node's (tests). */
type AesKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

export async function importTeamDataKey(keyId: string, raw: Uint8Array): Promise<TeamDataKey> {
  if (raw.byteLength !== 32) throw new RangeError('a team key is 32 bytes');
  const bytes = new Uint8Array(raw);
  const key = await crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  bytes.fill(0);
  return { keyId, key };
}

export async function sealTeamDoc(idKey: Uint8Array, dataKey: TeamDataKey, payload: Omit<TeamPayload, 'f'>): Promise<TeamDoc> {
  // What the receiver will refuse is refused here, where it can be seen, not sent to be dropped.
  if (!teamPayloadSchema.safeParse({ f: TEAM_DOC_FORMAT, ...payload }).success) throw new TeamDocError('badContent');
  const _id = teamDocId(idKey, payload.table, payload.id);
  const plain = new TextEncoder().encode(JSON.stringify({ f: TEAM_DOC_FORMAT, ...payload }));
  if (plain.byteLength > MAX_TEAM_DOC_PLAINTEXT) throw new TeamDocError('tooLarge');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(_id, dataKey.keyId) }, dataKey.key, pad(plain)),
  );
  const c = new Uint8Array(IV_BYTES + ct.byteLength);
  c.set(iv);
  c.set(ct, IV_BYTES);
  return { _id, k: dataKey.keyId, c: toBase64(c) };
}

/**
 * Opens a document with the key generation it names. Refuses one whose id is not the id of the
 * record it holds (a document moved), one sealed for another id or key id, and any damage.
 */
export async function openTeamDoc(
  idKey: Uint8Array,
  keys: ReadonlyMap<string, TeamDataKey>,
  doc: Pick<TeamDoc, '_id' | 'k' | 'c'>,
): Promise<TeamPayload> {
  if (typeof doc._id !== 'string' || !/^[0-9a-f]{32}$/.test(doc._id)) throw new TeamDocError('badId');
  const dataKey = typeof doc.k === 'string' ? keys.get(doc.k) : undefined;
  if (!dataKey) throw new TeamDocError('unknownKey');
  const c = typeof doc.c === 'string' ? fromBase64(doc.c) : null;
  if (!c || c.byteLength < IV_BYTES + 16) throw new TeamDocError('damaged');
  let padded: Uint8Array;
  try {
    padded = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: c.subarray(0, IV_BYTES), additionalData: aad(doc._id, doc.k) },
        dataKey.key,
        c.subarray(IV_BYTES),
      ),
    );
  } catch {
    throw new TeamDocError('damaged');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpad(padded)));
  } catch (e) {
    throw e instanceof TeamDocError ? e : new TeamDocError('badContent');
  }
  const parsed = teamPayloadSchema.safeParse(value);
  if (!parsed.success) throw new TeamDocError('badContent');
  if (teamDocId(idKey, parsed.data.table, parsed.data.id) !== doc._id) throw new TeamDocError('badId');
  return parsed.data;
}
