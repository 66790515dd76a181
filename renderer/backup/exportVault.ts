// 「バックアップを作成」: the whole vault as one age file. Rows are drawn from IndexedDB a page at a
// time and encrypted as they go; the ciphertext collects in a Blob (Chromium keeps large Blobs
// out of the JS heap), so a 70,000-record vault is never held twice.
import { writeBackupFile, type Lock, type Manifest } from '../../shared/backup';
import { SCHEMA_VERSION, type AuditHeadRow, type VaultDatabase } from '../db/database';
import { logEvent } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';
import { vaultRows } from './rows';

export interface BackupResult {
  blob: Blob;
  manifest: Manifest;
  bytes: number;
}

async function auditHead(db: VaultDatabase): Promise<Pick<AuditHeadRow, 'count' | 'seq' | 'mac'> | null> {
  const h = await db.vaultMeta.get('auditHead');
  return h && h.id === 'auditHead' ? { count: h.count, seq: h.seq, mac: h.mac } : null;
}

/** Parts are folded into the Blob every few MiB: the browser keeps a Blob's bytes outside the JS heap. */
const FOLD_BYTES = 8 * 1024 * 1024;

async function toBlob(stream: ReadableStream<Uint8Array>): Promise<{ blob: Blob; bytes: number }> {
  const type = 'application/octet-stream';
  let blob = new Blob([], { type });
  let parts: BlobPart[] = [];
  let pending = 0;
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    const copy = new Uint8Array(r.value.byteLength);
    copy.set(r.value);
    parts.push(copy);
    pending += copy.byteLength;
    bytes += copy.byteLength;
    if (pending >= FOLD_BYTES) {
      blob = new Blob([blob, ...parts], { type });
      parts = [];
      pending = 0;
    }
  }
  return { blob: new Blob([blob, ...parts], { type }), bytes };
}

/**
 * Writes a backup of the open vault. Every change is logged, so an audit head that moved while
 * the rows were read means a write slipped in between pages: the backup is made again (up to
 * three tries), so the file is one consistent moment. Logs `backup.export` once it is made.
 */
export async function createBackup(
  session: VaultSession,
  lock: Lock,
  appVersion: string,
  now: () => number,
  action: 'backup.export' | 'backup.auto' = 'backup.export',
): Promise<BackupResult> {
  const db = session.db;
  for (let attempt = 0; ; attempt++) {
    const before = await auditHead(db);
    const box: { manifest: Manifest | null } = { manifest: null };
    const stream = await writeBackupFile(
      {
        kind: 'backup',
        app: appVersion,
        schema: SCHEMA_VERSION,
        createdAt: now(),
        source: { vaultKind: session.kind, vaultId: session.vaultId },
      },
      vaultRows(db),
      () => ({ auditHead: before, vaultId: session.vaultId }),
      lock,
      (m) => (box.manifest = m),
    );
    const { blob, bytes } = await toBlob(stream);
    const after = await auditHead(db);
    const done = box.manifest;
    if (done && (JSON.stringify(before) === JSON.stringify(after) || attempt >= 2)) {
      await logEvent(session, { action, table: 'vault', recordId: String(done.total) }, now());
      return { blob, manifest: done, bytes };
    }
  }
}

/** A file name that sorts by time and says what it is: ainet-backup-2026-12-01-2030.age */
export function backupFileName(at: Date): string {
  return stampedFileName('ainet-backup', at);
}

/** `<prefix>-YYYY-MM-DD-HHMM.age`, Tokyo time. */
export function stampedFileName(prefix: string, at: Date): string {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  return `${prefix}-${get('year')}-${get('month')}-${get('day')}-${get('hour')}${get('minute')}.age`;
}
