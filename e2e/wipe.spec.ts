// 設定 → この端末からすべて消去: the section says what goes and what stays, the button waits for the
// phrase typed exactly and the passphrase, a wrong passphrase changes nothing, and the erase
// leaves the app as on a fresh machine: welcome screen, no IndexedDB database of ours (the demo
// vault's included), none of our localStorage keys. Axe and screenshots at 標準 and 特大.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, unlock, PASSPHRASE } from './fixtures';
import { checkScreen } from './axe';

const zone = (page: Page) => page.getByRole('region', { name: 'この端末からすべて消去' });
const ourDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());
const ourKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ainet')));

async function setTextSize(page: Page, size: 'normal' | 'xlarge'): Promise<void> {
  await page.getByLabel('文字の大きさ').selectOption(size);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
}

test('erasing the device: typed confirmation and passphrase, then a fresh machine', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '𠮷田 ハル', note: '消去の試験' });

  // The demo vault is made on this device too, and the demo cannot erase the real vault.
  await page.getByRole('button', { name: 'ロックする' }).click();
  await page.getByRole('button', { name: 'デモの記録帳を開く' }).click();
  await expect(page.getByText('デモ用の記録帳です。')).toBeVisible();
  await openMenu(page, '設定');
  await expect(zone(page)).toContainText('デモの記録帳からは消去できません');
  await expect(zone(page).getByRole('button')).toHaveCount(0);
  await zone(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'settings-wipe-demo', { window: true });
  await page.getByRole('button', { name: 'ロックする' }).click();
  await page.getByRole('button', { name: '本番の記録帳に戻る' }).click();
  await unlock(page);
  await openMenu(page, '設定');
  await setTextSize(page, 'xlarge');
  expect(await ourDatabases(page)).toEqual(['ainet-records', 'ainet-records-demo']);
  expect(await ourKeys(page)).toEqual(expect.arrayContaining(['ainet.preferences', 'ainet.deviceState.v1']));

  const erase = zone(page).getByRole('button', { name: 'この端末からすべて消去する' });
  await zone(page).scrollIntoViewIfNeeded();
  await expect(zone(page)).toContainText('消去されるもの');
  await expect(zone(page)).toContainText('消去されないもの');
  await expect(zone(page)).toContainText('自分で別の場所');
  await checkScreen(page, 'settings-wipe-xlarge', { window: true });
  await setTextSize(page, 'normal');
  await zone(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'settings-wipe', { window: true });
  // The red border, all round.
  expect(await zone(page).evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(166, 27, 27)');

  const confirm = zone(page).getByLabel('確認のため「すべて消去」と入力してください');
  const passphrase = zone(page).getByLabel('パスフレーズ', { exact: true });
  await passphrase.fill(PASSPHRASE);
  await expect(erase).toBeDisabled();
  for (const almost of ['すべて', 'すべて けす', 'すべて消去 ', ' すべて消去', 'すべて消去。']) {
    await confirm.fill(almost);
    await expect(erase).toBeDisabled();
  }
  await confirm.fill('すべて消去');
  await passphrase.fill('');
  await expect(erase).toBeDisabled();

  // A wrong passphrase changes nothing.
  await passphrase.fill('まちがいの合言葉です');
  await expect(erase).toBeEnabled();
  await erase.click();
  await expect(zone(page).getByRole('alert')).toContainText('パスフレーズが違います');
  await checkScreen(page, 'settings-wipe-wrong', { window: true });
  expect(await ourDatabases(page)).toEqual(['ainet-records', 'ainet-records-demo']);
  await openMenu(page, '対象者');
  await expect(page.getByRole('link', { name: /𠮷田 ハル/ })).toBeVisible();

  await openMenu(page, '設定');
  await zone(page).getByLabel('確認のため「すべて消去」と入力してください').fill('すべて消去');
  await zone(page).getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await zone(page).getByRole('button', { name: 'この端末からすべて消去する' }).click();

  await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
  await checkScreen(page, 'wipe-done-welcome');
  // Nothing remembers the erased vault: no "a vault was here" notice.
  await expect(page.getByText('いまは見つかりません')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  expect(await ourDatabases(page)).toEqual([]);
  expect(await ourKeys(page)).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  // Still nothing after another start.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
  await expect(page.getByText('いまは見つかりません')).toHaveCount(0);
  expect(await ourDatabases(page)).toEqual([]);

  // A new vault starts empty, with its own log.
  await createVaultThroughUi(page);
  await expect(page.getByText('まだ登録がありません。')).toBeVisible();
  await openMenu(page, '操作記録');
  await expect(page.getByRole('cell', { name: 'この端末からすべて消去' })).toHaveCount(0);
});
