// Benchmark page (npm run bench, the crash trials): drives the app's own vault, records and
// repositories in real Chromium, over the real IndexedDB and WebCrypto. Built by
// vite.bench.config.ts into out/bench, never into the product build. Only fictional data is used.
import { ARGON2ID_DEFAULT, deriveKeyFromPassphrase, randomBytes, type Argon2idParams, type KdfParams } from '../vault/crypto';
import { teamCatchUp, teamEdits, teamFirstPush, teamJoin, type TeamBenchKeys } from './teamBench';
import { deriveArgon2idBytes } from '../vault/kdf.worker';
import { benchExport, benchRestore, lastBackupBase64, releaseBackupBench, seedBackupVault } from './backupBench';
import {
  districtBackup,
  districtExpected,
  districtLists,
  districtReach,
  districtDashboard,
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

export type BenchParams =
  | { step: 'info' }
  | { step: 'kdf'; repeats: number }
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
  | { step: 'districtReach'; repeats: number }
  | { step: 'districtDashboard'; repeats: number }
  | { step: 'districtPdf'; repeats: number; fontBase: string }
  | { step: 'districtBackup'; logN: number }
  | { step: 'districtRestore' }
  | { step: 'districtRelease' }
  | { step: 'teamFirstPush'; team: TeamBenchKeys }
  | { step: 'teamJoin'; team: TeamBenchKeys }
  | { step: 'teamEdits'; n: number; team: TeamBenchKeys }
  | { step: 'teamCatchUp'; team: TeamBenchKeys };

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

async function run(p: BenchParams): Promise<unknown> {
  switch (p.step) {
    case 'info':
      return {
        userAgent: navigator.userAgent,
        crossOriginIsolated: globalThis.crossOriginIsolated,
        hardwareConcurrency: navigator.hardwareConcurrency,
        memoryApi: heap() !== null,
      };

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
    case 'districtReach':
      return districtReach(p.repeats);
    case 'districtDashboard':
      return districtDashboard(p.repeats);
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
    case 'teamFirstPush':
      return teamFirstPush(p.team);
    case 'teamJoin':
      return teamJoin(p.team);
    case 'teamEdits':
      return teamEdits(p.n, p.team);
    case 'teamCatchUp':
      return teamCatchUp(p.team);
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
