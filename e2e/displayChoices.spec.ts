// Text size and language come first on every screen before the vault is open (welcome, setup,
// unlock, recover): at the top, first in tab order, and kept for the next start.
import type { Page } from '@playwright/test';
import { test, expect, PASSPHRASE, shot } from './fixtures';
import { checkScreen } from './axe';

const choices = (page: Page) => page.getByTestId('display-choices');

/** The first Tab stop of the page is the checked text size, and nothing focusable comes before the choices. */
async function expectChoicesFirst(page: Page, what: string): Promise<void> {
  await expect(choices(page), `${what}: choices shown`).toBeVisible();
  const before = await page.evaluate(() => {
    const group = document.querySelector('[data-testid="display-choices"]');
    const focusable = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'));
    return focusable
      .filter((el) => el.tabIndex >= 0 && group && group.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
      .map((el) => el.outerHTML.slice(0, 80));
  });
  expect(before, `${what}: nothing to Tab to before the choices`).toEqual([]);
  // From the top of the page (a click on its empty top-left corner moves the Tab starting point
  // there), the first Tab lands on the checked text size.
  await page.mouse.click(2, 2);
  await page.keyboard.press('Tab');
  await expect(choices(page).locator('input[name="display-text-size"]:checked'), `${what}: first Tab stop`).toBeFocused();
  const top = await choices(page).boundingBox();
  const heading = await page.locator('h1').first().boundingBox();
  expect(top?.y ?? Infinity, `${what}: above the heading`).toBeLessThan(heading?.y ?? 0);
}

test('text size and language come first on welcome, setup and unlock, and are kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
  await expectChoicesFirst(page, 'welcome');
  await checkScreen(page, 'display-welcome');

  // Keyboard only: the arrow keys walk a radio group, and each choice applies at once.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await page.keyboard.press('Tab');
  await expect(choices(page).getByRole('radio', { name: '日本語' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(choices(page).getByRole('radio', { name: 'Extra large' })).toBeChecked();
  await checkScreen(page, 'display-welcome-en-xlarge');

  // Kept for the next start.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await expect(choices(page).getByRole('radio', { name: 'English' })).toBeChecked();

  await page.getByRole('button', { name: 'Create a new record book' }).click();
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  await expectChoicesFirst(page, 'setup');
  await checkScreen(page, 'display-setup-en-xlarge');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase (again, to confirm)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Name').fill('試験 職員');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(choices(page), 'not on the open vault: Settings has them').toHaveCount(0);

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock', level: 2 })).toBeVisible();
  await expectChoicesFirst(page, 'unlock');
  await checkScreen(page, 'display-unlock-en-xlarge');
  // The passphrase field still has the focus when the screen opens.
  await page.reload();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();

  // Back to Japanese and 標準 on the unlock screen; the open vault's settings show the same.
  await choices(page).getByRole('radio', { name: '日本語' }).check();
  await expect(page.getByRole('heading', { name: 'ロックを解除', level: 2 })).toBeVisible();
  await choices(page).getByRole('radio', { name: '標準' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await checkScreen(page, 'display-unlock');
  await shot(page, 'display-unlock-ja');
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '解除する' }).click();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定', exact: true }).click();
  await expect(page.getByLabel('文字の大きさ')).toHaveValue('normal');
  await expect(page.getByLabel('言語', { exact: true })).toHaveValue('ja');
});
