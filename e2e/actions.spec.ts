// やること end to end: items from a meeting (one already overdue, saved after the warning's
// second click), the counts at the top, closing and reopening from the list, and the filters.
import { test, expect, createVaultThroughUi, shot } from './fixtures';
import { addAction, openActions, openMeetings, saveMeetingForm, startMeeting, tokyoDay } from './meetingHelpers';

test('closing an action from the やること list changes the counts; reopening brings them back', async ({ page }) => {
  await createVaultThroughUi(page);
  await openActions(page);
  await expect(page.getByText('やることはまだありません。')).toBeVisible();
  await expect(page.getByTestId('action-counts')).toHaveText('未完了 0件、うち期限切れ 0件');

  // a meeting held 20 days ago; one of its actions is already past its due date
  await startMeeting(page, 'team');
  await page.getByLabel('開催日').fill(tokyoDay(-20));
  await page.getByLabel('地区', { exact: true }).selectOption({ label: '潮田' });
  await addAction(page, 1, { owner: '佐藤 花子', org: '区役所', task: '見守り名簿の更新', due: tokyoDay(-10) });
  await addAction(page, 2, { owner: '鈴木 三郎', org: '民生委員・児童委員等委嘱委員', task: 'サロンの案内を配る', due: tokyoDay(3) });
  await addAction(page, 3, { owner: '佐藤 花子', org: '区役所', task: '配食事業者との調整', due: tokyoDay(30) });
  await saveMeetingForm(page);
  // the past due date is a warning: shown, and saved on the second click
  const warning = page.locator('.warning-box');
  await expect(warning).toContainText('役割分担1　期限：期限がすでに過ぎています。');
  await expect(warning).toBeFocused();
  await shot(page, 'meeting-form-warning');
  await expect(page.getByRole('button', { name: '確認したので、このまま保存する' })).toBeVisible();
  await page.getByRole('button', { name: '確認したので、このまま保存する' }).click();
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();

  await openActions(page);
  const counts = page.getByTestId('action-counts');
  await expect(counts).toHaveText('未完了 3件、うち期限切れ 1件');
  const list = page.getByRole('list', { name: 'やることの一覧' });
  const cards = list.getByRole('listitem');
  await expect(cards).toHaveCount(3);
  // open items first, by due date
  await expect(cards.first()).toContainText('見守り名簿の更新');
  await expect(cards.first()).toContainText('期限切れ');
  await expect(cards.nth(1)).toContainText('期限が近い');
  await expect(cards.first()).toContainText('地区別支援チーム会議 第1回');
  await expect(cards.first()).toContainText('佐藤 花子（区役所）');
  await shot(page, 'actions-list');

  // close the overdue one
  await cards
    .first()
    .getByRole('button', { name: /^完了にする/ })
    .click();
  await expect(cards.first().getByLabel('完了日')).toHaveValue(tokyoDay());
  await expect(cards.first().getByLabel('完了日')).toBeFocused();
  await cards.first().getByLabel('メモ（任意）').fill('名簿を更新して配布済み');
  await shot(page, 'actions-complete-form');
  await cards.first().getByRole('button', { name: '完了として保存する' }).click();
  await expect(counts).toHaveText('未完了 2件、うち期限切れ 0件');
  await expect(page.getByRole('status').filter({ hasText: '完了にしました。' })).toBeVisible();
  await expect(cards).toHaveCount(2);

  // it is listed under 完了, with its note, and can be reopened
  await page.getByLabel('状態').selectOption('done');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('名簿を更新して配布済み');
  await cards
    .first()
    .getByRole('button', { name: /^未完了に戻す/ })
    .click();
  await expect(counts).toHaveText('未完了 3件、うち期限切れ 1件');
  await page.getByLabel('状態').selectOption('overdue');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('見守り名簿の更新');

  // filters: owner, due by, district
  await page.getByLabel('状態').selectOption('all');
  await page.getByLabel('担当').selectOption('佐藤 花子');
  await expect(cards).toHaveCount(2);
  await page.getByLabel('期限まで（この日までのもの）').fill(tokyoDay(5));
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: '条件を外す' }).click();
  await page.getByLabel('地区', { exact: true }).selectOption({ label: '生麦' });
  await expect(page.getByText('条件に合うものはありません。')).toBeVisible();
  await page.getByLabel('地区', { exact: true }).selectOption({ label: '潮田' });
  await expect(cards).toHaveCount(3);

  // the source link opens the minutes
  await cards
    .first()
    .getByRole('link', { name: /地区別支援チーム会議/ })
    .click();
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();
  await openMeetings(page);
  await expect(page.getByRole('list', { name: '会議の一覧（新しい順）' })).toContainText('未完了の役割分担 3件');
});
