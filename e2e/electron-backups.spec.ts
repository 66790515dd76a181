// The desktop shell's side of automatic backups, driven through Playwright's Electron support:
// quitting (and closing the window) asks the page for its backup and waits for it before the
// page locks; the backups folder keeps the newest 10 and each month's newest; names outside it
// are refused; vault-state.json is written and read back. The page side here is a listener the
// test registers on the real bridge (the app's own backup logic lives in the renderer); main, the
// preload and the files on disk are the real ones. Needs the Electron binary; where it is not
// installed every test is reported as skipped with the reason (it is never faked).
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AGE_HEADER, BACKUP_NAME_PATTERN, BRIDGE_GLOBAL, type DesktopApi } from '../shared/ipc/channels';
import { electronSkipReason, launchElectron } from './electronApp';

const skipReason = electronSkipReason('e2e/electron-backups.spec.ts');

const BACKUPS = 'backups';
const VAULT_STATE = 'vault-state.json';

const launch = launchElectron;

const backupFiles = (userData: string): string[] => {
  const dir = path.join(userData, BACKUPS);
  return existsSync(dir) ? readdirSync(dir).filter((n) => BACKUP_NAME_PATTERN.test(n)) : [];
};

/** A file the shell takes for an age file: it checks the header and never decrypts. */
const ageText = (body: string) => `${AGE_HEADER}-> scrypt e2e 10\n--- e2e\n${body}`;

test.describe('Electron shell: backup before quitting', () => {
  test.skip(skipReason !== undefined, skipReason);

  let userData: string;
  test.beforeEach(() => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-backup-'));
  });
  test.afterEach(() => {
    rmSync(userData, { recursive: true, force: true });
  });

  test('quitting asks the page for its backup, waits for it, and the file is in userData/backups', async () => {
    const { app, page } = await launch(userData);
    await page.evaluate(
      ({ name, body }) => {
        const api = (window as unknown as Record<string, DesktopApi | undefined>)[name];
        if (!api) throw new Error('no bridge');
        api.onQuitBackupRequest(async () => {
          // Slower than an instant answer: the quit must wait for it.
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await api.backupWrite({ bytes: new TextEncoder().encode(body) });
        });
      },
      { name: BRIDGE_GLOBAL, body: ageText('quit') },
    );
    expect(backupFiles(userData)).toEqual([]);
    await app.close();

    const files = backupFiles(userData);
    expect(files).toHaveLength(1);
    const file = path.join(userData, BACKUPS, files[0] ?? '');
    expect(readFileSync(file, 'utf8')).toBe(ageText('quit'));
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(statSync(path.join(userData, BACKUPS)).mode & 0o777).toBe(0o700);
    }
  });

  test('closing the window makes the backup before the page locks', async () => {
    const { app, page } = await launch(userData);
    await page.evaluate(
      ({ name, header }) => {
        const api = (window as unknown as Record<string, DesktopApi | undefined>)[name];
        if (!api) throw new Error('no bridge');
        let locked = false;
        let backedUp = false;
        api.onQuitBackupRequest(async () => {
          await api.backupWrite({ bytes: new TextEncoder().encode(`${header}locked-before-backup=${locked}`) });
          backedUp = true;
        });
        api.onLockRequest(async (reason) => {
          locked = true;
          // What the lock saw, where the test can read it after the app is gone.
          await api.deviceStateSet({ kind: 'main', rows: backedUp ? 1 : 0, auditCount: reason === 'window-close' ? 1 : 0 });
        });
      },
      { name: BRIDGE_GLOBAL, header: AGE_HEADER },
    );
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;

    const files = backupFiles(userData);
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(userData, BACKUPS, files[0] ?? ''), 'utf8')).toBe(`${AGE_HEADER}locked-before-backup=false`);
    const state = JSON.parse(readFileSync(path.join(userData, VAULT_STATE), 'utf8')) as {
      vaults: { main: { rows: number; auditCount: number } };
    };
    expect(state.vaults.main).toMatchObject({ rows: 1, auditCount: 1 });
  });

  test('a page that never answers does not keep the app from quitting', async () => {
    test.setTimeout(90_000);
    const { app, page } = await launch(userData);
    await page.evaluate((name) => {
      const api = (window as unknown as Record<string, DesktopApi | undefined>)[name];
      if (!api) throw new Error('no bridge');
      api.onQuitBackupRequest(() => new Promise<void>(() => undefined));
    }, BRIDGE_GLOBAL);
    await app.close();
    expect(backupFiles(userData)).toEqual([]);
  });
});

test.describe('Electron shell: the backups folder and vault-state.json', () => {
  test.skip(skipReason !== undefined, skipReason);
  // One app for the three: each test reads what the one before left in the folder.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;
  const seeded = ['ainet-backup-2025-01-10T090000+0900.age', 'ainet-backup-2025-01-20T090000+0900.age'];

  test.beforeAll(async () => {
    if (skipReason) return;
    userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-backups-'));
    mkdirSync(path.join(userData, BACKUPS), { recursive: true });
    for (const name of seeded) writeFileSync(path.join(userData, BACKUPS, name), ageText(name));
    writeFileSync(path.join(userData, BACKUPS, 'notes.txt'), 'not a backup');
    ({ app, page } = await launch(userData));
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  /**
   * Calls one bridge method in the page. `text` becomes the request's `bytes` (UTF-8), and bytes
   * in the answer come back as `text`, since the CSP leaves the page no eval to ship code with.
   */
  const bridge = (method: keyof DesktopApi, request?: Record<string, unknown>, text?: string): Promise<unknown> =>
    page.evaluate(
      async ({ name, method, request, text }) => {
        const call = (window as unknown as Record<string, Record<string, ((r?: unknown) => Promise<unknown>) | undefined> | undefined>)[
          name
        ]?.[method];
        if (!call) throw new Error(`no bridge method ${method}`);
        const payload = text === undefined ? request : { ...request, bytes: new TextEncoder().encode(text) };
        const answer = (await call(payload)) as { ok: boolean; value?: unknown };
        return answer.ok && answer.value instanceof Uint8Array ? { ok: true, text: new TextDecoder().decode(answer.value) } : answer;
      },
      { name: BRIDGE_GLOBAL, method, request, text },
    );
  type Listed = { ok: true; value: { name: string; size: number; createdAt: number }[] };

  test('the 11th backup prunes the oldest; each older month keeps its newest; other files stay', async () => {
    const names: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = (await bridge('backupWrite', {}, ageText(`n${i}`))) as { ok: true; value: { name: string } };
      expect(r.ok).toBe(true);
      names.push(r.value.name);
    }
    expect(new Set(names).size).toBe(11);

    const listed = (await bridge('backupList')) as Listed;
    expect(listed.ok).toBe(true);
    expect(listed.value.map((b) => b.name)).toEqual([...names.slice(1).reverse(), seeded[1]]);
    expect(listed.value[0]?.size).toBe(Buffer.byteLength(ageText('n10')));

    const onDisk = readdirSync(path.join(userData, BACKUPS)).sort();
    expect(onDisk).toEqual([...names.slice(1), seeded[1], 'notes.txt'].sort());
  });

  test('reads a backup back by name, and refuses names outside the folder and plaintext', async () => {
    const newest = ((await bridge('backupList')) as Listed).value[0]?.name;
    expect(newest).toBeDefined();
    expect(await bridge('backupRead', { name: newest })).toEqual({ ok: true, text: ageText('n10') });

    for (const name of ['../vault-state.json', `../${BACKUPS}/${newest}`, '/etc/passwd', 'notes.txt']) {
      expect(await bridge('backupRead', { name })).toEqual({ ok: false, code: 'ValidationFailed' });
    }
    const before = readdirSync(path.join(userData, BACKUPS)).length;
    expect(await bridge('backupWrite', {}, '{"name":"鶴見 花子"}')).toEqual({
      ok: false,
      code: 'ValidationFailed',
    });
    expect(readdirSync(path.join(userData, BACKUPS))).toHaveLength(before);
  });

  test('vault-state.json is written, read back, and reported unreadable when it is garbage', async () => {
    expect(await bridge('deviceStateGet')).toEqual({ ok: true, value: { status: 'absent' } });
    const set = (await bridge('deviceStateSet', { kind: 'main', rows: 12, auditCount: 30, lastBackupAt: 1_800_000_000_000 })) as {
      ok: boolean;
    };
    expect(set.ok).toBe(true);
    const file = path.join(userData, VAULT_STATE);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { version: number; vaults: Record<string, unknown> };
    expect(written).toMatchObject({ version: 1, vaults: { main: { rows: 12, auditCount: 30, lastBackupAt: 1_800_000_000_000 } } });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    expect(await bridge('deviceStateGet')).toEqual({ ok: true, value: { status: 'ok', state: written } });

    writeFileSync(file, '{"version":1,"vaults":{"main":{"rows":"many"}}}');
    expect(await bridge('deviceStateGet')).toEqual({ ok: true, value: { status: 'unreadable' } });
    expect(await bridge('deviceStateSet', { kind: 'main', rows: -1, auditCount: 0 })).toEqual({ ok: false, code: 'ValidationFailed' });
  });
});

test.describe('Electron: the app makes its own automatic backup', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('after setting up a vault, quitting leaves one age file to two X25519 keys (the vault’s and the recovery key’s), and the device state counts it', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-auto-'));
    try {
      const { app, page } = await launch(userData);
      await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
      await page.getByLabel('パスフレーズ', { exact: true }).fill('つるみの海は春が好き 2026');
      await page.getByLabel('パスフレーズ（確認のためもう一度）').fill('つるみの海は春が好き 2026');
      await page.getByRole('button', { name: '次へ' }).click();
      await page.getByLabel('回復キーを控えました').check();
      await page.getByRole('button', { name: '次へ' }).click();
      await page.getByLabel('お名前').fill('試験 職員');
      await page.getByRole('button', { name: 'はじめる' }).click();
      await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
      await app.close();
      const files = backupFiles(userData);
      expect(files.length).toBeGreaterThanOrEqual(1);
      const bytes = readFileSync(path.join(userData, BACKUPS, files.at(-1) ?? ''));
      const header = bytes.subarray(0, 2000).toString('latin1');
      expect(header.startsWith(AGE_HEADER)).toBe(true);
      expect(header.match(/^-> X25519 /gm)).toHaveLength(2);
      const state = JSON.parse(readFileSync(path.join(userData, VAULT_STATE), 'utf8')) as { vaults: { main?: { lastBackupAt?: number } } };
      expect(state.vaults.main?.lastBackupAt).toBeGreaterThan(0);
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });
});

test.describe('Electron: closing the window keeps what was just typed', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('words typed 50 ms before the window closes are in the draft after the next unlock', async () => {
    const passphrase = 'つるみの海は春が好き 2026';
    const userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-draft-'));
    try {
      let { app, page } = await launch(userData);
      await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
      await page.getByLabel('パスフレーズ', { exact: true }).fill(passphrase);
      await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(passphrase);
      await page.getByRole('button', { name: '次へ' }).click();
      await page.getByLabel('回復キーを控えました').check();
      await page.getByRole('button', { name: '次へ' }).click();
      await page.getByLabel('お名前').fill('試験 職員');
      await page.getByRole('button', { name: 'はじめる' }).click();
      await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
      await page.evaluate(() => {
        location.hash = '#/contacts/new';
      });
      const summary = page.getByLabel('ようす・話したこと', { exact: true });
      await summary.click();
      await page.keyboard.type('閉じる直前の言葉𠮷');
      await page.waitForTimeout(50);
      // The window's close button: main holds the close until the page has sealed its drafts
      // and locked (main/lock.ts, through the bridge's onLockRequest).
      const closed = app.waitForEvent('close');
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await closed;

      ({ app, page } = await launch(userData));
      await page.getByLabel('パスフレーズ', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: '解除する' }).click();
      await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
      await page.evaluate(() => {
        location.hash = '#/contacts/new';
      });
      await expect(page.getByLabel('ようす・話したこと', { exact: true })).toHaveValue('閉じる直前の言葉𠮷');
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
