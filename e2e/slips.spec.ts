// Issue 15, the slips left after the first pass: messages that stayed on the contact, meeting,
// referral and 本人情報シート forms after the fix was typed.
import type { Locator, Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, pinClock, PASSPHRASE } from './fixtures';
import { checkScreen } from './axe';
import { attendeesBox, setTextSize, startMeeting } from './meetingHelpers';
import { T0, fieldsForm, recordStep, saveFields, startReferral } from './referralSteps';

const invalid = (f: Locator) => expect(f).toHaveAttribute('aria-invalid', 'true');
const valid = (f: Locator) => expect(f).not.toHaveAttribute('aria-invalid', 'true');
const gone = (page: Page, text: string) => expect(page.getByText(text)).toHaveCount(0);

test('contact and meeting: a refused save marks the field, and the mark goes as the fix is typed', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '架空 花子', furigana: 'かくう はなこ' });

  await page.goto('/#/contacts/new');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  const summary = page.getByLabel('ようす・話したこと', { exact: true });
  await invalid(summary);
  await expect(page.getByText('「ようす・話したこと」を一言でも書いてください')).toBeVisible();
  await summary.fill('玄関先で話した。');
  await valid(summary);
  await gone(page, '「ようす・話したこと」を一言でも書いてください');
  await expect(page.locator('.cf-actions .error-box')).toHaveCount(0);

  await startMeeting(page, 'area');
  await page.getByRole('button', { name: '保存する', exact: true }).first().click();
  const discussion = page.getByLabel('検討内容', { exact: true });
  await expect(discussion).toBeFocused();
  await invalid(discussion);
  await discussion.fill('見守りの担い手について話し合った。');
  await valid(discussion);
  await gone(page, '何を話し合ったかを書いてください。');

  // 名簿にない人を追加 without a name, then the name.
  const box = attendeesBox(page);
  await box.locator('summary', { hasText: '名簿にない人を追加' }).click();
  const group = box.getByRole('group', { name: /^名簿にない人を追加/ });
  await group.getByRole('button', { name: /^追加する/ }).click();
  const adHocName = group.getByLabel('氏名', { exact: true });
  await invalid(adHocName);
  await adHocName.fill('架空 ケアマネ');
  await valid(adHocName);
});

async function referral(page: Page): Promise<void> {
  await pinClock(page, T0);
  await createVaultThroughUi(page, { role: 'ward-council' });
  await startReferral(page, '架空 𠮷子');
}

test('相談の内容: the refused date is unmarked once it is fixed', async ({ page }) => {
  await referral(page);

  // 相談の内容: a consultation date in the future, then a date that is fine.
  const form = fieldsForm(page);
  const date = form.getByLabel('相談日', { exact: true });
  await date.fill('2026-12-01');
  await saveFields(page);
  await invalid(date);
  await expect(form.getByText('赤い印のところを直してください。')).toBeVisible();
  await date.fill('2026-11-02');
  await valid(date);
  await expect(form.getByText('赤い印のところを直してください。')).toHaveCount(0);
});

test('つなぎ先 and 経過: the missing field is unmarked once it is filled', async ({ page }) => {
  await referral(page);
  // つなぎ先: none chosen, then one.
  const handover = page.getByRole('form', { name: 'つなぎ先を記録する' });
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  const to = handover.getByLabel('つなぎ先', { exact: true });
  await invalid(to);
  await to.selectOption('よこはま成年後見推進センター');
  await valid(to);

  // 経過: an empty note, then a word.
  const notes = page.getByRole('form', { name: '経過を記録する' });
  await notes.getByRole('button', { name: 'この経過を記録する' }).click();
  const text = notes.getByLabel('経過の内容');
  await invalid(text);
  await text.fill('電話で様子を聞いた。');
  await valid(text);
});

test('段階: a refusal stays while it applies and goes with the reason', async ({ page }) => {
  await referral(page);
  // 段階: 見送り needs its reason; a change elsewhere does not take the message away, the reason does.
  const step = page.getByRole('form', { name: '段階を記録する' });
  await recordStep(page, '見送り');
  await expect(page.getByTestId('step-refused')).toBeVisible();
  await step.getByLabel('次の段階').selectOption({ label: '取下げ' });
  await expect(page.getByTestId('step-refused')).toBeVisible();
  await step.getByLabel('メモ').fill('本人が今は望まない。');
  await expect(page.getByTestId('step-refused')).toHaveCount(0);
});

test('本人情報シート: the emptied 作成者氏名 is unmarked once typed again', async ({ page }) => {
  await referral(page);
  // 本人情報シート: 作成者氏名 emptied and refused, then typed again.
  await page.getByRole('link', { name: '本人情報シートを作成' }).click();
  const author = page.getByLabel('作成者氏名');
  await author.fill('');
  await page.getByRole('button', { name: '保存する' }).click();
  await invalid(author);
  await author.fill('架空 相談員');
  await valid(author);
  await expect(page.locator('.sheet-form .error-box')).toHaveCount(0);
});

/** The actions (buttons, links, fields) the visible toast covers, by their text or label. */
async function coveredByToast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toast = document.querySelector<HTMLElement>('.toast');
    if (!toast || toast.textContent === '' || getComputedStyle(toast).opacity === '0') return [];
    const t = toast.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, label'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (t.right <= r.left || r.right <= t.left || t.bottom <= r.top || r.bottom <= t.top) continue;
      out.push(el.textContent?.trim() || el.getAttribute('aria-label') || el.id || el.tagName);
    }
    return out;
  });
}

test('the step-recorded toast covers no action, such as the buttons of the skip question (特大)', async ({ page }) => {
  await pinClock(page, T0);
  await createVaultThroughUi(page, { role: 'ward-council' });
  await setTextSize(page, 'xlarge');
  await openMenu(page, '対象者');
  await startReferral(page, '架空 𠮷子');
  await recordStep(page, '情報収集');
  const toast = page.locator('.toast');
  await expect(toast).toHaveText('「情報収集」を記録しました。');
  expect(await coveredByToast(page)).toEqual([]);
  await recordStep(page, '後見人等選任');
  const ask = page.getByTestId('step-skip-confirm');
  await expect(ask.getByRole('button', { name: '飛ばして記録する' })).toBeFocused();
  // Within the toast's 6 s: its text is in the live region, and what is seen of it covers nothing.
  await expect(toast).toHaveText('「情報収集」を記録しました。');
  await page.screenshot({ path: 'test-results/screens-slips/skip-confirm-toast-xlarge.png' });
  expect(await coveredByToast(page)).toEqual([]);
  // The question answered, the toast has a free place and is seen there.
  await ask.getByRole('button', { name: 'やめて選び直す' }).click();
  await expect(toast).toHaveAttribute('data-place', /^(bottom|top|between)$/);
  await expect(toast).toHaveCSS('opacity', '1');
  await page.screenshot({ path: 'test-results/screens-slips/skip-answered-toast-xlarge.png' });
  expect(await coveredByToast(page)).toEqual([]);
});

test('a summary kept whole is saved as all its entries or none: a refused character past the limit saves nothing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '架空 花子', furigana: 'かくう はなこ' });
  await page.goto('/#/contacts/new');
  await page.getByRole('combobox', { name: '対象者' }).fill('かくう');
  await expect(page.getByRole('option').first()).toContainText('架空 花子');
  await page.keyboard.press('Enter');
  const summary = page.getByLabel('ようす・話したこと', { exact: true });
  // A text copied from elsewhere, with a right-to-left override (U+202E) after the first 20,000 characters.
  const long = `${'民生委員の訪問で話を聞いた。\n'.repeat(1500)}最後に\u202Eが紛れた𠮷。`;
  await summary.click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), long);
  await page.keyboard.press('Control+V');
  await page.getByRole('alertdialog', { name: 'この欄に入りきりません' }).getByRole('button', { name: '全文を残す' }).click();
  await expect(summary).toHaveValue(long);
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  // Refused where it is typed, not half-saved: the field says where the character is, nothing is in the log.
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await page.goto('/#/contacts');
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
  await expect(page.locator('.log-row')).toHaveCount(0);
  // The draft still holds the whole text.
  await page.goto('/#/contacts/new');
  await expect(page.getByLabel('ようす・話したこと', { exact: true })).toHaveValue(long);
});

test('the strength bar has a visible fill for every rating, longer as it is stronger (特大)', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('display-choices').getByText('特大', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
  const pass = page.getByLabel('パスフレーズ', { exact: true });
  const bar = page.getByTestId('strength-bar');
  const widths: number[] = [];
  const colours: string[] = [];
  for (const [typed, word, filled] of [
    ['password1234', '弱い', 1],
    ['tsurumi-no-umi', 'ふつう', 2],
    ['つるみの海は春が好き', '強い', 3],
    [PASSPHRASE, 'とても強い', 4],
  ] as const) {
    await pass.fill(typed);
    await expect(page.getByTestId('strength')).toHaveText(`強さ：${word}`);
    await expect(bar.locator('span.on')).toHaveCount(filled);
    const fill = await bar.locator('span.on').evaluateAll((els) => ({
      width: els.reduce((w, el) => w + el.getBoundingClientRect().width, 0),
      colour: els[0] ? getComputedStyle(els[0]).backgroundColor : '',
    }));
    widths.push(fill.width);
    colours.push(fill.colour);
    if (filled === 1) {
      await page.locator('form').first().screenshot({ path: 'test-results/screens-slips/strength-weak-xlarge.png' });
      await checkScreen(page, 'slips-strength-weak-xlarge');
    }
  }
  // 弱い is short and red; each rating is longer than the one before and has its own colour.
  expect(widths[0]).toBeGreaterThan(20);
  expect(colours[0]).toBe('rgb(166, 27, 27)');
  for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1] ?? 0);
  expect(new Set(colours).size).toBe(4);
  await page.locator('form').first().screenshot({ path: 'test-results/screens-slips/strength-strong-xlarge.png' });
  // Nothing typed: no bar (the guide starts with the first character).
  await pass.fill('');
  await expect(bar).toHaveCount(0);
});

const enShot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens-slips/${name}.png`, fullPage: true });

test('the new issue-15 screens in English at Extra large', async ({ page, context }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page.on('dialog', (d) => void d.accept());
  await page.clock.install({ time: T0 });
  await page.goto('/');
  const choices = page.getByTestId('display-choices');
  await choices.getByRole('radio', { name: 'English' }).check();
  await choices.getByText('Extra large', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');

  // Setup with a weak passphrase.
  await page.getByRole('button', { name: 'Create a new record book' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('password1234');
  await expect(page.getByTestId('strength-reasons')).toContainText('much-used word');
  await enShot(page, 'en-setup-weak-xlarge');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase (again, to confirm)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Next' }).click();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Name').fill('架空 職員');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

  // Unlock with a wrong passphrase.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('まちがいの合言葉です');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await enShot(page, 'en-unlock-wrong-xlarge');

  // Recovery: the new recovery key.
  await page.getByRole('button', { name: /Forgot the passphrase/ }).click();
  await page.getByLabel(/Recovery key/).fill(key);
  await page.getByLabel('New passphrase').fill('新しい合言葉は港の灯り');
  await page.getByLabel('Passphrase (again, to confirm)').fill('新しい合言葉は港の灯り');
  await page.getByRole('button', { name: 'Reset and unlock' }).click();
  const shown = page.getByRole('region', { name: 'Write down your new recovery key' });
  await expect(shown).toBeVisible();
  await enShot(page, 'en-recovery-new-key-xlarge');
  await shown.getByLabel('I have written down the recovery key').check();
  await shown.getByRole('button', { name: 'Open the record book' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

  // The idle warning.
  await page.clock.runFor(5 * 60_000 - 20_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await enShot(page, 'en-idle-warning-xlarge');
  await page.keyboard.press('Shift');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);

  // The paste dialog.
  await page.goto('/#/persons/new');
  await page.getByLabel('Name', { exact: true }).fill('架空 𠮷子');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: '架空 𠮷子', level: 1 })).toBeVisible();
  const personUrl = page.url();
  await page.goto('/#/contacts/new');
  await page.getByLabel('What happened', { exact: true }).click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), `${'A visit by the commissioner. '.repeat(800)}`);
  await page.keyboard.press('Control+V');
  const dialog = page.getByRole('alertdialog', { name: 'This does not fit in the field' });
  await expect(dialog).toBeVisible();
  await enShot(page, 'en-paste-dialog-xlarge');
  await page.screenshot({ path: 'test-results/screens-slips/en-paste-dialog-view-xlarge.png' });
  await dialog.getByRole('button', { name: 'Keep the whole text' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  // The skip confirmation.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Record a visit or consultation');
  await page.goto(personUrl);
  await page.getByRole('button', { name: 'Record a guardianship consultation' }).click();
  const step = page.getByRole('form', { name: 'Record a step' });
  await step.getByLabel('Next step').selectOption({ label: 'Gathering information' });
  await step.getByRole('button', { name: 'Record this step' }).click();
  // The form is drawn again once the step is saved, with the step after it chosen: choosing before
  // that would be undone by it (seen on CI: the step after was recorded instead, with no skip).
  await expect(step.getByLabel('Next step').locator('option:checked')).toHaveText('Deciding the support plan');
  await step.getByLabel('Next step').selectOption({ label: 'Guardian appointed' });
  await step.getByRole('button', { name: 'Record this step' }).click();
  await expect(page.getByTestId('step-skip-confirm')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens-slips/en-skip-confirm-view-xlarge.png' });
  await step.screenshot({ path: 'test-results/screens-slips/en-skip-confirm-form-xlarge.png' });
});
