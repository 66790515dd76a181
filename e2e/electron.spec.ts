// The desktop shell itself, driven through Playwright's Electron support: hardened page, CSP,
// no window.open, no leaving app://bundle, a bridge that is exactly DesktopApi and answers every
// call with a coded result, a failed save worded by its code, 印刷 from memory, and erasing the
// device (main's own files included).
// Two Electron functions are replaced in main for a test, never the bridge: the OS save dialog
// (to pick a place that cannot be written) and webContents.print (CI has no printer or dialog;
// the replacement records the call and renders what the print window holds with printToPDF).
// Needs the Electron binary; where it is not installed every test is reported as skipped with
// the reason (it is never faked).
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RENDERER_CSP } from '../shared/csp';
import { BRIDGE_GLOBAL, CHANNELS } from '../shared/ipc/channels';
import { electronSkipReason, launchElectron, root } from './electronApp';
import { PASSPHRASE } from './fixtures';

const skipReason = electronSkipReason('e2e/electron.spec.ts');

test.describe('Electron shell', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (skipReason) return;
    userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-e2e-'));
    ({ app, page } = await launchElectron(userData, ['--use-fake-device-for-media-stream']));
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

  test('gives the camera, video only, only while the page has asked main for it; never the microphone or notifications', async () => {
    const ask = (constraints: MediaStreamConstraints) =>
      page.evaluate(
        (c) =>
          navigator.mediaDevices.getUserMedia(c).then(
            (s) => {
              const kinds = s.getTracks().map((t) => t.kind);
              for (const t of s.getTracks()) t.stop();
              return kinds.join(',');
            },
            (e: unknown) => (e instanceof DOMException ? e.name : 'error'),
          ),
        constraints,
      );
    const camera = (on: boolean) =>
      page.evaluate(
        async ([name, value]) => {
          const bridge = (window as unknown as Record<string, { camera(r: { on: boolean }): Promise<{ ok: boolean }> }>)[name as string];
          return bridge ? (await bridge.camera({ on: value as boolean })).ok : false;
        },
        [BRIDGE_GLOBAL, on] as const,
      );
    // Before the camera panel asks: refused (the fake camera exists: --use-fake-device-for-media-stream).
    expect(await ask({ video: true })).toBe('NotAllowedError');
    expect(await camera(true)).toBe(true);
    expect(await ask({ video: true })).toBe('video');
    expect(await ask({ audio: true })).toBe('NotAllowedError');
    expect(await ask({ audio: true, video: true })).toBe('NotAllowedError');
    expect(await camera(false)).toBe(true);
    expect(await ask({ video: true })).toBe('NotAllowedError');
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
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

  test('answers appVersion as a result, and a refused payload as its code rather than an error', async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const result = await page.evaluate(async (name) => {
      type Bridge = { appVersion(): Promise<unknown>; saveFile(r: unknown): Promise<unknown>; printPdf(r: unknown): Promise<unknown> };
      const api = (window as unknown as Record<string, Bridge | undefined>)[name];
      if (!api) throw new Error('no bridge');
      const settle = (p: Promise<unknown>) =>
        p.then(
          (value) => ({ resolved: value }),
          (e: Error) => ({ rejected: e.message }),
        );
      return {
        version: await settle(api.appVersion()),
        badName: await settle(api.saveFile({ suggestedName: '../x.pdf', bytes: new Uint8Array(1), filters: [] })),
        notPdf: await settle(api.printPdf({ bytes: new TextEncoder().encode('<html></html>') })),
      };
    }, BRIDGE_GLOBAL);
    expect(result.version).toEqual({ resolved: { ok: true, value: version } });
    expect(result.badName).toEqual({ resolved: { ok: false, code: 'ValidationFailed' } });
    expect(result.notPdf).toEqual({ resolved: { ok: false, code: 'ValidationFailed' } });
  });

  test('a save that fails in main reaches the page as its code, worded', async () => {
    await createVaultInApp(page);
    // The person "chooses" a folder as the file: writing fails in main (EISDIR or EPERM).
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-folder-'));
    try {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, folder);
      await page.evaluate(() => {
        window.location.hash = '#/templates';
      });
      const print = page.getByRole('button', { name: /^白紙を印刷（標準）\s*：エンディングノート（標準）$/ });
      await print.locator('xpath=following-sibling::button[contains(@class, "save-pdf")][1]').click();
      await page.getByRole('dialog', { name: 'PDFで保存する前に' }).getByRole('button', { name: '保存する' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('選んだ場所にファイルを保存できませんでした。');
      await expect(alert).toContainText('FileNotWritable');
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('印刷 shows the PDF from memory in a hidden window and hands it to webContents.print', async () => {
    await createVaultInApp(page);
    await app.evaluate(({ webContents }) => {
      const g = globalThis as unknown as { printed: { url: string; pdf: string }[] };
      g.printed = [];
      const proto = Object.getPrototypeOf(webContents.getAllWebContents()[0]) as Electron.WebContents;
      proto.print = function (this: Electron.WebContents, _options, callback) {
        const url = this.getURL().slice(0, 40);
        void this.printToPDF({}).then((pdf) => {
          g.printed.push({ url, pdf: pdf.toString('base64') });
          callback?.(true, '');
        });
      };
    });
    await page.evaluate(() => {
      window.location.hash = '#/templates';
    });
    await page.getByRole('button', { name: /^白紙を印刷（標準）\s*：エンディングノート（標準）$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: '印刷に送りました。' })).toBeVisible();
    const printed = await app.evaluate(() => (globalThis as unknown as { printed: { url: string; pdf: string }[] }).printed);
    expect(printed).toHaveLength(1);
    expect(printed[0]?.url.startsWith('data:application/pdf;base64,')).toBe(true);
    const out = path.join(root, 'test-results', 'pdf');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, 'electron-printed.pdf');
    writeFileSync(file, Buffer.from(printed[0]?.pdf ?? '', 'base64'));
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toContain('法的な効力はありません');
    // The print window is gone again, and nothing was saved in the app's folder.
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(listFiles(userData).filter((f) => f.toLowerCase().endsWith('.pdf'))).toEqual([]);
  });

  // Last: it erases the vault the tests above share.
  test('この端末からすべて消去 removes the automatic backups, the vault state and the databases, then starts afresh', async () => {
    await createVaultInApp(page);
    mkdirSync(path.join(userData, 'backups'), { recursive: true });
    writeFileSync(path.join(userData, 'backups', 'auto-2026-12-01.ainet'), 'sealed backup');
    writeFileSync(path.join(userData, 'vault-state.json'), '{}');
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const zone = page.getByRole('region', { name: 'この端末からすべて消去' });
    await zone.getByLabel('確認のため「すべて消去」と入力してください').fill('すべて消去');
    await zone.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
    await zone.getByRole('button', { name: 'この端末からすべて消去する' }).click();
    await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
    expect(existsSync(path.join(userData, 'backups'))).toBe(false);
    expect(existsSync(path.join(userData, 'vault-state.json'))).toBe(false);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(page.url()).toBe('app://bundle/index.html');
  });
});

/** Every file under `dir`, recursively. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** First run through the UI (the app opens on its own page; there is no URL to go to), once. */
async function createVaultInApp(page: Page): Promise<void> {
  const create = page.getByRole('button', { name: '新しい記録帳をつくる' });
  const home = page.getByRole('heading', { name: '対象者', level: 1 });
  await expect(create.or(home)).toBeVisible();
  if (await home.isVisible()) return;
  await create.click();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('回復キーを控えました').check();
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('お名前').fill('試験 職員');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
}
