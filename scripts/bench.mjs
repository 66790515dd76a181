// `npm run bench`: key-derivation (Argon2id) and unlock time and search latency with 10,000 fictional persons, measured in
// the system Chromium over the app's own vault, person store and search code (renderer/bench,
// built by vite.bench.config.ts into out/bench). Prints numbers only — it never asserts a
// timing, because the machines it runs on are shared and noisy. Writes bench-results/latest.json.
//
//   npm run bench                       # the default run (about 30 s on 2 cores)
//   npm run bench -- --no-ui            # skip the real UI (built app: unlock → list, typing into the search box)
//   npm run bench -- --repeats=5 --count=10000
//   npm run bench -- --profile-seed     # also a CPU profile of createMany (slows the seed timing)
//
// Chromium runs with a persistent profile in a temporary folder, so IndexedDB is on disk as in
// the desktop app (an incognito context would keep it in memory).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.mjs';
import { serve } from './lib/serve.mjs';

/* global document, HTMLInputElement, MutationObserver, requestAnimationFrame -- used inside page.evaluate */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const num = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  const n = a ? Number(a.split('=')[1]) : dflt;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const opts = {
  count: num('count', 10_000),
  contacts: num('contacts', 6_000),
  repeats: num('repeats', 5),
  createRepeats: num('create-repeats', 5),
  kdfRepeats: num('kdf-repeats', 5),
  searchPasses: num('search-passes', 5),
  ui: !flag('no-ui'),
  profileSeed: flag('profile-seed'),
};
if (flag('help')) {
  console.log(
    'usage: npm run bench -- [--no-ui] [--count=10000] [--contacts=6000] [--repeats=5] [--create-repeats=5] [--kdf-repeats=5] [--search-passes=5] [--profile-seed]',
  );
  process.exit(0);
}

/** Typed one character at a time; kana in three scripts/widths, rare kanji, a space, no match. */
const QUERIES = ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', '𠮷', '髙橋', 'さとう はな', 'すずき　たろう', 'ぱぴぷぺぽ'];
/** The UI path types a shorter list (each keystroke waits for the list to update). */
const UI_QUERIES = ['やまだ', 'ﾔﾏﾀﾞ', '𠮷', 'さとう はな', 'ぱぴぷ'];

/** Must match renderer/bench/bench.ts (the seeded vault's passphrase; fictional data only). */
const BENCH_PASSPHRASE = 'bench-つるみ-passphrase-2026';
const UI_UNLOCK_REPEATS = 3;

// ---------------------------------------------------------------- statistics
function stats(xs) {
  const s = [...xs].filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p95: at(0.95), min: s[0], max: s[s.length - 1] };
}
const fmt = (x, digits = 1) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const mib = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1024 / 1024);

function dirSize(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

// ---------------------------------------------------------------- the run
const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}`);

const executablePath = systemChromium();
if (!executablePath) {
  console.error('npm run bench: no Chromium found. Install the Debian package `chromium` or set CHROMIUM_PATH.');
  process.exit(1);
}

log('building the bench page (vite.bench.config.ts → out/bench)');
await build({ configFile: path.join(root, 'vite.bench.config.ts'), logLevel: 'warn' });
if (opts.ui) {
  // The real app, built by the product config into its own folder so out/renderer is untouched.
  log('building the app for the UI path (vite.config.ts → out/bench-app)');
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true'; // the product config is not the bench's to change
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: path.join(root, 'out/bench-app'), emptyOutDir: true },
  });
}

const server = await serve(path.join(root, 'out'));
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'ainet-bench-'));

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1280, height: 860 },
});

const results = { params: { ...opts, queries: QUERIES } };
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const foreign = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  const cdp = await context.newCDPSession(page);
  const version = await cdp.send('Browser.getVersion');
  const gc = () => cdp.send('HeapProfiler.collectGarbage');

  const benchUrl = `${origin}/bench/bench.html`;
  const openBench = async () => {
    await page.goto(benchUrl);
    await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  };
  const runBench = async (params) => JSON.parse(await page.evaluate((p) => globalThis.runBench(p), params));

  await openBench();
  const info = await runBench({ step: 'info' });
  results.env = {
    date: new Date().toISOString(),
    chromium: version.product,
    userAgent: info.userAgent,
    crossOriginIsolated: info.crossOriginIsolated,
    hardwareConcurrency: info.hardwareConcurrency,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
  };
  log(
    `${version.product}, ${results.env.cpus} CPUs, crossOriginIsolated=${info.crossOriginIsolated}, performance.memory=${info.memoryApi}`,
  );

  log(`key derivation × ${opts.kdfRepeats}: Argon2id 64 MiB t=3 in its worker, the same on the page thread, PBKDF2 600k`);
  results.kdf = await runBench({ step: 'kdf', repeats: opts.kdfRepeats });

  log(`createVault × ${opts.createRepeats} (Argon2id 64 MiB t=3 + wrap)`);
  results.createVault = await runBench({ step: 'createVault', repeats: opts.createRepeats });

  log(`seeding ${opts.count} persons with PersonStore.createMany`);
  const profileOn = async () => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  if (opts.profileSeed) await profileOn();
  results.seed = await runBench({ step: 'seed', count: opts.count });
  if (opts.profileSeed) results.seedProfile = { seedMs: results.seed.seedMs, top: selfTimes((await cdp.send('Profiler.stop')).profile) };
  const idbDir = path.join(profileDir, 'Default', 'IndexedDB');
  results.seed.idbOnDiskBytes = existsSync(idbDir)
    ? readdirSync(idbDir)
        .filter((d) => d.includes(`127.0.0.1_${port}`))
        .reduce((n, d) => n + dirSize(path.join(idbDir, d)), 0)
    : null;

  results.unlock = [];
  for (let r = 0; r < opts.repeats; r++) {
    log(`unlock + load + index, repeat ${r + 1}/${opts.repeats} (fresh page)`);
    await openBench();
    await gc();
    const heapBefore = await runBench({ step: 'heap' });
    const u = { ...(await runBench({ step: 'unlock' })), ...(await runBench({ step: 'load' })) };
    await gc();
    const heapLoaded = await runBench({ step: 'heap' });
    const idx = await runBench({ step: 'buildIndex', repeats: 3 });
    await gc();
    const heapIndexed = await runBench({ step: 'heap' });
    const one = { ...u, indexMs: idx.times, heapBefore, heapLoaded, heapIndexed };
    if (r === opts.repeats - 1) {
      log(`search: ${QUERIES.length} queries typed one character at a time, ${opts.searchPasses} passes`);
      one.search = await runBench({ step: 'search', queries: QUERIES, passes: opts.searchPasses });
      if (opts.ui) one.uiExpected = await runBench({ step: 'expectedCounts', queries: UI_QUERIES });
    }
    await runBench({ step: 'release' });
    await gc();
    one.heapReleased = await runBench({ step: 'heap' });
    results.unlock.push(one);
  }

  log(
    `contact log: ${opts.contacts} entries over 24 months written in bulk, then one month and one fiscal year read ${opts.repeats * 3} times`,
  );
  await openBench();
  await runBench({ step: 'unlock' });
  results.contactLog = await runBench({ step: 'contactLog', count: opts.contacts, repeats: opts.repeats * 3 });
  await runBench({ step: 'release' });

  // One more (uncounted) unlock with the V8 sampling profiler around load(), to show where its time goes.
  log('CPU profile of one more PersonStore.load() (not counted above)');
  await openBench();
  await runBench({ step: 'unlock' });
  await profileOn();
  const profiled = await runBench({ step: 'load' });
  const { profile } = await cdp.send('Profiler.stop');
  await runBench({ step: 'release' });
  results.loadProfile = { loadMs: profiled.loadMs, top: selfTimes(profile) };

  if (opts.ui) {
    log('UI path: the built app (out/bench-app) — unlock through the form, then type into the search box');
    try {
      results.ui = await uiPath(page, `${origin}/bench-app/index.html`, results.unlock.at(-1).uiExpected);
    } catch (e) {
      // The UI changes often; its numbers are a bonus, so a changed label must not sink the run.
      results.uiError = String(e instanceof Error ? e.message : e).split('\n')[0];
      log(`UI path failed (numbers above are unaffected): ${results.uiError}`);
    }
  }
  results.foreignRequests = foreign;
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

/** Self time per function (ms) from a V8 CPU profile, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const file = f?.url ? path.basename(new URL(f.url, 'http://x').pathname) : '';
    const key = f ? `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}` : '?';
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([fn, ms]) => ({ fn, ms, share: ms / all }));
}

async function uiPath(page, url, expected) {
  const unlockToListMs = [];
  for (let r = 0; r < UI_UNLOCK_REPEATS; r++) {
    await page.goto(url);
    await page.getByLabel('パスフレーズ', { exact: true }).fill(BENCH_PASSPHRASE);
    const t0 = Date.now();
    await page.getByRole('button', { name: '解除する' }).click();
    await page
      .getByTestId('person-count')
      .filter({ hasText: `全${opts.count}人` })
      .waitFor({ timeout: 120_000 });
    unlockToListMs.push(Date.now() - t0);
  }
  await page.getByRole('list', { name: '対象者の一覧' }).getByRole('link').first().waitFor();
  await page.waitForTimeout(300);

  // One keystroke at a time: set the box's value the way typing does and time, in the page,
  // until the count text shows the new result and until the next frame after that.
  const steps = [];
  let prev = opts.count;
  UI_QUERIES.forEach((q, i) => {
    if (prev !== opts.count) steps.push({ query: q, prefix: '', matches: opts.count, changes: true, clear: true });
    prev = opts.count;
    for (const { prefix, matches } of expected[i]) {
      steps.push({ query: q, prefix, matches, changes: matches !== prev, clear: false });
      prev = matches;
    }
  });
  const samples = await page.evaluate(async (steps) => {
    const input = document.querySelector('input[type="search"]');
    const countEl = document.querySelector('[data-testid="person-count"]');
    if (!(input instanceof HTMLInputElement) || !countEl) throw new Error('search box or count not found');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const countShows = (n) => new RegExp(`^${n}人`).test(countEl.textContent ?? '');
    const waitCount = (n) =>
      new Promise((resolve, reject) => {
        if (countShows(n)) return resolve();
        const timer = setTimeout(() => (mo.disconnect(), reject(new Error(`count never showed ${n}`))), 10_000);
        const mo = new MutationObserver(() => {
          if (countShows(n)) {
            clearTimeout(timer);
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(countEl, { subtree: true, childList: true, characterData: true });
      });
    const out = [];
    for (const s of steps) {
      await nextFrame();
      const t0 = performance.now();
      setValue.call(input, s.prefix);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const handlerMs = performance.now() - t0;
      if (!s.changes) {
        // The count cannot show when the (deferred) re-render ends; only the frame time is kept.
        await nextFrame();
        out.push({ ...s, handlerMs, countMs: null, frameMs: performance.now() - t0 });
        continue;
      }
      await waitCount(s.matches);
      const countMs = performance.now() - t0;
      await nextFrame();
      out.push({ ...s, handlerMs, countMs, frameMs: performance.now() - t0 });
    }
    return out;
  }, steps);
  return { unlockToListMs, samples };
}

// ---------------------------------------------------------------- report
const U = results.unlock;
const search = U.at(-1).search;
const keystrokes = search.samples.map((s) => s.ms);
const K = results.kdf;
const rows = [
  ['KDF: Argon2id 64 MiB t=3 p=1 (worker)', stats(K.argon2Worker.map((k) => k.ms)), 'ms'],
  ['  longest page-thread block meanwhile', stats(K.argon2Worker.map((k) => k.maxGapMs)), 'ms'],
  ['KDF: same Argon2id on the page thread', stats(K.argon2PageThread.map((k) => k.ms)), 'ms'],
  ['  longest page-thread block meanwhile', stats(K.argon2PageThread.map((k) => k.maxGapMs)), 'ms'],
  ['KDF: PBKDF2-SHA256 600k (old vaults)', stats(K.pbkdf2.map((k) => k.ms)), 'ms'],
  ['createVault (Argon2id + wrap)', stats(results.createVault.times), 'ms'],
  [`seed ${opts.count} persons (createMany)`, stats([results.seed.seedMs]), 'ms'],
  ['unlock: open IndexedDB', stats(U.map((u) => u.openMs)), 'ms'],
  ['unlock: unlockWithPassphrase (Argon2id)', stats(U.map((u) => u.unlockMs)), 'ms'],
  [`unlock: PersonStore.load() (${U[0].loaded})`, stats(U.map((u) => u.loadMs)), 'ms'],
  ['unlock: total (derive + load)', stats(U.map((u) => u.unlockMs + u.loadMs)), 'ms'],
  ['buildSearchIndex (first per page)', stats(U.map((u) => u.indexMs[0])), 'ms'],
  ['buildSearchIndex (warm)', stats(U.flatMap((u) => u.indexMs.slice(1))), 'ms'],
  ['filterPersons per keystroke', stats(keystrokes), 'ms'],
  ['filterPersons, first pass only', stats(search.samples.filter((s) => s.pass === 0).map((s) => s.ms)), 'ms'],
  ['filterPersons, empty query (all)', stats(search.empty), 'ms'],
  [`contact log: bulk write ${results.contactLog.entries}`, stats([results.contactLog.seedMs]), 'ms'],
  [`contact log: one month (${results.contactLog.monthEntries})`, stats(results.contactLog.monthMs), 'ms'],
  [`contact log: fiscal year (${results.contactLog.yearEntries})`, stats(results.contactLog.yearMs), 'ms'],
  ['activity report: count a fiscal year', stats(results.contactLog.reportMs), 'ms'],
];
const heapRows = [
  ['JS heap before unlock', stats(U.map((u) => mib(u.heapBefore?.usedJSHeapSize))), 'MiB'],
  ['JS heap after load()', stats(U.map((u) => mib(u.heapLoaded?.usedJSHeapSize))), 'MiB'],
  [
    '  of which decrypted store',
    stats(U.map((u) => mib(u.heapLoaded && u.heapBefore ? u.heapLoaded.usedJSHeapSize - u.heapBefore.usedJSHeapSize : null))),
    'MiB',
  ],
  [
    '  + search index',
    stats(U.map((u) => mib(u.heapIndexed && u.heapLoaded ? u.heapIndexed.usedJSHeapSize - u.heapLoaded.usedJSHeapSize : null))),
    'MiB',
  ],
  ['JS heap after lock (released)', stats(U.map((u) => mib(u.heapReleased?.usedJSHeapSize))), 'MiB'],
];
const sizeRows = [
  ['IndexedDB usage (storage.estimate)', mib(results.seed.usageAfter), 'MiB'],
  ['IndexedDB folder on disk', mib(results.seed.idbOnDiskBytes), 'MiB'],
];
const uiRows = [];
if (results.ui) {
  const counted = results.ui.samples.filter((s) => s.countMs !== null && !s.clear);
  uiRows.push([`UI: unlock click → list of ${opts.count}`, stats(results.ui.unlockToListMs), 'ms']);
  uiRows.push(['UI: keystroke → input handler done', stats(results.ui.samples.map((s) => s.handlerMs)), 'ms']);
  uiRows.push(['UI: keystroke → count text updated', stats(counted.map((s) => s.countMs)), 'ms']);
  uiRows.push(['UI: keystroke → next frame', stats(counted.map((s) => s.frameMs)), 'ms']);
  uiRows.push(['UI: clear box → all shown again', stats(results.ui.samples.filter((s) => s.clear).map((s) => s.countMs)), 'ms']);
}

results.summary = Object.fromEntries([...rows, ...heapRows, ...uiRows].map(([k, s, unit]) => [k, { ...s, unit }]));
results.summary['IndexedDB usage (storage.estimate) MiB'] = mib(results.seed.usageAfter);
results.summary['IndexedDB folder on disk MiB'] = mib(results.seed.idbOnDiskBytes);

const W = 40;
const line = (label, s, unit) =>
  `${label.padEnd(W)} ${String(s.n).padStart(4)} ${fmt(s.median).padStart(9)} ${fmt(s.p95).padStart(9)} ${fmt(s.max).padStart(9)}  ${unit}`;
console.log('');
console.log(`ainet-records bench — ${results.env.date}`);
console.log(`${results.env.chromium} (${executablePath}), ${results.env.cpus} × ${results.env.cpuModel}, node ${process.version}`);
console.log(
  `${opts.count} fictional persons (demoPersons seed 2026); unlock repeats ${opts.repeats}, each on a freshly loaded page; timer resolution ${results.env.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs'}`,
);
console.log('');
console.log(`${'metric'.padEnd(W)} ${'n'.padStart(4)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
console.log('-'.repeat(W + 36));
for (const r of [...rows, ...heapRows, ...uiRows]) console.log(line(...r));
for (const [label, v, unit] of sizeRows) console.log(`${label.padEnd(W)} ${' '.repeat(4)} ${fmt(v).padStart(9)}  ${unit}`);
console.log('');
console.log('per query (all passes): max ms per keystroke, matches after the last character');
for (const q of QUERIES) {
  const s = search.samples.filter((x) => x.query === q);
  const last = s.filter((x) => x.pass === 0).at(-1);
  console.log(
    `  ${JSON.stringify(q).padEnd(16)} keystrokes ${String([...q].length).padStart(2)}  median ${fmt(stats(s.map((x) => x.ms)).median, 2).padStart(6)}  max ${fmt(stats(s.map((x) => x.ms)).max, 2).padStart(6)}  matches ${last?.matches}`,
  );
}
console.log('');
console.log(
  `where one more load() spent its ${fmt(results.loadProfile.loadMs, 0)} ms (V8 sampling profile, main-thread self time; (idle) = waiting for IndexedDB / WebCrypto threads)`,
);
for (const t of results.loadProfile.top) console.log(`  ${fmt(t.ms, 0).padStart(6)} ms ${fmt(t.share * 100, 0).padStart(3)}%  ${t.fn}`);
if (results.seedProfile) {
  console.log(`\nwhere the profiled seed spent its ${fmt(results.seedProfile.seedMs, 0)} ms (main-thread self time, --profile-seed)`);
  for (const t of results.seedProfile.top) console.log(`  ${fmt(t.ms, 0).padStart(6)} ms ${fmt(t.share * 100, 0).padStart(3)}%  ${t.fn}`);
}
if (results.uiError) console.log(`UI path skipped: ${results.uiError}`);
if (results.foreignRequests.length) console.log(`WARNING: requests left the origin: ${results.foreignRequests.join(', ')}`);

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten: bench-results/latest.json (total ${((Date.now() - started) / 1000).toFixed(0)} s)`);
