// Benchmark page (npm run bench): drives the app's own vault, person store and search code in
// real Chromium, over the real IndexedDB and WebCrypto. Built by vite.bench.config.ts into
// out/bench, never into the product build. Only fictional data (demoPersons) is used.
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { demoPersons } from '../../shared/domain/demoData';
import { VaultDatabase } from '../db/database';
import { logEvent, type Actor } from '../audit/auditLog';
import { createVault, unlockWithPassphrase } from '../vault/keystore';
import { ARGON2ID_DEFAULT, deriveKeyFromPassphrase, randomBytes, type Argon2idParams, type KdfParams } from '../vault/crypto';
import { deriveArgon2idBytes } from '../vault/kdf.worker';
import { VaultSession } from '../vault/session';
import { profileSchema, type UserProfile } from '../vault/secrets';
import { writeSingleton } from '../records/singletons';
import { PersonStore } from '../records/personStore';
import { buildSearchIndex, filterPersons, type SearchEntry } from '../features/persons';
import { addContactsInBulk, contactsBetween } from '../features/contactLog';
import { sampleContactLog } from '../../shared/contactLog/sampleLog';
import { fiscalYearReport } from '../../shared/contactLog/report';
import { benchExport, benchRestore, lastBackupBase64, releaseBackupBench, seedBackupVault } from './backupBench';
import {
  districtBackup,
  districtExpected,
  districtLists,
  districtLog,
  districtLogBreakdown,
  districtNaiveSearch,
  districtPdf,
  districtPerson,
  districtRawFloor,
  districtRelease,
  districtRestore,
  districtSearch,
  districtSeed,
  districtUnlock,
} from './districtBench';

export const BENCH_PASSPHRASE = 'bench-つるみ-passphrase-2026';
/** The app's main vault name, so the real UI (served from the same origin) can open the seeded vault. */
const SEEDED_DB = 'ainet-records';
const NOW = Date.UTC(2026, 3, 1, 0, 0, 0);

export type BenchParams =
  | { step: 'info' }
  | { step: 'createVault'; repeats: number }
  | { step: 'kdf'; repeats: number }
  | { step: 'seed'; count: number }
  | { step: 'unlock' }
  | { step: 'load' }
  | { step: 'buildIndex'; repeats: number }
  | { step: 'search'; queries: string[]; passes: number }
  | { step: 'expectedCounts'; queries: string[] }
  | { step: 'contactLog'; count: number; repeats: number }
  | { step: 'heap' }
  | { step: 'backupSeed'; name: string; persons: number; contacts: number }
  | { step: 'backupExport'; logN: number }
  | { step: 'backupRestore'; name: string }
  | { step: 'backupFile' }
  | { step: 'backupRelease' }
  | { step: 'districtSeed'; scale: number }
  | { step: 'districtRawFloor' }
  | { step: 'districtUnlock'; focus: string }
  | { step: 'districtSearch'; queries: { label: string; text: string }[]; passes: number }
  | { step: 'districtNaive'; queries: string[] }
  | { step: 'districtExpected'; queries: string[] }
  | { step: 'districtPerson'; repeats: number }
  | { step: 'districtLog'; repeats: number }
  | { step: 'districtLogBreakdown' }
  | { step: 'districtLists'; repeats: number }
  | { step: 'districtPdf'; repeats: number; fontBase: string }
  | { step: 'districtBackup'; logN: number }
  | { step: 'districtRestore' }
  | { step: 'districtRelease' }
  | { step: 'release' };

interface Held {
  db?: VaultDatabase;
  session?: VaultSession;
  store?: PersonStore;
  index?: SearchEntry[];
}
// Held on the page so the decrypted records stay reachable while the heap is measured.
const held: Held = {};

const ms = (t0: number) => performance.now() - t0;

function heap(): { usedJSHeapSize: number; totalJSHeapSize: number } | null {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number; totalJSHeapSize: number } }).memory;
  return m ? { usedJSHeapSize: m.usedJSHeapSize, totalJSHeapSize: m.totalJSHeapSize } : null;
}

/**
 * Runs `work` while a 4 ms timer ticks on the page's thread; the longest gap between ticks is
 * how long the page could not paint or take input meanwhile.
 */
async function withGapProbe(work: () => Promise<unknown>): Promise<{ ms: number; maxGapMs: number }> {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 4);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const end = performance.now();
  return { ms: end - t0, maxGapMs: Math.max(maxGap, end - last) };
}

async function deleteDb(name: string): Promise<void> {
  const db = new VaultDatabase(name);
  await db.delete();
}

/** Every prefix a user produces typing `q` one character (code point) at a time. */
function prefixes(q: string): string[] {
  const chars = [...q];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

const filterFor = (query: string) => ({ query, districtId: '', status: '', trashed: false });

async function run(p: BenchParams): Promise<unknown> {
  switch (p.step) {
    case 'info':
      return {
        userAgent: navigator.userAgent,
        crossOriginIsolated: globalThis.crossOriginIsolated,
        hardwareConcurrency: navigator.hardwareConcurrency,
        memoryApi: heap() !== null,
      };

    case 'createVault': {
      const times: number[] = [];
      for (let i = 0; i < p.repeats; i++) {
        const name = `ainet-bench-create-${i}`;
        await deleteDb(name);
        const db = new VaultDatabase(name);
        await db.open();
        const t0 = performance.now();
        await createVault(db, BENCH_PASSPHRASE, NOW);
        times.push(ms(t0));
        db.close();
        await deleteDb(name);
      }
      return { times };
    }

    case 'kdf': {
      // The passphrase KDF alone, as unlock runs it: Argon2id in its worker (product), the same
      // Argon2id on the page's own thread (what the worker spares the UI), and the PBKDF2 that
      // vaults made before Argon2id still carry until their next unlock.
      const argon2: Argon2idParams = { alg: 'argon2id', ...ARGON2ID_DEFAULT, salt: randomBytes(16) };
      const pbkdf2: KdfParams = { alg: 'PBKDF2-SHA256', iterations: 600_000, salt: randomBytes(16) };
      type Probe = { ms: number; maxGapMs: number };
      const out: { argon2Worker: Probe[]; argon2PageThread: Probe[]; pbkdf2: Probe[] } = {
        argon2Worker: [],
        argon2PageThread: [],
        pbkdf2: [],
      };
      for (let i = 0; i < p.repeats; i++) {
        out.argon2Worker.push(await withGapProbe(() => deriveKeyFromPassphrase(BENCH_PASSPHRASE, argon2)));
        out.argon2PageThread.push(await withGapProbe(() => deriveArgon2idBytes(new TextEncoder().encode(BENCH_PASSPHRASE), argon2)));
        out.pbkdf2.push(await withGapProbe(() => deriveKeyFromPassphrase(BENCH_PASSPHRASE, pbkdf2)));
      }
      return out;
    }

    case 'seed': {
      await deleteDb(SEEDED_DB);
      const before = await navigator.storage.estimate();
      const db = new VaultDatabase(SEEDED_DB);
      await db.open();
      const { keys } = await createVault(db, BENCH_PASSPHRASE, NOW);
      const profile: UserProfile = { id: crypto.randomUUID(), name: 'ベンチ 利用者', role: 'care-plaza', districtId: 'd01' };
      const actor: Actor = { id: profile.id, role: profile.role, name: profile.name };
      const session = await VaultSession.open(db, 'main', keys, actor);
      await logEvent(session, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, NOW);
      await writeSingleton(session, 'secrets', 'profile', profileSchema, profile, 0, 'profile.update', NOW);
      const inputs = demoPersons(
        p.count,
        DEFAULT_DISTRICTS.map((d) => d.id),
        2026,
      );
      const store = new PersonStore(session);
      const t0 = performance.now();
      const created = await store.createMany(inputs, NOW);
      const seedMs = ms(t0);
      const after = await navigator.storage.estimate();
      session.close();
      db.close();
      return { created, seedMs, usageBefore: before.usage ?? null, usageAfter: after.usage ?? null, personRows: p.count };
    }

    case 'unlock': {
      const db = new VaultDatabase(SEEDED_DB);
      const tOpen = performance.now();
      await db.open();
      const openMs = ms(tOpen);
      const t0 = performance.now();
      const keys = await unlockWithPassphrase(db, BENCH_PASSPHRASE, Date.now());
      const unlockMs = ms(t0);
      Object.assign(held, { db, session: await VaultSession.open(db, 'main', keys, { id: 'bench', role: 'care-plaza', name: 'ベンチ' }) });
      return { openMs, unlockMs };
    }

    case 'load': {
      if (!held.session) throw new Error('unlock first');
      const store = new PersonStore(held.session);
      const t0 = performance.now();
      const { loaded, corrupt } = await store.load();
      const loadMs = ms(t0);
      held.store = store;
      return { loadMs, loaded, corrupt: corrupt.length };
    }

    case 'buildIndex': {
      if (!held.store) throw new Error('load first');
      const snapshot = held.store.getSnapshot();
      const times: number[] = [];
      let index: SearchEntry[] = [];
      for (let i = 0; i < p.repeats; i++) {
        const t0 = performance.now();
        index = buildSearchIndex(snapshot);
        times.push(ms(t0));
      }
      held.index = index;
      return { times, entries: index.length };
    }

    case 'search': {
      const index = held.index;
      if (!index) throw new Error('buildIndex first');
      const samples: { pass: number; query: string; prefix: string; ms: number; matches: number }[] = [];
      const empty: number[] = [];
      for (let pass = 0; pass < p.passes; pass++) {
        for (const q of p.queries) {
          for (const prefix of prefixes(q)) {
            const t0 = performance.now();
            const out = filterPersons(index, filterFor(prefix));
            samples.push({ pass, query: q, prefix, ms: ms(t0), matches: out.length });
          }
        }
        // Clearing the box shows everyone again.
        const t0 = performance.now();
        filterPersons(index, filterFor(''));
        empty.push(ms(t0));
      }
      return { samples, empty };
    }

    case 'expectedCounts': {
      const index = held.index;
      if (!index) throw new Error('buildIndex first');
      return p.queries.map((q) => prefixes(q).map((prefix) => ({ prefix, matches: filterPersons(index, filterFor(prefix)).length })));
    }

    case 'contactLog': {
      // A commissioner's log over two fiscal years, written in bulk, then the two reads the
      // screens make: one month of the log, and a fiscal year for the activity report.
      const session = held.session;
      if (!session) throw new Error('unlock first');
      const log = sampleContactLog({
        seed: 11,
        from: '2025-04-01',
        months: 24,
        count: p.count,
        commissioners: [{ id: 'bench', name: 'ベンチ 委員' }],
      }).map((c) => ({ ...c, followUp: { needed: false, task: '', due: '' } }));
      const t0 = performance.now();
      await addContactsInBulk(session, log, NOW);
      const seedMs = ms(t0);
      const month: number[] = [];
      const year: number[] = [];
      const count: number[] = [];
      let monthEntries = 0;
      let yearEntries = 0;
      for (let i = 0; i < p.repeats; i++) {
        const t1 = performance.now();
        monthEntries = (await contactsBetween(session, '2026-10-01', '2026-10-31')).items.length;
        month.push(ms(t1));
        const t2 = performance.now();
        const fy = await contactsBetween(session, '2026-04-01', '2027-03-31');
        year.push(ms(t2));
        yearEntries = fy.items.length;
        const t3 = performance.now();
        fiscalYearReport(fy.items, { recordedBy: 'bench', fiscalYear: 2026 });
        count.push(ms(t3));
      }
      return { seedMs, entries: log.length, monthEntries, yearEntries, monthMs: month, yearMs: year, reportMs: count };
    }

    case 'heap':
      return heap();

    case 'backupSeed':
      return seedBackupVault(p.name, p.persons, p.contacts);
    case 'backupExport':
      return benchExport(p.logN);
    case 'backupRestore':
      return benchRestore(p.name);
    case 'backupFile':
      return lastBackupBase64();
    case 'backupRelease':
      releaseBackupBench();
      return null;

    case 'districtSeed':
      return districtSeed(p.scale, BENCH_PASSPHRASE);
    case 'districtRawFloor':
      return districtRawFloor();
    case 'districtUnlock':
      return districtUnlock(BENCH_PASSPHRASE, p.focus);
    case 'districtSearch':
      return districtSearch(p.queries, p.passes);
    case 'districtNaive':
      return districtNaiveSearch(p.queries);
    case 'districtExpected':
      return districtExpected(p.queries);
    case 'districtPerson':
      return districtPerson(p.repeats);
    case 'districtLog':
      return districtLog(p.repeats);
    case 'districtLists':
      return districtLists(p.repeats);
    case 'districtLogBreakdown':
      return districtLogBreakdown();
    case 'districtPdf':
      return districtPdf(p.repeats, p.fontBase);
    case 'districtBackup':
      return districtBackup(p.logN);
    case 'districtRestore':
      return districtRestore();
    case 'districtRelease':
      districtRelease();
      return null;

    case 'release':
      held.session?.close();
      held.store?.clear();
      held.db?.close();
      delete held.index;
      delete held.store;
      delete held.session;
      delete held.db;
      return null;
  }
}

declare global {
  interface Window {
    runBench: (params: BenchParams) => Promise<string>;
  }
}

window.runBench = async (params) => JSON.stringify(await run(params));
const status = document.getElementById('status');
if (status) status.dataset.ready = 'true';
