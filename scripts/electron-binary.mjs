// The Electron executable of the `electron` npm package: where it is, whether `npm start` may
// fetch it, fetching it, and the one paragraph shown when the desktop app cannot start.
//
// Why the binary can be missing after `npm ci`: electron@45 has no install script. It downloads
// the binary (about 100 MB, from github.com, not from the npm registry) the first time something
// runs `require('electron')` or its install.js. `npm start` therefore runs that install.js itself,
// with a deadline, before building; everything else here only reads files.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @typedef {'no-package' | 'override-missing' | 'not-downloaded' | 'wrong-version'} MissingKind */

/**
 * Finds the executable WITHOUT downloading it. Not `require('electron')`: its index.js, when the
 * binary is missing, starts a download before throwing. This repeats only the offline part:
 * path.txt names the executable inside node_modules/electron/dist, and dist/version must match
 * the package version.
 * @returns {{ ok: true, path: string } | { ok: false, kind: MissingKind, reason: string }}
 */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, kind: 'no-package', reason: 'the electron npm package is not installed' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate)
      ? { ok: true, path: candidate }
      : { ok: false, kind: 'override-missing', reason: `ELECTRON_OVERRIDE_DIST_PATH has no executable at ${candidate}` };
  }
  if (!relative) return { ok: false, kind: 'not-downloaded', reason: 'it was never downloaded' };
  const binary = path.join(pkgDir, 'dist', relative);
  if (!existsSync(binary)) return { ok: false, kind: 'not-downloaded', reason: `${path.relative(process.cwd(), binary)} does not exist` };
  const { version } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const versionFile = path.join(pkgDir, 'dist', 'version');
  const installed = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : undefined;
  if (installed !== version)
    return {
      ok: false,
      kind: 'wrong-version',
      reason: `the downloaded binary is ${installed ?? 'of unknown version'}, the package wants ${version}`,
    };
  return { ok: true, path: binary };
}

/**
 * The Node that Electron's downloader (@electron/get, @electron-internal/extract-zip) declares it
 * needs. It also ran on Node 20.20 here (up to the network), so an older Node is not refused;
 * a failed download then names it as a possible cause.
 */
export const FETCH_MIN_NODE = '22.12.0';

/** How long `npm start` lets the download run: ample for 100 MB on a slow line, never forever. */
export const FETCH_TIMEOUT_MS = 10 * 60_000;

export function nodeAtLeast(version, minimum) {
  const parse = (v) => v.replace(/^v/, '').split('.').map(Number);
  const [a, b] = [parse(version), parse(minimum)];
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * @typedef {'network' | 'npm-ci' | 'override' | 'skip'} Fix  what the person can do about it
 * @typedef {{ action: 'explain', reason: string, reasonJa: string, fix: Fix }} Explain
 */

/**
 * What `npm start` does before building. Pure: it decides from what it is given.
 * - launch: the binary is there.
 * - fetch: it is missing and may be downloaded (then look again).
 * - explain: it is missing and fetching would not help or is not wanted; the reasons say why.
 * @param {{ binary: ReturnType<typeof findElectronBinary>, skipDownload: boolean }} input
 * @returns {{ action: 'launch', path: string } | { action: 'fetch' } | Explain}
 */
export function startPlan({ binary, skipDownload }) {
  if (binary.ok) return { action: 'launch', path: binary.path };
  if (binary.kind === 'no-package')
    return { action: 'explain', reason: binary.reason, reasonJa: 'electron の npm パッケージがインストールされていません', fix: 'npm-ci' };
  if (binary.kind === 'override-missing')
    return {
      action: 'explain',
      reason: binary.reason,
      reasonJa: 'ELECTRON_OVERRIDE_DIST_PATH の場所に Electron 本体がありません',
      fix: 'override',
    };
  if (skipDownload)
    return {
      action: 'explain',
      reason: `the Electron binary is missing (${binary.reason}) and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded`,
      reasonJa: 'Electron 本体がなく、ELECTRON_SKIP_BINARY_DOWNLOAD が設定されているためダウンロードしません',
      fix: 'skip',
    };
  return { action: 'fetch' };
}

/** The explanation when the download was tried and did not give a binary. */
export function fetchFailedExplain(failure, nodeVersion) {
  const oldNode = !nodeAtLeast(nodeVersion, FETCH_MIN_NODE);
  return {
    action: 'explain',
    reason:
      `the Electron binary is missing and ${failure}` +
      (oldNode ? ` (Electron's downloader is made for Node.js ${FETCH_MIN_NODE} or later; this is ${nodeVersion})` : ''),
    reasonJa:
      'Electron 本体がなく、ダウンロードもできませんでした' +
      (oldNode ? `（ダウンロードの部品は Node.js ${FETCH_MIN_NODE} 以降向けです。いまは ${nodeVersion}）` : ''),
    fix: 'network',
  };
}

/**
 * Why a finished download attempt did not give a binary, in a few words: the deadline, the
 * downloader's own error line (its stack is left out), or its exit status.
 * @param {{ timedOut: boolean, code: number | null, signal: string | null, stderr: string, timeoutMs: number }} outcome
 */
export function fetchFailure({ timedOut, code, signal, stderr, timeoutMs }) {
  if (timedOut) {
    const limit = timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : `${Math.round(timeoutMs / 1000)} seconds`;
    return `the download did not finish within ${limit}`;
  }
  const line = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  if (line) return `the download failed: ${line.slice(0, 200)}`;
  return signal ? `the download was stopped (${signal})` : `the download failed (exit code ${code})`;
}

/**
 * Runs electron's own install.js (downloads and unpacks the binary into node_modules/electron).
 * Its stderr is kept for fetchFailure rather than shown: a failed download prints a stack trace.
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function fetchElectronBinary({ timeoutMs = FETCH_TIMEOUT_MS, log = console.log } = {}) {
  const installJs = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [installJs], { stdio: ['ignore', 'inherit', 'pipe'], windowsHide: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    const heartbeat = setInterval(() => log(`  …still downloading (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
    const deadline = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    const finish = (result) => {
      clearInterval(heartbeat);
      clearTimeout(deadline);
      resolve(result);
    };
    child.on('error', (error) => finish({ ok: false, reason: `the downloader could not run: ${error.message}` }));
    child.on('close', (code, signal) =>
      finish(code === 0 && !timedOut ? { ok: true } : { ok: false, reason: fetchFailure({ timedOut, code, signal, stderr, timeoutMs }) }),
    );
  });
}

const FIX = {
  network: [
    'The binary (about 100 MB) comes from github.com, not from the npm registry, so a closed network cannot fetch it: on a machine',
    'with internet access run `npm start` again (it downloads the binary itself), or set ELECTRON_MIRROR to a mirror you can reach.',
  ],
  skip: ['Run `npm start` without ELECTRON_SKIP_BINARY_DOWNLOAD (it then downloads the binary, about 100 MB, from github.com).'],
  'npm-ci': ['Run `npm ci` first, then `npm start`.'],
  override: ['Unset ELECTRON_OVERRIDE_DIST_PATH, or point it at a folder that holds an unpacked Electron.'],
};
const FIX_JA = {
  network: [
    'Electron 本体（約100 MB）は npm のレジストリではなく github.com から取得するため、閉じたネットワークでは取得できません。',
    'インターネットに接続できるマシンでもう一度 `npm start` を実行するか（本体を自動で取得します）、ELECTRON_MIRROR に接続できるミラーを設定してください。',
  ],
  skip: ['ELECTRON_SKIP_BINARY_DOWNLOAD を設定せずに `npm start` を実行してください（本体 約100 MB を github.com から取得します）。'],
  'npm-ci': ['先に `npm ci` を実行してから `npm start` を実行してください。'],
  override: ['ELECTRON_OVERRIDE_DIST_PATH を外すか、展開済みの Electron があるフォルダを指定してください。'],
};

/**
 * One paragraph, English then Japanese, for people whose `npm start` cannot launch the app.
 * @param {Explain} explain
 */
export function cannotStartMessage({ reason, reasonJa, fix }) {
  return [
    `The desktop app cannot start: ${reason}.`,
    ...FIX[fix],
    'Until then `npm run start:web` serves the same app in a local browser.',
    `デスクトップアプリを起動できません：${reasonJa}。`,
    ...FIX_JA[fix],
    'それまでは `npm run start:web` で同じアプリをローカルのブラウザで使えます。',
  ].join('\n');
}
