// Backups through the UI: made in one browser profile, restored into an empty one (a new
// machine), merged back with a record changed on both sides. The file itself is opened with the
// age reference tool, which knows nothing of this app.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { CONTEXT_DEFAULTS } from './browser';
import { checkScreen } from './axe';
import { PASSPHRASE, addPersonThroughUi, createVaultThroughUi, expect, openMenu, shot, test, unlock } from './fixtures';

const BACKUP_PASS = 'バックアップ用の合言葉 2026';
const OUT = 'test-results/backup';

async function openBackupPage(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'バックアップ', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'バックアップ', level: 1 })).toBeVisible();
}

async function makeBackup(page: Page, name: string): Promise<Buffer> {
  await openBackupPage(page);
  await page.getByLabel('バックアップのパスフレーズ').fill(BACKUP_PASS);
  await page.getByLabel('もう一度入力').fill(BACKUP_PASS);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'バックアップを作成' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ainet-backup-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${name}`;
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'バックアップを作成しました' })).toBeVisible();
  return readFileSync(path);
}

async function chooseFile(page: Page, bytes: Buffer, name = 'backup.age') {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'ファイルを選ぶ' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

async function freshMachine(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...CONTEXT_DEFAULTS, baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

async function restoreInto(page: Page, bytes: Buffer) {
  await page.goto('/');
  await page.getByRole('button', { name: 'バックアップから戻す' }).click();
  await expect(page.getByRole('heading', { name: 'バックアップから戻す', level: 1 })).toBeVisible();
  await chooseFile(page, bytes);
  await page.getByLabel(/ファイルのパスフレーズ/).fill(BACKUP_PASS);
  await page.getByRole('button', { name: 'ファイルを確かめる' }).click();
  await expect(page.getByRole('heading', { name: '戻す内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: 'この内容で戻す' }).click();
  await expect(page.getByText('バックアップから戻しました')).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
}

async function editNote(page: Page, name: string, note: string) {
  await openMenu(page, '対象者');
  await page
    .getByRole('link', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('link', { name: '編集' }).click();
  await page.getByLabel('メモ', { exact: true }).fill(note);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name, level: 1, exact: true })).toBeVisible();
}

test('a backup restored on a new machine gives back every record, opens with the old passphrase, and its audit log verifies', async ({
  page,
  browser,
}) => {
  await createVaultThroughUi(page);
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '𠮷野 花子', furigana: 'よしの はなこ', note: '葛󠄀城の娘。'.repeat(100) });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '髙橋 一郎', furigana: 'たかはし いちろう' });
  await openBackupPage(page);
  await expect(page.getByText('まだバックアップを作っていません。')).toBeVisible();
  await checkScreen(page, 'backup-page');

  // Mismatched confirmation: nothing is made.
  await page.getByLabel('バックアップのパスフレーズ').fill(BACKUP_PASS);
  await page.getByLabel('もう一度入力').fill('違う合言葉です 2026');
  await page.getByRole('button', { name: 'バックアップを作成' }).click();
  await expect(page.getByText('2回の入力が違います。')).toBeVisible();

  const bytes = await makeBackup(page, 'first.age');
  expect(bytes.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
  await expect(page.getByText(/最後のバックアップ：/)).toBeVisible();

  // The age reference tool opens the app's file with the passphrase (through a terminal: `script`).
  writeFileSync(`${OUT}/first.age`, bytes);
  execFileSync('script', ['-qec', `age -d -o ${OUT}/first.ndjson ${OUT}/first.age`, '/dev/null'], {
    input: `${BACKUP_PASS}\n`,
    timeout: 60_000,
  });
  const lines = readFileSync(`${OUT}/first.ndjson`, 'utf8').trimEnd().split('\n');
  const manifest = JSON.parse(lines.at(-1) ?? '{}') as { manifest: { tables: Record<string, { count: number }> } };
  expect(manifest.manifest.tables.persons?.count).toBe(2);
  // Inside, the records stay sealed: no name is readable even with the backup passphrase alone.
  expect(readFileSync(`${OUT}/first.ndjson`, 'utf8')).not.toContain('髙橋');

  const other = await freshMachine(browser);
  await other.goto('/');
  await other.getByRole('button', { name: 'バックアップから戻す' }).click();
  // The restore screen's code loads when it is chosen: check the screen, not its loading line.
  await expect(other.getByRole('heading', { name: 'バックアップから戻す', level: 1 })).toBeVisible();
  await checkScreen(other, 'restore-start');
  await chooseFile(other, bytes);
  await other.getByLabel(/ファイルのパスフレーズ/).fill('まちがえた合言葉 2026');
  await other.getByRole('button', { name: 'ファイルを確かめる' }).click();
  await expect(other.getByRole('alert')).toContainText('パスフレーズが違います');
  await other.getByLabel(/ファイルのパスフレーズ/).fill(BACKUP_PASS);
  await other.getByRole('button', { name: 'ファイルを確かめる' }).click();
  await expect(other.getByRole('heading', { name: '戻す内容の確認' })).toBeVisible();
  await expect(other.getByText(/ファイルの作成日時：\d{4}年\d{1,2}月\d{1,2}日（令和/)).toBeVisible();
  await expect(other.getByRole('row', { name: /対象者/ })).toContainText('2件');
  await checkScreen(other, 'restore-preview');
  await other.getByRole('button', { name: 'この内容で戻す' }).click();
  await expect(other.getByText('バックアップから戻しました')).toBeVisible();
  await shot(other, 'restore-done-unlock');
  await unlock(other, PASSPHRASE);
  await expect(other.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await expect(other.getByText('𠮷野 花子')).toBeVisible();
  await expect(other.getByText('髙橋 一郎')).toBeVisible();
  await openMenu(other, '操作記録');
  await expect(other.getByText('バックアップから戻す').first()).toBeVisible();
  await other.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(other.getByTestId('audit-check')).toContainText('すべて正常');
  await other.context().close();
});

test('broken files are refused on the restore screen with their own message, and nothing is written', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'バックアップから戻す' }).click();
  const cases: [string, Buffer, string][] = [
    ['a PDF', Buffer.from('%PDF-1.7\n' + 'x'.repeat(200)), 'バックアップではありません'],
    ['cut off', Buffer.from('age-encryption.org/v1\n-> scrypt'), 'ファイルが途中で切れています'],
    [
      'absurd work factor',
      Buffer.from(
        'age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 22\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n' +
          'x'.repeat(64),
      ),
      '大量のメモリー',
    ],
  ];
  for (const [, bytes, message] of cases) {
    await chooseFile(page, bytes);
    await page.getByLabel(/ファイルのパスフレーズ/).fill(BACKUP_PASS);
    await page.getByRole('button', { name: 'ファイルを確かめる' }).click();
    await expect(page.getByRole('alert')).toContainText(message);
  }
  await shot(page, 'restore-refused');
  const counts = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ainet-records');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(name);
      out[name] = await new Promise<number>((resolve) => {
        const q = tx.objectStore(name).count();
        q.onsuccess = () => resolve(q.result);
      });
    }
    db.close();
    return out;
  });
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
  await page.getByRole('button', { name: '最初の画面に戻る' }).click();
  await expect(page.getByRole('button', { name: '新しい記録帳をつくる' })).toBeVisible();
});

test('merging a backup shows what is new and asks about a record changed on both machines', async ({ page, browser }) => {
  await createVaultThroughUi(page);
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '山田 太郎', furigana: 'やまだ たろう', note: 'はじめの版' });
  const first = await makeBackup(page, 'merge-first.age');

  // The second machine starts from the first backup.
  const other = await freshMachine(browser);
  await restoreInto(other, first);

  // Both machines go on: the first adds a person and edits 山田; the second edits 山田 too.
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '新井 さくら', furigana: 'あらい さくら' });
  await editNote(page, '山田 太郎', 'ケアプラザでの版');
  const later = await makeBackup(page, 'merge-later.age');
  await editNote(other, '山田 太郎', '民生委員の版');

  await openBackupPage(other);
  await chooseFile(other, later);
  await other.getByLabel(/ファイルのパスフレーズ/).fill(BACKUP_PASS);
  await other.getByRole('button', { name: 'ファイルを確かめる' }).click();
  await expect(other.getByRole('heading', { name: '取り込む内容の確認' })).toBeVisible();
  await expect(other.getByRole('row', { name: /この記録帳にない記録/ })).toContainText('1件');
  await expect(other.getByRole('row', { name: /両方で変更された記録/ })).toContainText('1件');
  const conflict = other.locator('fieldset.conflict');
  await expect(conflict).toContainText('民生委員の版');
  await expect(conflict).toContainText('ケアプラザでの版');
  await expect(other.getByRole('button', { name: '取り込む' })).toBeDisabled();
  await checkScreen(other, 'merge-conflict');
  await conflict.getByLabel('ファイルの内容にする').check();
  await other.getByRole('button', { name: '取り込む' }).click();
  await expect(other.getByRole('status').filter({ hasText: '2件の記録を取り込みました' })).toBeVisible();
  await openMenu(other, '対象者');
  await expect(other.getByText('新井 さくら')).toBeVisible();
  await other
    .getByRole('link', { name: /山田 太郎/ })
    .first()
    .click();
  await expect(other.getByText('ケアプラザでの版')).toBeVisible();
  await openMenu(other, '操作記録');
  await other.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(other.getByTestId('audit-check')).toContainText('すべて正常');
  await other.context().close();
});

test('a database that vanished is noticed on the first screen, and a shorter audit log at unlock', async ({ page }) => {
  await createVaultThroughUi(page);
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '消える 記録' });
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByRole('button', { name: '解除する' })).toBeVisible();

  // Audit entries go missing while the app is closed (cut off, or an older copy put back).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('ainet-records');
      r.onsuccess = () => resolve(r.result);
    });
    const tx = db.transaction('audit', 'readwrite');
    const store = tx.objectStore('audit');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const q = store.getAllKeys();
      q.onsuccess = () => resolve(q.result);
    });
    for (const k of keys.slice(-3)) store.delete(k);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('alert').filter({ hasText: '操作記録が前回より少なくなっています' })).toBeVisible();
  await shot(page, 'rollback-warning');
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByRole('button', { name: '解除する' })).toBeVisible();

  // The whole database goes (a cleared profile folder, a reset): the first screen says so.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // Only once it is gone: `blocked` comes first while the app's connection is open, and a
        // reload then could open the database before the deletion runs.
        const r = indexedDB.deleteDatabase('ainet-records');
        r.onsuccess = () => resolve();
      }),
  );
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'いまは見つかりません' });
  await expect(alert).toBeVisible();
  await checkScreen(page, 'welcome-lost');
  await alert.getByRole('button', { name: 'バックアップから戻す' }).click();
  await expect(page.getByRole('heading', { name: 'バックアップから戻す', level: 1 })).toBeVisible();
});

test('a restore that does not fit the storage quota fails cleanly: a clear message, the records already there intact', async ({ page }) => {
  await createVaultThroughUi(page);
  await openMenu(page, '対象者');
  for (const [i, name] of ['大きな 記録一', '大きな 記録二', '大きな 記録三'].entries()) {
    if (i > 0) await openMenu(page, '対象者');
    await addPersonThroughUi(page, { name, note: `${name}のメモ。`.repeat(1200) });
  }
  const backup = await makeBackup(page, 'quota.age');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  // Far less room than the rows already take: Chromium refuses every further write.
  expect(usage).toBeGreaterThan(backup.byteLength);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(backup.byteLength / 2) });
  // IndexedDB keeps writing into the room it last asked the quota system for, until that goes
  // stale (about 30 s without a write in this Chromium): wait it out without writing.
  await page.waitForTimeout(31_000);
  await chooseFile(page, backup);
  await page.getByLabel(/ファイルのパスフレーズ/).fill(BACKUP_PASS);
  await page.getByRole('button', { name: 'ファイルを確かめる' }).click();
  await expect(page.getByRole('alert')).toContainText('いまある記録はそのままです');
  await shot(page, 'restore-quota');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await openMenu(page, '対象者');
  for (const name of ['大きな 記録一', '大きな 記録二', '大きな 記録三']) await expect(page.getByText(name)).toBeVisible();
  const staging = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('ainet-records');
      r.onsuccess = () => resolve(r.result);
    });
    const n = await new Promise<number>((resolve) => {
      const q = db.transaction('staging').objectStore('staging').count();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return n;
  });
  expect(staging).toBe(0);
});
