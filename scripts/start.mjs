// `npm start`: build everything, then run the desktop app with the Electron binary from
// node_modules/electron. Never downloads anything: without the binary it says what to do and
// exits 1 (checked first, so nobody waits for a build that cannot be launched).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingBinaryMessage } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const binary = findElectronBinary();
if (!binary.ok) {
  console.error(missingBinaryMessage(binary.reason));
  process.exit(1);
}

const build = spawnSync('npm run build', { cwd: root, stdio: 'inherit', shell: true });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE would turn the binary into plain Node and skip the app entirely.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary.path, ['.'], { cwd: root, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
