// `npm start`: make sure the Electron binary is there (electron@45 has no install script, so
// `npm ci` never fetches it: this runs electron's own install.js, with a deadline), build
// everything, then run the desktop app. Checked before the build, so nobody waits for a build
// that cannot be launched. Where the binary cannot be had it says why in one paragraph (English
// and Japanese) and exits 1.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cannotStartMessage, fetchElectronBinary, fetchFailedExplain, findElectronBinary, startPlan } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function giveUp(explain) {
  console.error(cannotStartMessage(explain));
  process.exit(1);
}

const inputs = () => ({ binary: findElectronBinary(), skipDownload: Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) });

let plan = startPlan(inputs());
if (plan.action === 'fetch') {
  console.log('Downloading the Electron binary (about 100 MB, once); this can take a few minutes…');
  const fetched = await fetchElectronBinary();
  if (!fetched.ok) giveUp(fetchFailedExplain(fetched.reason, process.version));
  plan = startPlan(inputs());
  // Downloaded, yet still not where it should be: say what is wrong rather than loop.
  if (plan.action === 'fetch') giveUp(fetchFailedExplain('the downloaded binary was not found afterwards', process.version));
}
if (plan.action === 'explain') giveUp(plan);

const build = spawnSync('npm run build', { cwd: root, stdio: 'inherit', shell: true });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE would turn the binary into plain Node and skip the app entirely.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(plan.path, ['.'], { cwd: root, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
