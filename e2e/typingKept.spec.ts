// Nothing typed is lost (issue 15): typing followed at once by a reload keeps the last words.
import { test, expect, createVaultThroughUi, addPersonThroughUi, unlock } from './fixtures';

test('words typed 50 ms before a reload are there after unlocking', async ({ page }) => {
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '架空 花子', furigana: 'かくう はなこ' });
  await page.goto('/#/contacts/new');
  const summary = page.getByLabel('ようす・話したこと', { exact: true });
  await summary.click();
  await page.keyboard.type('玄関先で話した。');
  await page.waitForTimeout(600); // the first part is autosaved (400 ms after typing stops)
  await page.keyboard.type('最後の言葉𠮷');
  await page.waitForTimeout(50);
  await page.reload();
  await unlock(page);
  await page.goto('/#/contacts/new');
  await expect(page.getByLabel('ようす・話したこと', { exact: true })).toHaveValue('玄関先で話した。最後の言葉𠮷');
});
