// Accessibility of the meeting screens: axe (WCAG 2.0/2.1 A and AA) on each, failing on serious
// or critical findings, with a screenshot of each at the default and the 特大 text size.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi } from './fixtures';
import { checkScreen } from './axe';
import {
  addAction,
  addCase,
  addToDirectory,
  attendeesBox,
  openActions,
  openMeetings,
  saveMeetingForm,
  setTextSize,
  startMeeting,
  tokyoDay,
} from './meetingHelpers';

/** A vault with two persons, a directory, and one saved case meeting with actions (one closed). */
async function seed(page: Page): Promise<void> {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '𠮷田 ハル', furigana: 'よしだ はる' });
  await page.goto('/#/directory');
  await addToDirectory(page, { name: '髙橋 一郎', organisation: '地域ケアプラザ', role: '社会福祉士' });
  await addToDirectory(page, { name: '佐藤 花子', organisation: '区役所', role: '保健師' });
  await startMeeting(page, 'case');
  await attendeesBox(page)
    .getByLabel(/髙橋 一郎/)
    .check();
  await attendeesBox(page)
    .getByLabel(/佐藤 花子/)
    .check();
  await addCase(page, 1, '𠮷田 ハル');
  await page.getByLabel('事例として検討することに、本人（または家族）の同意を得ている').check();
  await page.getByLabel('同意を得た日').fill(tokyoDay());
  await page.getByRole('button', { name: '課題を追加' }).click();
  await page.getByLabel('課題1', { exact: true }).fill('買い物の手段がない');
  await page.getByLabel('検討内容', { exact: true }).fill('配食サービスの利用を検討した。');
  await addAction(page, 1, { owner: '髙橋 一郎', task: '配食サービスの手配', due: tokyoDay(3), person: '𠮷田 ハル' });
  await addAction(page, 2, { owner: '佐藤 花子', org: '区役所', task: '介護保険の申請支援', due: tokyoDay(20) });
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /個別ケース検討会議\s第1回/, level: 1 })).toBeVisible();
}

test('meeting screens: list, directory, new form, errors, warnings, saved minutes, previous items, やること', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page);
  await openMeetings(page);
  await checkScreen(page, 'meetings-empty');
  await page.goto('/#/directory');
  await checkScreen(page, 'directory-empty');
  await page.getByRole('button', { name: '名簿に追加', exact: true }).click();
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByText('必ず入力してください。')).toBeVisible();
  await checkScreen(page, 'directory-form-error');
  await openActions(page);
  await checkScreen(page, 'actions-empty');

  await startMeeting(page, 'case');
  await checkScreen(page, 'meeting-new-case');
  await page.getByLabel('開始時刻').fill('15:00');
  await page.getByLabel('終了時刻').fill('14:00');
  await page.getByRole('button', { name: '事例を追加' }).click();
  await addAction(page, 1, { owner: '', task: '連絡', due: tokyoDay(-1) });
  await saveMeetingForm(page);
  await expect(page.locator('.problem-summary')).toBeVisible();
  await checkScreen(page, 'meeting-errors');
  await page
    .locator('.form-bar')
    .getByRole('button', { name: /^(入力を破棄する|やめる)$/ })
    .click();
  await startMeeting(page, 'area');
  await checkScreen(page, 'meeting-new-area');
});

test('meeting screens with records, at the default and the 特大 text size', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await seed(page);
  for (const size of ['normal', 'xlarge'] as const) {
    await setTextSize(page, size);
    const tag = size === 'normal' ? '' : '-xlarge';
    await openMeetings(page);
    await checkScreen(page, `meetings-list${tag}`);
    await page.getByRole('list', { name: '会議の一覧（新しい順）' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: '議事録の印刷' })).toBeVisible();
    await checkScreen(page, `meeting-saved${tag}`);
    await page.goto('/#/directory');
    await page.getByRole('button', { name: /^編集\s*：髙橋 一郎$/ }).click();
    await checkScreen(page, `directory-edit${tag}`);
    await page.getByRole('button', { name: 'やめる' }).click();

    await openActions(page);
    await checkScreen(page, `actions${tag}`);
    await page
      .getByRole('list', { name: 'やることの一覧' })
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^完了にする/ })
      .click();
    await checkScreen(page, `actions-complete-form${tag}`);
    await page.getByRole('button', { name: 'やめる' }).click();

    await startMeeting(page, 'case');
    await expect(page.getByRole('region', { name: '前回の会議の未完了の役割分担' })).toBeVisible();
    await checkScreen(page, `meeting-next-with-previous${tag}`);
    // a warning (no consent for a case) waiting for the second click
    await addCase(page, 1, '𠮷田 ハル');
    await saveMeetingForm(page);
    await expect(page.locator('.warning-box')).toBeVisible();
    await checkScreen(page, `meeting-warning${tag}`);
    await page
      .locator('.form-bar')
      .getByRole('button', { name: /^(入力を破棄する|やめる)$/ })
      .click();
  }
});

test('the demo vault’s meeting and action items', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /デモで試す/ }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await openMeetings(page);
  const rows = page.getByRole('list', { name: '会議の一覧（新しい順）' }).getByRole('link');
  await expect(rows.first()).toBeVisible();
  await checkScreen(page, 'demo-meetings');
  await rows.first().click();
  await expect(page.getByRole('heading', { name: '議事録の印刷' })).toBeVisible();
  await checkScreen(page, 'demo-meeting');
  await openActions(page);
  await expect(page.getByRole('list', { name: 'やることの一覧' }).getByRole('listitem').first()).toBeVisible();
  await checkScreen(page, 'demo-actions');
});
