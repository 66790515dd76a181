// Append-only audit log: who, when, what action, which record — never content.
//
// Each entry is MACed (HMAC-SHA256 with the vault's audit key) over its own fields, its sequence
// number and the previous entry's MAC, and a MACed head (count, last sequence number, last MAC)
// is rewritten in the same transaction. So without unlocking nobody can edit, insert, delete or
// cut off entries unseen: verification names the first altered entry, gaps in the numbering and
// entries missing at the end. The MAC is synchronous (@noble/hashes) because it runs inside the
// IndexedDB transaction of the record write, which an await on WebCrypto would commit early.
//
// Vaults from before schema 4 have a plain SHA-256 chain (`prevHash`/`hash`). Their entries stay
// as they are; the first keyed entry covers the last of them (the `audit.upgrade` entry written at
// the first unlock), so rewriting the old part breaks the keyed chain too.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditHeadRow, AuditRow } from '../db/database';
import type { Actor, ActorStamp, VaultSession } from '../vault/session';

export type { Actor };

export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ACTIONS = [
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.recover',
  'vault.passphrase-change',
  'vault.recoveryKey',
  'vault.wipe',
  'vault.upgrade',
  'audit.upgrade',
  'profile.update',
  'settings.update',
  'person.create',
  'person.update',
  'person.trash',
  'person.restore',
  'person.purge',
  'trash.empty',
  'audit.verify',
  'template.save',
  'template.import',
  'template.export',
  'endingNote.create',
  'endingNote.update',
  'endingNote.trash',
  'endingNote.restore',
  'endingNote.purge',
  'contact.create',
  'contact.update',
  'contact.detach',
  'contact.trash',
  'contact.restore',
  'contact.purge',
  'meeting.create',
  'meeting.update',
  'meeting.detach',
  'meeting.trash',
  'meeting.restore',
  'meeting.purge',
  'action.create',
  'action.update',
  'action.detach',
  'action.complete',
  'action.reopen',
  'action.delete',
  'action.purge',
  'directory.create',
  'directory.update',
  'directory.remove',
  'referral.create',
  'referral.update',
  'referral.step',
  'referral.trash',
  'referral.restore',
  'referral.purge',
  'referral.sheet',
  'draft.purge',
  'export.csv',
  'import.csv',
  'export.pdf',
  'print',
  'backup.export',
  'backup.auto',
  'backup.restore',
  'backup.merge',
  'record.merge',
  'record.mergeConflict',
  'handover.identity',
  'handover.export',
  'handover.import',
  'record.handover',
  'team.send',
  'team.receive',
  'team.create',
  'team.join',
  'team.keyring',
  'team.member.add',
  'team.member.remove',
  'team.conflict',
  'team.leave',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  action: AuditAction;
  table: string;
  recordId: string;
}

/** What appending needs from an open session: the database and the audit signer. */
export type AuditWriter = Pick<VaultSession, 'db' | 'auditSigner'>;

const HEAD_ID = 'auditHead';

/** The SHA-256 chain of schema ≤ 3 (kept to verify old entries). */
export function legacyEntryHash(
  prevHash: string,
  e: Pick<AuditRow, 'at' | 'actorId' | 'actorRole' | 'action' | 'table' | 'recordId'>,
): string {
  const canonical = JSON.stringify([prevHash, e.at, e.actorId, e.actorRole, e.action, e.table, e.recordId]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

function whoDigest(stamp: Pick<AuditRow, 'who'>): string {
  const who = stamp.who;
  if (!who) return '';
  const bytes = new Uint8Array(who.iv.byteLength + who.ct.byteLength);
  bytes.set(who.iv, 0);
  bytes.set(who.ct, who.iv.byteLength);
  return bytesToHex(sha256(bytes));
}

export function entryMac(key: Uint8Array, prevMac: string, e: Omit<AuditRow, 'mac' | 'v' | 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([
    'ainet-audit-v2',
    e.seq,
    prevMac,
    e.at,
    e.actorId,
    e.actorRole,
    e.action,
    e.table,
    e.recordId,
    whoDigest(e),
  ]);
  return bytesToHex(hmac(sha256, key, utf8ToBytes(canonical)));
}

function headCheck(key: Uint8Array, h: Omit<AuditHeadRow, 'check' | 'id'>): string {
  const canonical = JSON.stringify(['ainet-audit-head-v1', h.count, h.seq, h.mac, h.lostBefore ?? null]);
  return bytesToHex(hmac(sha256, key, utf8ToBytes(canonical)));
}

const linkOf = (row: AuditRow | undefined): string => row?.mac ?? row?.hash ?? GENESIS_HASH;

function isHead(row: unknown): row is AuditHeadRow {
  return !!row && typeof row === 'object' && (row as { id?: unknown }).id === HEAD_ID;
}

/**
 * Appends entries and rewrites the head. Call inside a 'rw' transaction over db.audit and
 * db.vaultMeta (records/write.ts does; logEvent does for events without a record write).
 */
export async function appendAudit(writer: AuditWriter, events: readonly AuditEvent[], now: number): Promise<void> {
  if (events.length === 0) return;
  const db = writer.db;
  const { key, stamp } = writer.auditSigner();
  const [last, stored] = await Promise.all([db.audit.orderBy('seq').last(), db.vaultMeta.get(HEAD_ID)]);
  const head = isHead(stored) && stored.check === headCheck(key, stored) ? stored : undefined;
  let count: number;
  let lostBefore: number | undefined;
  if (head) {
    count = head.count;
    lostBefore = head.lostBefore;
  } else {
    count = await db.audit.count();
    // No valid head although the keyed chain has begun: someone removed or forged it. Say so for
    // good, in the head itself, instead of quietly starting over.
    if (last?.v === 2 || stored !== undefined) lostBefore = (last?.seq ?? 0) + 1;
  }
  // A head ahead of the last row means entries were cut off the end: keep numbering after the
  // head, so the hole stays visible as a gap.
  let seq = Math.max(last?.seq ?? 0, head?.seq ?? 0);
  let prev = linkOf(last);
  const rows: AuditRow[] = events.map((event) => {
    seq += 1;
    const body = { seq, at: now, ...stampFields(stamp), ...event };
    const mac = entryMac(key, prev, body);
    prev = mac;
    return { ...body, v: 2 as const, mac };
  });
  await db.audit.bulkAdd(rows);
  const next = { count: count + rows.length, seq, mac: prev, ...(lostBefore !== undefined ? { lostBefore } : {}) };
  await db.vaultMeta.put({ id: HEAD_ID, ...next, check: headCheck(key, next) });
}

function stampFields(stamp: ActorStamp): Pick<AuditRow, 'actorId' | 'actorRole' | 'who'> {
  return { actorId: stamp.actorId, actorRole: stamp.actorRole, who: stamp.who };
}

/** Writes audit entries in their own transaction (for events with no record write). */
export function logEvent(writer: AuditWriter, event: AuditEvent, now: number): Promise<void> {
  const db = writer.db;
  return db.transaction('rw', db.audit, db.vaultMeta, () => appendAudit(writer, [event], now));
}

/**
 * At the first unlock of a vault whose chain is not keyed yet (schema ≤ 3, or empty): one keyed
 * `audit.upgrade` entry covering the last old entry, and the first head. Does nothing otherwise.
 */
export async function upgradeAuditChain(writer: AuditWriter, now: number): Promise<boolean> {
  const db = writer.db;
  return db.transaction('rw', db.audit, db.vaultMeta, async () => {
    if ((await db.vaultMeta.get(HEAD_ID)) !== undefined) return false;
    const last = await db.audit.orderBy('seq').last();
    if (last?.v === 2) return false;
    await appendAudit(writer, [{ action: 'audit.upgrade', table: 'audit', recordId: String(last?.seq ?? 0) }], now);
    return true;
  });
}

export type AuditProblem =
  /** The entry does not match its MAC (or hash): changed, or its predecessor was. */
  | { kind: 'altered'; seq: number }
  /** Entry numbers `from`…`to` are missing (deleted from the middle). */
  | { kind: 'gap'; from: number; to: number }
  /** The head counts `missing` more entries than there are: cut off the end. */
  | { kind: 'truncated'; missing: number }
  /** The keyed chain has begun but its head is gone or does not verify. */
  | { kind: 'headMissing' }
  | { kind: 'headAltered' }
  /** An earlier append found the head gone or forged before entry `beforeSeq`. */
  | { kind: 'headLost'; beforeSeq: number }
  /** A keyed entry follows an old one after the chain was keyed (an entry without a MAC). */
  | { kind: 'unkeyed'; seq: number };

export interface ChainReport {
  ok: boolean;
  /** Entries read. */
  count: number;
  /** The first entry that does not verify, if any (the one to show first). */
  firstBroken: number | null;
  problems: AuditProblem[];
}

/** Reads the whole log once, in order, and reports every kind of damage it finds. */
export async function verifyAuditChain(writer: AuditWriter): Promise<ChainReport> {
  const db = writer.db;
  const { key } = writer.auditSigner();
  const problems: AuditProblem[] = [];
  let prev: AuditRow | undefined;
  let count = 0;
  let keyed = false;
  await db.audit.orderBy('seq').each((row) => {
    count += 1;
    const expected = (prev?.seq ?? 0) + 1;
    if (row.seq !== expected) problems.push({ kind: 'gap', from: expected, to: row.seq - 1 });
    const link = linkOf(prev);
    if (row.v === 2) {
      keyed = true;
      const { mac, v: _v, prevHash: _p, hash: _h, ...body } = row;
      if (mac !== entryMac(key, link, body)) problems.push({ kind: 'altered', seq: row.seq });
    } else if (keyed) {
      problems.push({ kind: 'unkeyed', seq: row.seq });
    } else if (row.prevHash !== link || row.hash !== legacyEntryHash(link, row)) {
      problems.push({ kind: 'altered', seq: row.seq });
    }
    prev = row;
  });
  const stored = await db.vaultMeta.get(HEAD_ID);
  if (stored === undefined) {
    if (keyed) problems.push({ kind: 'headMissing' });
  } else if (!isHead(stored) || stored.check !== headCheck(key, stored)) {
    problems.push({ kind: 'headAltered' });
  } else {
    if (stored.lostBefore !== undefined) problems.push({ kind: 'headLost', beforeSeq: stored.lostBefore });
    const lastSeq = prev?.seq ?? 0;
    if (stored.seq > lastSeq) problems.push({ kind: 'truncated', missing: stored.seq - lastSeq });
    else if (stored.seq === lastSeq && stored.mac !== linkOf(prev)) problems.push({ kind: 'altered', seq: lastSeq });
    // A head older than the log: an earlier head was put back.
    else if (stored.seq < lastSeq) problems.push({ kind: 'headAltered' });
  }
  const seqs = problems.flatMap((p) => (p.kind === 'altered' || p.kind === 'unkeyed' ? [p.seq] : p.kind === 'gap' ? [p.from] : []));
  return { ok: problems.length === 0, count, firstBroken: seqs.length ? Math.min(...seqs) : null, problems };
}
