// Finds the Electron executable installed by the `electron` npm package WITHOUT downloading it.
//
// Why not `require('electron')`: in electron@45 its index.js, when the binary is missing,
// spawns install.js to download it (network) before throwing. This helper repeats only the
// offline part of that logic: path.txt names the executable inside node_modules/electron/dist,
// and dist/version must match the package version.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron npm package is not installed' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate)
      ? { ok: true, path: candidate }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no executable at ${candidate}` };
  }
  if (!relative) return { ok: false, reason: `${path.relative(process.cwd(), pathFile)} is missing, so the binary was never downloaded` };
  const binary = path.join(pkgDir, 'dist', relative);
  if (!existsSync(binary)) return { ok: false, reason: `${path.relative(process.cwd(), binary)} does not exist` };
  const { version } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const versionFile = path.join(pkgDir, 'dist', 'version');
  const installed = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : undefined;
  if (installed !== version)
    return { ok: false, reason: `the downloaded binary is ${installed ?? 'of unknown version'}, the package wants ${version}` };
  return { ok: true, path: binary };
}

/** One paragraph, English then Japanese, for people who ran `npm start` without the binary. */
export function missingBinaryMessage(reason) {
  return [
    `The Electron binary is not installed on this machine: ${reason}. npm skipped its download, for example because`,
    'ELECTRON_SKIP_BINARY_DOWNLOAD was set or there was no internet. On a machine with internet access run',
    '`node node_modules/electron/install.js` (or reinstall with `npm ci` without ELECTRON_SKIP_BINARY_DOWNLOAD).',
    'Until then, `npm run start:web` serves the same app in a local browser.',
    'Electron 本体（実行ファイル）がこのマシンにインストールされていません。インターネットに接続できるマシンで',
    '`node node_modules/electron/install.js` を実行するか、ELECTRON_SKIP_BINARY_DOWNLOAD を設定せずに `npm ci` で',
    '再インストールしてください。それまでは `npm run start:web` で同じアプリをローカルのブラウザで使えます。',
  ].join('\n');
}
