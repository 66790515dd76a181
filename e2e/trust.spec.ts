// What makes the records trustworthy, tried the way a user (or someone with the disk) would:
// two windows editing one person, entries deleted from the audit log with plain IndexedDB
// access, and the actor's name as it was at the time.
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, unlock } from './fixtures';
import { checkScreen } from './axe';
import type { Page } from '@playwright/test';

/** Raw IndexedDB access from the page, as anyone with the browser profile could do. */
async function tamper(page: Page, how: 'drop-last-two' | 'drop-head' | 'edit-third'): Promise<void> {
  await page.evaluate(async (mode) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ainet-records');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['audit', 'vaultMeta'], 'readwrite');
    const audit = tx.objectStore('audit');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = audit.getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    if (mode === 'drop-last-two') for (const k of keys.slice(-2)) audit.delete(k);
    if (mode === 'drop-head') tx.objectStore('vaultMeta').delete('auditHead');
    if (mode === 'edit-third') {
      const r = audit.get(3);
      r.onsuccess = () => audit.put({ ...r.result, recordId: 'someone-else' });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, how);
}

async function verify(page: Page) {
  await openMenu(page, '操作記録');
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  return page.getByTestId('audit-check');
}

test('a save based on what another window has since saved is refused, the typing kept, and saved only on request', async ({
  page,
  context,
}) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '二窓 花子', furigana: 'にまど はなこ' });
  const personUrl = page.url();
  await page.getByRole('link', { name: '編集', exact: true }).click();
  await expect(page.getByRole('heading', { name: /二窓 花子/, level: 1 })).toBeVisible();

  // A second window of the same vault saves an address first.
  const other = await context.newPage();
  await other.goto(personUrl);
  await unlock(other);
  await other.getByRole('link', { name: '編集', exact: true }).click();
  await other.getByLabel('住所', { exact: true }).fill('鶴見区 別の窓の住所');
  await other.getByRole('button', { name: '保存する' }).click();
  await expect(other.getByRole('heading', { name: '二窓 花子', level: 1, exact: true })).toBeVisible();

  // The first window, still showing the old copy, types and saves: refused, nothing lost.
  await page.getByLabel('メモ', { exact: true }).fill('古い窓で書いたメモ');
  await page.getByRole('button', { name: '保存する' }).click();
  const notice = page.locator('.stale-notice');
  await expect(notice).toContainText('別の画面');
  await expect(page.getByLabel('メモ', { exact: true })).toHaveValue('古い窓で書いたメモ');
  await checkScreen(page, 'stale-notice');
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xlarge'));
  await checkScreen(page, 'stale-notice-xlarge', { window: true });
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'normal'));

  // The other window's address is still what is stored.
  await other.reload();
  await unlock(other);
  await expect(other.getByText('鶴見区 別の窓の住所')).toBeVisible();

  // Saving over it is an explicit choice.
  await notice.getByRole('button', { name: /自分の入力で保存し直す/ }).click();
  await expect(page.getByRole('heading', { name: '二窓 花子', level: 1, exact: true })).toBeVisible();
  await expect(page.getByText('古い窓で書いたメモ')).toBeVisible();
});

test('entries cut off the end of the audit log, the log’s head, or an edited entry are all found', async ({ page }) => {
  await createVaultThroughUi(page);
  for (const name of ['監査 一郎', '監査 二郎', '監査 三郎']) {
    await openMenu(page, '対象者');
    await addPersonThroughUi(page, { name });
  }
  await expect(await verify(page)).toContainText('すべて正常');

  await tamper(page, 'drop-last-two');
  const check = await verify(page);
  await expect(check).toContainText('改ざんの可能性');
  await expect(check).toContainText('最後の 2 件の記録が削除されています');
  await checkScreen(page, 'audit-truncated');

  await tamper(page, 'edit-third');
  await expect(await verify(page)).toContainText('#3 の記録が書き換えられています');

  await tamper(page, 'drop-head');
  await expect(await verify(page)).toContainText('終わりを示す情報が削除されています');
});

test('the audit log names who acted as they were named at the time', async ({ page }) => {
  await createVaultThroughUi(page, { name: '旧姓 さくら' });
  await addPersonThroughUi(page, { name: '記録 対象' });
  await openMenu(page, '設定');
  await page.getByLabel('お名前').fill('新姓 さくら');
  await page.getByRole('button', { name: '保存する' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '記録 対象二' });
  await openMenu(page, '操作記録');
  const rows = page.locator('table.audit tbody tr');
  await expect(rows.filter({ hasText: '対象者を登録' }).first()).toContainText('新姓 さくら');
  await expect(rows.filter({ hasText: '対象者を登録' }).last()).toContainText('旧姓 さくら');
  // Names are shown from the sealed copy: the stored entries hold none.
  const clear = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('ainet-records');
      req.onsuccess = () => resolve(req.result);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction('audit').objectStore('audit').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return JSON.stringify(all.map((e) => ({ ...(e as object), who: undefined })));
  });
  expect(clear).not.toContain('さくら');
});
