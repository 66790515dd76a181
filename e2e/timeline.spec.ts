// The person page's timeline: a referral (two steps), a contact-log entry and a case meeting
// about the same person appear in one list, newest first, and the kind filters hide and show
// them with their counts.
import { test, expect, createVaultThroughUi, shot } from './fixtures';
import { addCase, saveMeetingForm, startMeeting, tokyoDay } from './meetingHelpers';
import { recordStep, startReferral } from './referralSteps';

const NAME = '経過 花子';

test('contacts, a case meeting and referral steps share one timeline, newest first, with filters', async ({ page }) => {
  await createVaultThroughUi(page, { role: 'care-plaza' });
  await startReferral(page, NAME);
  await recordStep(page, '情報収集', '長女に連絡した');
  await page
    .getByRole('link', { name: new RegExp(NAME) })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();

  await page.getByRole('link', { name: '見守り・相談を記録する' }).first().click();
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('タイムライン確認の訪問');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();

  await startMeeting(page, 'case');
  await addCase(page, 1, NAME);
  await page.getByLabel('事例として検討することに、本人（または家族）の同意を得ている').check();
  await page.getByLabel('同意を得た日').fill(tokyoDay());
  await page.getByLabel('結論・支援方針', { exact: true }).fill('週1回の見守りを続ける');
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /個別ケース検討会議\s第1回/, level: 1 })).toBeVisible();

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '対象者', exact: true }).click();
  await page
    .getByRole('link', { name: new RegExp(NAME) })
    .first()
    .click();
  const timeline = page.getByRole('list', { name: '経過（新しい順）' });
  const items = timeline.getByRole('listitem');
  // All on today: the meeting was recorded last, then the contact, then the referral's steps.
  await expect(items.locator('.kind')).toHaveText(['会議', '見守り・相談', '成年後見', '成年後見']);
  await expect(items.nth(0)).toContainText('個別ケース検討会議：週1回の見守りを続ける');
  await expect(items.nth(1)).toContainText('訪問：タイムライン確認の訪問');
  await expect(items.nth(2)).toContainText('情報収集：長女に連絡した');
  await expect(items.nth(3)).toContainText('相談受付');
  await shot(page, 'timeline-all');

  const filters = page.getByRole('group', { name: '表示するもの' });
  await expect(filters.getByLabel('成年後見（2）')).toBeChecked();
  await filters.getByLabel('見守り・相談（1）').uncheck();
  await filters.getByLabel('成年後見（2）').uncheck();
  await expect(items.locator('.kind')).toHaveText(['会議']);
  await filters.getByLabel('会議（1）').uncheck();
  await expect(page.getByText('選んだ種類の記録はありません。')).toBeVisible();
  await filters.getByLabel('見守り・相談（1）').check();
  await expect(items.locator('.kind')).toHaveText(['見守り・相談']);
  // Each line opens its record.
  await items.first().getByRole('link').click();
  await expect(page.getByLabel('ようす・話したこと', { exact: true })).toHaveValue('タイムライン確認の訪問');
});
