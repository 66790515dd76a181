// Runs the unit suite (TZ=UTC and TZ=Asia/Tokyo, as `npm run test:unit` does) with the system
// clock moved by Debian's faketime to moments where dates go wrong: the 1st of a month just
// after midnight in Tokyo (still the day before in UTC), the last minute of a fiscal year in
// Tokyo, and 29 February. `--e2e` also builds and runs the Playwright suite at each moment
// (several minutes each, so not part of `npm test`).
//
// faketime's '@' starts the clock at that moment in every process it starts, then lets it run.
import { spawnSync } from 'node:child_process';

const MOMENTS = [
  ['2026-11-30 15:00:30', '2026-12-01 00:00:30 in Tokyo (still 30 November in UTC)'],
  ['2027-03-31 14:59:00', '2027-03-31 23:59 in Tokyo, the last minute of fiscal year 2026'],
  ['2028-02-29 03:00:00', '29 February 2028 (12:00 in Tokyo)'],
];

const e2e = process.argv.includes('--e2e');

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** faketime installed, and really moving the clock of a Node child (LD_PRELOAD can be refused). */
function checkFaketime() {
  const at = MOMENTS[0][0];
  const r = spawnSync('faketime', ['-f', `@${at}`, process.execPath, '-e', 'console.log(Date.now())'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    console.error('faketime is not installed: on Debian, `apt-get install faketime`.');
    process.exit(1);
  }
  const seen = Number(r.stdout.trim());
  const wanted = Date.parse(`${at.replace(' ', 'T')}Z`);
  if (!(Math.abs(seen - wanted) < 60_000)) {
    console.error(`faketime did not move the clock of node (it saw ${new Date(seen).toISOString()}).`);
    process.exit(1);
  }
}

checkFaketime();
if (e2e && run('npm', ['run', 'build']) !== 0) process.exit(1);
const failed = [];
for (const [at, label] of MOMENTS) {
  for (const tz of ['UTC', 'Asia/Tokyo']) {
    console.log(`\n=== unit tests at ${label}, TZ=${tz} ===`);
    if (run('faketime', ['-f', `@${at}`, 'npx', 'vitest', 'run'], { TZ: tz }) !== 0) failed.push(`unit ${at} TZ=${tz}`);
  }
  if (e2e) {
    console.log(`\n=== e2e at ${label} ===`);
    if (run('faketime', ['-f', `@${at}`, 'npx', 'playwright', 'test']) !== 0) failed.push(`e2e ${at}`);
  }
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
console.log(`\nAll green at ${MOMENTS.length} moments.`);
