// English mode is complete: every screen, filled with the demo vault's fictional records, shows
// no Japanese except user data and Japanese on purpose (e2e/language.ts says how the page marks
// them). Each screen is also screenshotted (test-results/screens/en-*.png).
import type { Page } from '@playwright/test';
import { test, expect, PASSPHRASE, shot } from './fixtures';
import { japaneseOutsideUserData, markedJapanese } from './language';
import { demoTour } from './tour';

test.use({ actionTimeout: 15_000 });

/** No Japanese outside user data on the current screen (soft: every screen is reported). */
async function checkEnglish(page: Page, name: string): Promise<void> {
  await expect(page.getByText(/^(Opening the screen|Loading)…$/)).toHaveCount(0);
  await shot(page, `en-${name}`);
  const found = await japaneseOutsideUserData(page);
  const marked = await markedJapanese(page);
  console.log(`[en] ${name}: ${found.length} Japanese outside user data; ${marked.length} marked, e.g. ${marked.slice(0, 3).join(' | ')}`);
  for (const f of found) console.log(`[en-found] ${name} | ${f.where} | ${f.text}`);
  expect
    .soft(
      found.map((f) => `${f.where}: ${f.text}`),
      `Japanese on "${name}" in English mode`,
    )
    .toEqual([]);
}

async function chooseEnglish(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('display-choices').getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
}

test('the language check can fail: planted Japanese is found, marked user data is not', async ({ page }) => {
  await chooseEnglish(page);
  expect(await japaneseOutsideUserData(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    const user = document.createElement('p');
    user.dataset.user = '';
    user.textContent = '架空 花子';
    const mixed = document.createElement('p');
    mixed.textContent = 'Back to 架空 花子';
    const label = document.createElement('button');
    label.setAttribute('aria-label', 'Open 架空 花子');
    const planted = document.createElement('p');
    planted.textContent = 'Step: 相談受付';
    const attr = document.createElement('input');
    attr.placeholder = '例：山田';
    // A choice's value is a fixed word, not typed: it does not excuse the same word as a label.
    const choice = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.value = 'できる';
    choice.append(radio, 'できる');
    main?.append(user, mixed, label, planted, attr, choice);
  });
  const found = await japaneseOutsideUserData(page);
  expect(found.map((f) => f.text)).toEqual(['Step: 相談受付', 'できる', '例：山田']);
});

test('first run in English: welcome, restore, setup, unlock, recover', async ({ page }) => {
  await chooseEnglish(page);
  await checkEnglish(page, 'welcome');
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(page.locator('main h1, main h2').first()).toBeVisible();
  await checkEnglish(page, 'restore');
  await page.goto('/');
  await page.getByRole('button', { name: 'Create a new record book' }).click();
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  await checkEnglish(page, 'setup-1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkEnglish(page, 'setup-1-error');
  // The strength guide's reasons, in English too.
  await page.getByLabel('Passphrase', { exact: true }).fill('password1234');
  await expect(page.getByTestId('strength-reasons')).toContainText('much-used word');
  await checkEnglish(page, 'setup-1-weak');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase (again, to confirm)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await checkEnglish(page, 'setup-2');
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  await checkEnglish(page, 'setup-3');
  await page.getByLabel('Name').fill('試験 職員');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await checkEnglish(page, 'persons-empty');
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock', level: 2 })).toBeVisible();
  await checkEnglish(page, 'unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('まちがいの合言葉です');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await checkEnglish(page, 'unlock-error');
  await page.getByRole('button', { name: /Forgot the passphrase/ }).click();
  await checkEnglish(page, 'recover');
  await page.getByRole('button', { name: 'Reset and unlock' }).click();
  await expect(page.getByText('Enter the recovery key.')).toBeVisible();
  await checkEnglish(page, 'recover-error');
});

test('every screen of the demo vault in English', async ({ page }) => {
  test.setTimeout(600_000);
  await chooseEnglish(page);
  await demoTour(page, 'en', (name) => checkEnglish(page, name));
});
