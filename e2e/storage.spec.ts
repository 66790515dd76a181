// A save refused for lack of space, in Chromium as it comes: the message says what happened in
// words, what was typed stays in the form (and saves once there is room), earlier records are
// untouched. No banner here: this Chromium's estimate() reports a made-up quota
// (storageHelpers.ts); storageBanner.spec.ts runs it as the desktop app does.
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu } from './fixtures';
import { checkScreen } from './axe';
import { QUOTA_RECHECK_MS, banner, overrideQuota, usage } from './storageHelpers';

const QUOTA_MESSAGE = '保存する場所がいっぱいで、保存できませんでした。入力した内容は消えていません';

test('a save refused for space: the message, the typing kept, earlier records intact', async ({ page }) => {
  test.setTimeout(180_000);
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '山田 花子', note: '前からの記録' });
  await openMenu(page, '対象者');
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill('𠮷田 ハル');
  // The longest note the form takes: more than the free room in the database's pages.
  const note = '玄関先で声かけ。'.repeat(2500);
  await page.getByLabel('メモ', { exact: true }).fill(note);

  // No room at all from here on (once IndexedDB asks again).
  await overrideQuota(page, await usage(page));
  await page.waitForTimeout(QUOTA_RECHECK_MS);
  await page.getByRole('button', { name: '保存する' }).click();
  const error = page.locator('.error-box');
  await expect(error).toContainText(QUOTA_MESSAGE);
  await expect(error).toContainText('バックアップを作ってからごみ箱を空にするか');
  await expect(error).toContainText('QuotaExceeded');
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('𠮷田 ハル');
  await expect(page.getByLabel('メモ', { exact: true })).toHaveValue(note);
  await expect(page.getByRole('button', { name: '保存する' })).toBeEnabled();
  await expect(banner(page)).toHaveCount(0);
  await error.scrollIntoViewIfNeeded();
  await checkScreen(page, 'storage-save-refused', { window: true });
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'xlarge';
  });
  await error.scrollIntoViewIfNeeded();
  await checkScreen(page, 'storage-save-refused-xlarge', { window: true });
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'normal';
  });

  // Room again: the same typing saves, and the person saved before is as she was.
  await overrideQuota(page, undefined);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '𠮷田 ハル', level: 1 })).toBeVisible();
  await expect(page.getByText(note.slice(0, 40))).toBeVisible();
  await openMenu(page, '対象者');
  await page.getByRole('link', { name: /山田 花子/ }).click();
  await expect(page.getByRole('heading', { name: '山田 花子', level: 1 })).toBeVisible();
  await expect(page.getByText('前からの記録')).toBeVisible();
});
