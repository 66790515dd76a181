// 設定 → 回復キーを作り直す: the current passphrase again, the new key shown once and printed (and
// logged) as at first run; afterwards the old key is refused on the recovery screen and the new
// one resets a forgotten passphrase. Axe and screenshots at 標準 and 特大.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, fillRecovery, openMenu, takeNewRecoveryKey, unlock, PASSPHRASE } from './fixtures';
import { checkScreen } from './axe';
import { installPrintSpy, printThroughDialog } from './printing';

const section = (page: Page) => page.getByRole('form', { name: '回復キーを作り直す' });

async function setTextSize(page: Page, size: 'normal' | 'xlarge'): Promise<void> {
  await page.getByLabel('文字の大きさ').selectOption(size);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
}

test('a new recovery key: the old one stops working, the new one resets a forgotten passphrase', async ({ page }) => {
  await installPrintSpy(page);
  const oldKey = await createVaultThroughUi(page);
  await openMenu(page, '設定');
  await expect(section(page)).toContainText('なくしたとき、または他の人に見られたかもしれないとき');
  await expect(section(page).getByRole('button', { name: '新しい回復キーを作る' })).toBeDisabled();
  await section(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'settings-recovery-key', { window: true });
  await setTextSize(page, 'xlarge');
  await section(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'settings-recovery-key-xlarge', { window: true });
  await setTextSize(page, 'normal');

  // A wrong passphrase changes nothing and says so (and counts, as at unlock).
  await section(page).getByLabel('いまのパスフレーズ').fill('まちがいの合言葉です');
  await section(page).getByRole('button', { name: '新しい回復キーを作る' }).click();
  await expect(section(page).getByRole('alert')).toContainText('パスフレーズが違います');
  await checkScreen(page, 'settings-recovery-key-wrong', { window: true });

  await section(page).getByLabel('いまのパスフレーズ').fill(PASSPHRASE);
  await section(page).getByRole('button', { name: '新しい回復キーを作る' }).click();
  const shown = page.getByRole('region', { name: '新しい回復キーを控えてください' });
  await expect(shown).toBeVisible();
  await expect(shown.getByRole('heading', { name: '新しい回復キーを控えてください' })).toBeFocused();
  await expect(shown).toContainText('前の回復キーは、もう使えません');
  const newKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  expect(newKey).not.toBe(oldKey);
  await expect(shown.getByRole('button', { name: '控えたので閉じる' })).toBeDisabled();
  await checkScreen(page, 'settings-recovery-key-issued', { window: true });
  await setTextSize(page, 'xlarge');
  await expect(page.getByTestId('recovery-key')).toHaveText(newKey);
  await shown.scrollIntoViewIfNeeded();
  await checkScreen(page, 'settings-recovery-key-issued-xlarge', { window: true });
  await setTextSize(page, 'normal');

  // The same sheet as at first run, with the new key on it; printing is logged.
  const sheet = await printThroughDialog(page, shown.getByRole('button', { name: '回復キーを印刷する' }), 'recovery-sheet-reissued');
  expect(sheet.text).toContain('回復キーの控え');
  expect(sheet.text.replace(/[\s-]/g, '')).toContain(newKey.replace(/-/g, ''));
  await shown.getByLabel('回復キーを控えました').check();
  await shown.getByRole('button', { name: '控えたので閉じる' }).click();
  await expect(page.getByRole('status').filter({ hasText: '新しい回復キーに切り替えました。' })).toBeVisible();
  // Shown once: gone from the page.
  await expect(page.getByText(newKey)).toHaveCount(0);
  await expect(section(page).getByLabel('いまのパスフレーズ')).toHaveValue('');

  await openMenu(page, '操作記録');
  await expect(page.locator('table.audit tbody tr').filter({ hasText: '回復キーを作り直した' })).toHaveCount(1);
  await expect(page.locator('table.audit tbody tr').filter({ hasText: '印刷' })).toContainText('vaultMeta:recovery');
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByTestId('audit-check')).toContainText('すべて正常');

  // The recovery screen refuses the old key and takes the new one, as it always has.
  await page.getByRole('button', { name: 'ロックする' }).click();
  await page.getByRole('button', { name: /パスフレーズを忘れたとき/ }).click();
  await fillRecovery(page, oldKey, '新しい合言葉は港の灯り');
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await page.getByLabel(/回復キー/).fill(newKey.toLowerCase());
  await page.getByRole('button', { name: '再設定して解除する' }).click();
  expect(await takeNewRecoveryKey(page)).not.toBe(newKey);
  // Open again, on the screen it was locked on.
  await expect(page.getByRole('heading', { name: '操作記録', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  await unlock(page, '新しい合言葉は港の灯り');
  await expect(page.getByRole('heading', { name: '操作記録', level: 1 })).toBeVisible();
});
