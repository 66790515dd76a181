// Backup figures for `npm run bench` and the crash trials: a vault of N fictional records made
// through the app's write path, its backup made and restored as the app does it, with time and
// the JS heap's peak sampled while each runs. Fictional data only.
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { demoPersons } from '../../shared/domain/demoData';
import { sampleContactLog } from '../../shared/contactLog/sampleLog';
import { toBase64 } from '../../shared/backup';
import { VaultDatabase } from '../db/database';
import { createVault } from '../vault/keystore';
import { ARGON2ID_MIN } from '../vault/kdf';
import { VaultSession } from '../vault/session';
import { writeSingleton } from '../records/singletons';
import { PersonStore } from '../records/personStore';
import { profileSchema } from '../vault/secrets';
import { createBackup } from '../backup/exportVault';
import { commitRestore, stageBackup } from '../backup/restore';
import { addContactsInBulk } from '../features/contactLog';

export const BACKUP_BENCH_PASSPHRASE = 'bench-backup-つるみ-2026';
/** The vault's own passphrase (a restored copy opens with it). */
export const BACKUP_BENCH_VAULT_PASSPHRASE = 'bench-vault-つるみ-2026';
const NOW = Date.UTC(2026, 3, 1, 0, 0, 0);

interface Held {
  session?: VaultSession;
  blob?: Blob;
}
const held: Held = {};

function usedHeap(): number | null {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return m ? m.usedJSHeapSize : null;
}

/** Runs `work`, sampling the used JS heap every 20 ms; the peak above the start is what it cost. */
export async function measured<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; heapStartMiB: number | null; heapPeakMiB: number | null }> {
  // With --js-flags=--expose-gc (the bench launches Chromium so): start from a collected heap.
  (globalThis as { gc?: () => void }).gc?.();
  const start = usedHeap();
  let peak = start ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, usedHeap() ?? 0);
  }, 20);
  const t0 = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, usedHeap() ?? 0);
    const mib = (b: number | null) => (b === null ? null : b / 1024 / 1024);
    return { value, ms: performance.now() - t0, heapStartMiB: mib(start), heapPeakMiB: start === null ? null : mib(peak) };
  } finally {
    clearInterval(timer);
  }
}

/** A vault of `persons` persons and `contacts` contact-log entries, in database `name`. */
export async function seedBackupVault(name: string, persons: number, contacts: number): Promise<{ ms: number; records: number }> {
  const t0 = performance.now();
  await new VaultDatabase(name).delete();
  const db = new VaultDatabase(name);
  const { keys } = await createVault(db, BACKUP_BENCH_VAULT_PASSPHRASE, NOW, ARGON2ID_MIN);
  const session = await VaultSession.open(db, 'main', keys, { id: 'bench', role: 'commissioner', name: 'ベンチ 委員' });
  await writeSingleton(
    session,
    'secrets',
    'profile',
    profileSchema,
    { id: 'bench', name: 'ベンチ 委員', role: 'commissioner', districtId: 'd01' },
    0,
    'profile.update',
    NOW,
  );
  const store = new PersonStore(session);
  const districts = DEFAULT_DISTRICTS.slice(0, 6).map((d) => d.id);
  for (let i = 0; i < persons; i += 2000) {
    await store.createMany(demoPersons(Math.min(2000, persons - i), districts, 1000 + i, '2026-04-01'), NOW);
  }
  const ids = store.getSnapshot().map((p) => p.id);
  const log = sampleContactLog({
    seed: 5,
    from: '2024-04-01',
    months: 36,
    count: contacts,
    commissioners: [{ id: 'bench', name: 'ベンチ 委員' }],
  });
  for (let i = 0; i < log.length; i += 5000) {
    const slice = log
      .slice(i, i + 5000)
      .map((c, j) => ({ ...c, personId: ids[(i + j) % ids.length] ?? '', followUp: { needed: false, task: '', due: '' } }));
    await addContactsInBulk(session, slice, NOW);
  }
  held.session = session;
  return { ms: performance.now() - t0, records: persons + contacts };
}

export async function benchExport(logN: number) {
  const session = held.session;
  if (!session) throw new Error('seed first');
  const r = await measured(() => createBackup(session, { passphrase: BACKUP_BENCH_PASSPHRASE, logN }, 'bench', () => NOW));
  held.blob = r.value.blob;
  return { ms: r.ms, bytes: r.value.bytes, rows: r.value.manifest.total, heapStartMiB: r.heapStartMiB, heapPeakMiB: r.heapPeakMiB };
}

export async function benchRestore(name: string) {
  const blob = held.blob;
  if (!blob) throw new Error('export first');
  await new VaultDatabase(name).delete();
  const db = new VaultDatabase(name);
  await db.open();
  const staged = await measured(() => stageBackup(db, blob, { passphrase: BACKUP_BENCH_PASSPHRASE }));
  const committed = await measured(() => commitRestore(db, staged.value.batch));
  db.close();
  await new VaultDatabase(name).delete();
  return {
    stageMs: staged.ms,
    commitMs: committed.ms,
    rows: committed.value,
    heapStartMiB: staged.heapStartMiB,
    heapPeakMiB: Math.max(staged.heapPeakMiB ?? 0, committed.heapPeakMiB ?? 0),
  };
}

/** The last backup made, as base64 (the crash trials restore it through the real UI). */
export async function lastBackupBase64(): Promise<string> {
  const blob = held.blob;
  if (!blob) throw new Error('export first');
  return toBase64(new Uint8Array(await blob.arrayBuffer()));
}

export function releaseBackupBench(): void {
  held.session?.close();
  held.session?.db.close();
  delete held.session;
  delete held.blob;
}
