// The desktop shell itself, driven through Playwright's Electron support: hardened page, CSP,
// no window.open, no leaving app://bundle, and a bridge that is exactly DesktopApi.
// Needs the Electron binary; where it is not installed every test is reported as skipped with
// the reason (it is never faked).
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDERER_CSP } from '../shared/csp';
import { BRIDGE_GLOBAL, CHANNELS } from '../shared/ipc/channels';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainBundle = path.join(root, 'out', 'main', 'index.cjs');
const binary = findElectronBinary();
const skipReason = binary.ok
  ? undefined
  : `Electron binary not installed on this machine (${binary.reason}); install it with \`node node_modules/electron/install.js\` where there is internet.`;
if (skipReason) console.log(`e2e/electron.spec.ts skipped: ${skipReason}`);

test.describe('Electron shell', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!binary.ok) return;
    if (!existsSync(mainBundle)) throw new Error('out/main/index.cjs is missing: run `npm run build` first');
    userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-e2e-'));
    const env = { ...process.env, AINET_USER_DATA_DIR: userData } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    // The project folder: Electron reads package.json and runs its "main", out/main/index.cjs.
    app = await electron.launch({ executablePath: binary.path, args: [root], env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('loads the bundle from app://bundle', async () => {
    expect(page.url()).toBe('app://bundle/index.html');
  });

  test('sends the CSP header and carries the CSP meta tag', async () => {
    const header = await page.evaluate(async () => (await fetch('app://bundle/index.html')).headers.get('content-security-policy'));
    expect(header).toBe(RENDERER_CSP);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(RENDERER_CSP);
  });

  test('gives the page no Node', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('refuses window.open', async () => {
    const opened = await page.evaluate(() => window.open('app://bundle/index.html') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses navigation to another origin', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://bundle/index.html');
  });

  test('makes no network request', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
  });

  test('exposes exactly the DesktopApi methods on the bridge', async () => {
    const shape = await page.evaluate((name) => {
      const api = (window as unknown as Record<string, Record<string, unknown>>)[name] ?? {};
      return Object.keys(api)
        .sort()
        .map((key) => `${key}:${typeof api[key]}`);
    }, BRIDGE_GLOBAL);
    expect(shape).toEqual(
      Object.keys(CHANNELS)
        .sort()
        .map((key) => `${key}:function`),
    );
  });

  test('answers appVersion and refuses a bad payload', async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const result = await page.evaluate(async (name) => {
      type Bridge = { appVersion(): Promise<string>; saveFile(r: unknown): Promise<unknown> };
      const api = (window as unknown as Record<string, Bridge | undefined>)[name];
      if (!api) throw new Error('no bridge');
      const bad = await api.saveFile({ suggestedName: '../x.pdf', bytes: new Uint8Array(1), filters: [] }).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
      return { version: await api.appVersion(), bad };
    }, BRIDGE_GLOBAL);
    expect(result.version).toBe(version);
    expect(result.bad).toContain('ValidationFailed');
  });
});
