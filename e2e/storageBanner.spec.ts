// The storage banner, with Chromium run as the desktop app runs it (StaticStorageQuota off, so
// navigator.storage.estimate() reports the enforced quota; storageHelpers.ts) and the quota
// forced small: above 80 % at unlock (not at 70 %) and after a large write that crosses it.
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, unlock } from './fixtures';
import { CHROMIUM_ARGS, systemChromium } from './browser';
import { checkScreen } from './axe';
import { banner, overrideQuota, usage } from './storageHelpers';

test.use({
  launchOptions: { executablePath: systemChromium(), args: [...CHROMIUM_ARGS, '--disable-features=StaticStorageQuota'] },
});

test('the banner shows at unlock above 80 %, in words saying what to do, and not at 70 %', async ({ page }) => {
  await createVaultThroughUi(page);
  // Some stored weight, so that what unlocking writes (a few entries) moves the share little.
  await addPersonThroughUi(page, { name: '山田 花子', note: '見守り'.padEnd(20_000, '話') });
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'ロックする' }).click();
  // 70 %: quiet.
  await overrideQuota(page, Math.ceil((await usage(page)) / 0.7));
  await unlock(page);
  await expect(page.getByRole('heading', { name: '山田 花子', level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'ロックする' }).click();
  // 85 %: the banner.
  await overrideQuota(page, Math.ceil((await usage(page)) / 0.85));
  await unlock(page);
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText('バックアップを作ってから、ごみ箱を空にしてください');
  await checkScreen(page, 'storage-banner', { window: true });
  await openMenu(page, '設定');
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await openMenu(page, '対象者');
  await expect(banner(page)).toBeVisible();
  await checkScreen(page, 'storage-banner-xlarge', { window: true });
  // What to do is one step away.
  await banner(page).getByRole('link', { name: 'ごみ箱の画面へ' }).click();
  await expect(page.getByRole('heading', { name: 'ごみ箱', level: 1 })).toBeVisible();
  await banner(page).getByRole('link', { name: 'バックアップの画面へ' }).click();
  await expect(page.getByRole('heading', { name: 'バックアップ', level: 1 })).toBeVisible();
});

test('the banner comes after a large write that crosses 80 %, without locking', async ({ page }) => {
  await createVaultThroughUi(page);
  // Some stored weight first, so that one long note moves the share by a few per cent.
  const long = (i: number) => `${i}回目の訪問。`.padEnd(20_000, '話');
  for (let i = 0; i < 8; i++) {
    await openMenu(page, '対象者');
    await addPersonThroughUi(page, { name: `試験 ${i + 1}`, note: long(i) });
  }
  await overrideQuota(page, Math.ceil((await usage(page)) / 0.76));
  await openMenu(page, '対象者');
  await expect(banner(page)).toHaveCount(0);
  await addPersonThroughUi(page, { name: '試験 最後', note: long(99) });
  await expect(banner(page)).toBeVisible();
});
