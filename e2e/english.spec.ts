// English mode is complete: every screen, filled with the demo vault's fictional records, shows
// no Japanese except user data and Japanese on purpose (e2e/language.ts says how the page marks
// them). Each screen is also screenshotted (test-results/screens/en-*.png).
import type { Page } from '@playwright/test';
import { test, expect, PASSPHRASE, shot } from './fixtures';
import { japaneseOutsideUserData, markedJapanese } from './language';

test.use({ actionTimeout: 15_000 });

/** Goes to a screen by its address and waits for its own heading (not the one of the screen before). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    for (const el of Array.from(document.querySelectorAll('main h1'))) el.setAttribute('data-before', '');
    window.location.hash = h;
  }, hash);
  await expect(page.locator('main h1:not([data-before])').first()).toBeVisible();
}

/** After a click that opens another screen: waits for the new screen's heading. */
async function opened(page: Page, click: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('main h1'))) el.setAttribute('data-before', '');
  });
  await click();
  await expect(page.locator('main h1:not([data-before])').first()).toBeVisible();
}

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
    main?.append(user, mixed, label, planted, attr);
  });
  const found = await japaneseOutsideUserData(page);
  expect(found.map((f) => f.text)).toEqual(['Step: 相談受付', '例：山田']);
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
});

test('every screen of the demo vault in English', async ({ page }) => {
  test.setTimeout(600_000);
  page.on('dialog', (d) => void d.accept());
  await chooseEnglish(page);
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

  const screens: [string, string][] = [
    ['#/reach', 'reach'],
    ['#/persons', 'persons'],
    ['#/contacts', 'contacts'],
    ['#/meetings', 'meetings'],
    ['#/actions', 'actions'],
    ['#/referrals', 'referrals'],
    ['#/report', 'report'],
    ['#/dashboard', 'dashboard'],
    ['#/templates', 'templates'],
    ['#/trash', 'trash'],
    ['#/audit', 'audit'],
    ['#/backup', 'backup'],
    ['#/exchange', 'exchange'],
    ['#/handover', 'handover'],
    ['#/settings', 'settings'],
    ['#/directory', 'directory'],
    ['#/persons/new', 'person-new'],
    ['#/contacts/new', 'contact-new'],
    ['#/meetings/new/case', 'meeting-new-case'],
    ['#/meetings/new/team', 'meeting-new-team'],
    ['#/meetings/new/area', 'meeting-new-area'],
  ];
  for (const [hash, name] of screens) {
    await go(page, hash);
    await checkEnglish(page, name);
  }

  // A person's page, their edit form, a contact entry, a meeting, a referral and its sheet.
  const people = page.getByRole('list', { name: 'People' }).getByRole('link');
  await go(page, '#/persons');
  await opened(page, () => people.first().click());
  await expect(page.getByRole('heading', { name: 'History (newest first)' })).toBeVisible();
  await checkEnglish(page, 'person');
  await opened(page, () => page.getByRole('link', { name: 'Edit', exact: true }).click());
  await checkEnglish(page, 'person-edit');

  await go(page, '#/contacts');
  await page.locator('a.log-person').first().waitFor();
  await opened(page, () => page.locator('main a[href^="#/contacts/"]:not([href="#/contacts/new"])').first().click());
  await checkEnglish(page, 'contact');

  await go(page, '#/meetings');
  await opened(page, () => page.locator('main a[href^="#/meetings/"]:not([href*="/new/"])').first().click());
  await checkEnglish(page, 'meeting');

  await go(page, '#/referrals');
  await opened(page, () => page.locator('main a[href^="#/referrals/"]').first().click());
  await checkEnglish(page, 'referral');
  await opened(page, () => page.locator('main a[href$="/sheet"]').first().click());
  await checkEnglish(page, 'referral-sheet');

  // Ending notes: a template's editor, and a note in the standard (Japanese) template started
  // for a person: its questions are the template's, marked with its language.
  await go(page, '#/templates');
  await opened(page, () => page.locator('main a[href$="/edit"]').first().click());
  await checkEnglish(page, 'template-edit');
  await go(page, '#/persons');
  await opened(page, () => people.nth(1).click());
  await opened(page, () => page.getByRole('button', { name: 'Write a note for this person' }).click());
  await expect(page).toHaveURL(/#\/notes\//);
  await expect(page.locator('main fieldset legend').first()).toBeVisible();
  await checkEnglish(page, 'note');

  // A contact recorded with a common phrase: the phrase goes in in the screen's language.
  await go(page, '#/contacts/new');
  await page.getByRole('combobox', { name: 'Person' }).fill('いとう たかし');
  await page.getByRole('combobox', { name: 'Person' }).press('Enter');
  await page.getByRole('button', { name: 'No change', exact: true }).click();
  await expect(page.getByLabel('What happened')).toHaveValue('No change');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Recorded: /)).toBeVisible();
  await checkEnglish(page, 'contact-saved');

  // A person moved to the trash.
  await go(page, '#/persons');
  await opened(page, () => people.nth(2).click());
  await opened(page, () => page.getByRole('button', { name: 'Move to trash' }).click());
  await go(page, '#/trash');
  await expect(page.getByRole('button', { name: /^Restore/ }).first()).toBeVisible();
  await checkEnglish(page, 'trash-items');

  // Lock and unlock the demo vault.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock', level: 2 })).toBeVisible();
  await checkEnglish(page, 'demo-unlock');
});
