// Append-only, hash-chained audit log: who, when, what action, which record — never content.
// Each entry's hash covers the previous entry's hash, so editing or deleting a middle entry
// breaks verification. Hashing is synchronous (@noble/hashes) because it runs inside the
// IndexedDB transaction that writes the record, and an await on WebCrypto would let that
// transaction auto-commit early.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditRow, VaultDatabase } from '../db/database';
import type { Actor } from '../vault/session';

export type { Actor };

export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ACTIONS = [
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.recover',
  'vault.passphrase-change',
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
  'contact.create',
  'contact.update',
  'contact.trash',
  'contact.restore',
  'contact.purge',
  'meeting.create',
  'meeting.update',
  'meeting.trash',
  'meeting.restore',
  'meeting.purge',
  'action.create',
  'action.update',
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
  'export.csv',
  'export.pdf',
  'print',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  action: AuditAction;
  table: string;
  recordId: string;
}

export function entryHash(prevHash: string, e: Pick<AuditRow, 'at' | 'actorId' | 'actorRole' | 'action' | 'table' | 'recordId'>): string {
  const canonical = JSON.stringify([prevHash, e.at, e.actorId, e.actorRole, e.action, e.table, e.recordId]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** Call inside a 'rw' transaction that includes db.audit. */
export async function appendAudit(db: VaultDatabase, actor: Actor, event: AuditEvent, now: number): Promise<void> {
  const last = await db.audit.orderBy('seq').last();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const body = { at: now, actorId: actor.id, actorRole: actor.role, ...event };
  await db.audit.add({ ...body, prevHash, hash: entryHash(prevHash, body) });
}

/** Appends many entries with one read of the chain head and one bulk write (bulk create, purge). */
export async function appendAuditMany(db: VaultDatabase, actor: Actor, events: readonly AuditEvent[], now: number): Promise<void> {
  const last = await db.audit.orderBy('seq').last();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows: AuditRow[] = events.map((event) => {
    const body = { at: now, actorId: actor.id, actorRole: actor.role, ...event };
    const row = { ...body, prevHash, hash: entryHash(prevHash, body) };
    prevHash = row.hash;
    return row;
  });
  await db.audit.bulkAdd(rows);
}

/** Writes one audit entry in its own transaction (for events with no record write). */
export function logEvent(db: VaultDatabase, actor: Actor, event: AuditEvent, now: number): Promise<void> {
  return db.transaction('rw', db.audit, () => appendAudit(db, actor, event, now));
}

export type ChainCheck = { ok: true; count: number } | { ok: false; count: number; brokenAtSeq: number };

export async function verifyAuditChain(db: VaultDatabase): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let count = 0;
  let broken: number | null = null;
  await db.audit
    .orderBy('seq')
    .until(() => broken !== null)
    .each((row) => {
      if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) {
        broken = row.seq ?? -1;
        return;
      }
      prev = row.hash;
      count += 1;
    });
  return broken === null ? { ok: true, count } : { ok: false, count, brokenAtSeq: broken };
}
