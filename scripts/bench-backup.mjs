// `npm run bench` (its backup part): a vault of 10,000 persons and 60,000 contact-log entries
// (70,000 records) made through the app's write path in the system Chromium, then its backup
// made (age scrypt 2^18, as the app writes) and restored into an empty database, as the app does
// both. Prints time, file size and the JS heap's peak; never asserts a timing.
//
//   npm run bench:backup                          # 70,000 records, 3 repeats
//   npm run bench:backup -- --persons=1000 --contacts=4000 --repeats=1
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildBenchPage, launch, openBench, root, startServer } from './lib/bench-page.mjs';

const argv = process.argv.slice(2);
const num = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  const n = a ? Number(a.split('=')[1]) : dflt;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const opts = { persons: num('persons', 10_000), contacts: num('contacts', 60_000), repeats: num('repeats', 3) };
const started = Date.now();
const log = (m) => console.log(`[bench:backup ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${m}`);

log('building the bench page');
await buildBenchPage();
const { server, origin } = await startServer();
const { context, page } = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = { params: opts };
try {
  const run = await openBench(page, origin);
  log(`seeding ${opts.persons} persons and ${opts.contacts} contact-log entries through the write path`);
  results.seed = await run({ step: 'backupSeed', name: 'bench-backup', persons: opts.persons, contacts: opts.contacts });
  results.exports = [];
  results.restores = [];
  for (let i = 0; i < opts.repeats; i++) {
    log(`export ${i + 1}/${opts.repeats}`);
    results.exports.push(await run({ step: 'backupExport', logN: 18 }));
    log(`restore ${i + 1}/${opts.repeats}`);
    results.restores.push(await run({ step: 'backupRestore', name: `bench-restore-${i}` }));
  }
  await run({ step: 'backupRelease' });
} finally {
  await context.close();
  server.close();
}

const ex = results.exports;
const re = results.restores;
const mb = (b) => (b / 1024 / 1024).toFixed(1);
console.log(
  `\nbackup of ${results.seed.records} records (${opts.persons} persons, ${opts.contacts} contacts), ${opts.repeats} runs, median:`,
);
console.log(`  seed through the write path      ${(results.seed.ms / 1000).toFixed(1)} s`);
console.log(
  `  export (dump, seal, age scrypt)  ${(median(ex.map((x) => x.ms)) / 1000).toFixed(2)} s   file ${mb(ex[0].bytes)} MB, ${ex[0].rows} rows`,
);
console.log(`  restore: read, check, stage      ${(median(re.map((x) => x.stageMs)) / 1000).toFixed(2)} s`);
console.log(`  restore: commit (one transaction) ${(median(re.map((x) => x.commitMs)) / 1000).toFixed(2)} s`);
console.log(
  `  JS heap peak above start         export ${median(ex.map((x) => x.heapPeakMiB - x.heapStartMiB)).toFixed(1)} MiB, restore ${median(re.map((x) => x.heapPeakMiB - x.heapStartMiB)).toFixed(1)} MiB (file ${mb(ex[0].bytes)} MB)`,
);
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', 'latest.json');
const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
all.backup = results;
writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
console.log(`written: bench-results/latest.json (backup) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
