import { test, expect, createVaultThroughUi, fillRecovery, takeNewRecoveryKey, unlock, PASSPHRASE } from './fixtures';

test('first run creates the vault, shows the recovery key once, and opens the registry', async ({ page }) => {
  const key = await createVaultThroughUi(page);
  expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await page.screenshot({ path: 'test-results/screens/persons-empty.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'ロックを解除' })).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
});

test('a wrong passphrase says so, then slows repeated tries', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByText('ロックしました。')).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await unlock(page, 'まちがいの合言葉です');
    await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  }
  await expect(page.getByRole('alert')).toContainText('秒待って');
  await page.screenshot({ path: 'test-results/screens/unlock-wrong.png', fullPage: true });
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText('秒待って');
});

test('the recovery key resets a forgotten passphrase', async ({ page }) => {
  const key = await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await page.getByRole('button', { name: /パスフレーズを忘れたとき/ }).click();
  await fillRecovery(page, key.toLowerCase(), '新しい合言葉は港の灯り');
  expect(await takeNewRecoveryKey(page)).not.toBe(key);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  await unlock(page, '新しい合言葉は港の灯り');
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
});

test('locking keeps unsaved typing encrypted and brings it back after unlock', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill('𠮷田 ハル');
  await page.getByLabel('メモ', { exact: true }).fill('入力途中のメモ');
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByText('入力途中の内容は暗号化して保存してあります')).toBeVisible();
  await expect(page.getByText('𠮷田')).toHaveCount(0);
  await unlock(page);
  await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toBeVisible();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('𠮷田 ハル');
  await expect(page.getByLabel('メモ', { exact: true })).toHaveValue('入力途中のメモ');
});

test('the idle timeout locks the vault', async ({ page }) => {
  await page.clock.install();
  await createVaultThroughUi(page);
  await page.clock.runFor(5 * 60_000 + 1000);
  await expect(page.getByText('しばらく操作がなかったのでロックしました。')).toBeVisible();
});
