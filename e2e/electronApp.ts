// The Electron specs' one way to find the binary, say why they skip, and start the app: the
// project folder, whose package.json "main" is out/main/index.cjs, with its own userData folder.
// Where the binary is not installed every test is reported as skipped with the reason (it is
// never faked).
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainBundle = path.join(root, 'out', 'main', 'index.cjs');
const binary = findElectronBinary();

/** Why `spec` skips here (printed once), or undefined where the binary is installed. */
export function electronSkipReason(spec: string): string | undefined {
  if (binary.ok) return undefined;
  const reason = `Electron binary not installed on this machine (${binary.reason}); \`npm start\` downloads it where there is internet.`;
  console.log(`${spec} skipped: ${reason}`);
  return reason;
}

/** The app on `userData`, its first window loaded; `switches` go to Chromium (a fake camera, say). */
export async function launchElectron(
  userData: string,
  switches: readonly string[] = [],
): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.ok) throw new Error('no Electron binary');
  if (!existsSync(mainBundle)) throw new Error('out/main/index.cjs is missing: run `npm run build` first');
  const env = { ...process.env, AINET_USER_DATA_DIR: userData } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({ executablePath: binary.path, args: [...switches, root], env });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
