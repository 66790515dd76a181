// Issue 15, "nothing typed is lost" and "records that make sense", as a new commissioner meets
// them: a reload 50 ms after typing, a paste longer than the field, a save with nothing in it, a
// referral step that jumps ahead, and the つなぎ票 the receiving desk reads.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, unlock, shot, pinClock } from './fixtures';
import { checkScreen } from './axe';
import { setTextSize, startMeeting } from './meetingHelpers';
import { T0, history, printVia, radio, recordStep } from './referralSteps';

const summary = (page: Page) => page.getByLabel('ようす・話したこと', { exact: true });

test('words typed 50 ms before a reload are there after unlocking', async ({ page }) => {
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '架空 花子', furigana: 'かくう はなこ' });
  await page.goto('/#/contacts/new');
  await summary(page).click();
  await page.keyboard.type('玄関先で話した。');
  await page.waitForTimeout(600); // the first part is autosaved (400 ms after typing stops)
  await page.keyboard.type('最後の言葉𠮷');
  // The reload comes before the autosave could: only sealing on leaving keeps these words.
  await page.waitForTimeout(50);
  await page.reload();
  await unlock(page);
  await page.goto('/#/contacts/new');
  await expect(summary(page)).toHaveValue('玄関先で話した。最後の言葉𠮷');
});

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test('a paste longer than the field says what would be cut, and can keep the whole summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '架空 花子', furigana: 'かくう はなこ' });
  await setTextSize(page, 'xlarge');
  await page.goto('/#/contacts/new');
  await page.getByRole('combobox', { name: '対象者' }).fill('かくう');
  await expect(page.getByRole('option').first()).toContainText('架空 花子');
  await page.keyboard.press('Enter');
  const line = `${'民生委員の訪問で話を聞い'.repeat(8)}た。\n`; // 99 units
  const long = `${line.repeat(250)}最後の一文は残る𠮷。`; // 24,760 units
  await summary(page).click();
  await paste(page, long);
  const dialog = page.getByRole('alertdialog', { name: 'この欄に入りきりません' });
  await expect(dialog).toContainText(`貼り付けようとした文章は${long.length}文字です。この欄に入るのはあと20000文字`);
  await expect(dialog).toContainText(`最後の${long.length - 20_000}文字が入りません`);
  await expect(dialog.getByRole('button', { name: '全文を残す' })).toBeFocused();
  await checkScreen(page, 'paste-guard');
  await shot(page, 'paste-guard');
  await dialog.getByRole('button', { name: '全文を残す' }).click();
  await expect(summary(page)).toHaveValue(long);
  await expect(page.getByTestId('summary-continues')).toContainText('「続き」の記録1件');
  await shot(page, 'paste-kept-whole');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  const rows = page.getByRole('list', { name: /の記録（新しい順）$/ }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '（続き 2/2）' })).toHaveCount(1);

  // A one-line field: what fits only, and the cut is shown first.
  await page.goto('/#/contacts/new');
  const note = page.getByLabel('つなぎ先の補足（窓口・担当者名など）', { exact: true });
  await note.click();
  await paste(page, `${'あ'.repeat(290)}ここから先は入らない言葉`);
  await expect(dialog).toContainText('入らなくなる部分の始まり：');
  await expect(dialog.locator('q')).toHaveText('言葉');
  await expect(dialog.getByRole('button', { name: '全文を残す' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '入る300文字だけ貼り付ける' }).click();
  await expect(note).toHaveValue(`${'あ'.repeat(290)}ここから先は入らない`);
  await expect(note).toBeFocused();
});

test('a record without its minimum is refused with the field that needs it focused', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  // An empty 地域ケア会議 used to save as 第1回.
  await startMeeting(page, 'area');
  await setTextSize(page, 'xlarge');
  await startMeeting(page, 'area');
  await page.getByRole('button', { name: '保存する', exact: true }).first().click();
  const discussion = page.getByLabel('検討内容', { exact: true });
  await expect(discussion).toBeFocused();
  await expect(page.getByText('何を話し合ったかを書いてください。').first()).toBeVisible();
  await shot(page, 'meeting-minimum-xlarge');
  await page.screenshot({ path: 'test-results/screens/meeting-minimum-view-xlarge.png' });
  await checkScreen(page, 'meeting-minimum-xlarge');
  await expect(page.getByRole('heading', { name: '新しい地域ケア会議（地域・区レベル）', level: 1 })).toBeVisible();

  // A contact with no summary used to save.
  await page.goto('/#/contacts/new');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(summary(page)).toBeFocused();
  await expect(page.getByText('「ようす・話したこと」を一言でも書いてください')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/contact-minimum-view-xlarge.png' });
  await shot(page, 'contact-minimum-xlarge');
  await checkScreen(page, 'contact-minimum-xlarge');
  await summary(page).fill('変わりなし');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
});

test('a step that jumps ahead lists the skipped steps first; the つなぎ票 has birth date and age', async ({ page }) => {
  await pinClock(page, T0);
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill('架空 𠮷子');
  await page.getByLabel('生年月日', { exact: true }).fill('1948-03-15');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '架空 𠮷子', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '成年後見の相談を記録する' }).click();
  await recordStep(page, '情報収集');
  await expect(history(page).getByRole('listitem')).toHaveCount(2);

  await setTextSize(page, 'xlarge');
  await page.goBack();
  await recordStep(page, '後見人等選任');
  const ask = page.getByTestId('step-skip-confirm');
  await expect(ask).toContainText('「情報収集」から「後見人等選任」へ進めると、次の4つの段階を飛ばします');
  await expect(ask.getByRole('list', { name: '飛ばす段階' }).getByRole('listitem')).toHaveText([
    '支援方針検討',
    '申立準備',
    '申立済',
    '審判',
  ]);
  await expect(ask.getByRole('button', { name: '飛ばして記録する' })).toBeFocused();
  await shot(page, 'referral-skip-confirm-xlarge');
  await page
    .getByRole('form', { name: '段階を記録する' })
    .screenshot({ path: 'test-results/screens/referral-skip-confirm-form-xlarge.png' });
  await checkScreen(page, 'referral-skip-confirm-xlarge');
  await ask.getByRole('button', { name: 'やめて選び直す' }).click();
  await expect(history(page).getByRole('listitem')).toHaveCount(2);
  await recordStep(page, null);
  await ask.getByRole('button', { name: '飛ばして記録する' }).click();
  await expect(history(page).getByRole('listitem')).toHaveCount(3);
  await expect(history(page).getByRole('listitem').last()).toContainText('省略');

  const handover = page.getByRole('form', { name: 'つなぎ先を記録する' });
  await handover.getByLabel('つなぎ先', { exact: true }).selectOption('よこはま成年後見推進センター');
  await expect(radio(handover, '本人の同意', '本人の同意を得た')).toBeChecked();
  await handover.getByLabel('同意の方法').selectOption('書面');
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  const card = page.getByRole('list', { name: 'つなぎ先' }).getByRole('listitem').first();
  const sheet = await printVia(page, card.getByRole('button', { name: /^つなぎ票を印刷/ }), 'handover-birth-date');
  const flat = sheet.text.replace(/\s+/g, '');
  expect(flat).toContain('生年月日1948年3月15日（昭和23年3月15日）');
  expect(flat).toContain('年齢78歳（印刷日現在）');
});
