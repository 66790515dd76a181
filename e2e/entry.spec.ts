// Setting up and getting back in (issue 15): errors that go as soon as they are fixed, the
// strength guide's reasons, a wrong passphrase kept selected, the recovery screen's confirmation
// and new recovery key, the idle lock announced with a countdown, and each vault's own last
// screen. Screenshots at 特大 go to test-results/screens-entry/.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, fillRecovery, takeNewRecoveryKey, unlock, PASSPHRASE } from './fixtures';
import { checkScreen } from './axe';

const entryShot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens-entry/${name}.png`, fullPage: true });

async function chooseXlarge(page: Page): Promise<void> {
  await page.getByTestId('display-choices').getByText('特大', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
}

/** Whether the whole value of the focused field is selected (ready to be corrected or typed over). */
const focusedAllSelected = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.value.length > 0 && el.selectionStart === 0 && el.selectionEnd === el.value.length
      ? el.value.length
      : 0;
  });

test('setup: an error goes as soon as it is fixed, and a common pattern is called weak with the reason', async ({ page }) => {
  await page.goto('/');
  await chooseXlarge(page);
  await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
  const pass = page.getByLabel('パスフレーズ', { exact: true });
  const confirm = page.getByLabel('パスフレーズ（確認のためもう一度）');

  await pass.fill('つるみの海');
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByText('パスフレーズは10文字以上にしてください。')).toBeVisible();
  await expect(pass).toBeFocused();
  await expect(pass).toHaveAttribute('aria-invalid', 'true');
  await entryShot(page, 'setup-too-short-xlarge');
  // Typing on to ten characters takes the message away, without another click.
  await pass.fill('つるみの海は春が好き');
  await expect(page.getByText('パスフレーズは10文字以上にしてください。')).toHaveCount(0);
  await expect(pass).not.toHaveAttribute('aria-invalid', 'true');

  // A confirmation that differs says so, and stops as soon as the two agree.
  await confirm.fill('つるみの海は春');
  await expect(page.getByText('2つのパスフレーズが一致しません。')).toBeVisible();
  await confirm.fill('つるみの海は春が好き');
  await expect(page.getByText('2つのパスフレーズが一致しません。')).toHaveCount(0);

  // Long but guessable: weak, and why, in plain words.
  await pass.fill('password1234');
  await expect(page.getByTestId('strength')).toHaveText('強さ：弱い');
  await expect(page.getByTestId('strength-reasons')).toContainText('よく使われる言葉（「password」など）が入っています。');
  await expect(page.getByTestId('strength-reasons')).toContainText('「1234」「abcd」のような、順に並んだ文字が入っています。');
  await entryShot(page, 'setup-weak-xlarge');
  await checkScreen(page, 'entry-setup-weak-xlarge');
  await pass.fill(PASSPHRASE);
  await expect(page.getByTestId('strength')).not.toHaveText('強さ：弱い');
  await confirm.fill(PASSPHRASE);
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  await page.getByLabel('回復キーを控えました').check();
  await page.getByRole('button', { name: '次へ' }).click();
  // The name's message, too, goes once a name is typed.
  await page.getByRole('button', { name: 'はじめる' }).click();
  const name = page.getByLabel('お名前');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('試験 職員');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
});

test('unlock: a wrong passphrase stays, selected, to be corrected', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await chooseXlarge(page);
  const slip = `${PASSPHRASE.slice(0, -1)}7`;
  await unlock(page, slip);
  await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  const field = page.getByLabel('パスフレーズ', { exact: true });
  await expect(field).toHaveValue(slip);
  await expect(field).toBeFocused();
  expect(await focusedAllSelected(page)).toBe(slip.length);
  await expect(page.getByText('入力したパスフレーズは消さずに残してあります。')).toBeVisible();
  await entryShot(page, 'unlock-wrong-xlarge');
  await checkScreen(page, 'entry-unlock-wrong-xlarge');
  // The slip is fixed in place: End, one Backspace, the right character.
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(PASSPHRASE.slice(-1));
  await page.getByRole('button', { name: '解除する' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
});

test('recovery: the new passphrase is confirmed, a new recovery key is shown and printable, and the old one stops working', async ({
  page,
}) => {
  const oldKey = await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await chooseXlarge(page);
  await page.getByRole('button', { name: /パスフレーズを忘れたとき/ }).click();
  await expect(page.getByLabel('パスフレーズ（確認のためもう一度）')).toBeVisible();
  await entryShot(page, 'recover-xlarge');

  // Two passphrases that differ are refused here, before anything changes.
  await page.getByLabel(/回復キー/).fill(oldKey);
  await page.getByLabel('新しいパスフレーズ').fill('新しい合言葉は港の灯り');
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill('新しい合言葉は港の明かり');
  await page.getByRole('button', { name: '再設定して解除する' }).click();
  await expect(page.getByText('2つのパスフレーズが一致しません。')).toBeVisible();
  await expect(page.getByLabel('パスフレーズ（確認のためもう一度）')).toBeFocused();
  await entryShot(page, 'recover-mismatch-xlarge');

  // A slip in the key keeps it, selected, for correction.
  const slipped = `${oldKey.slice(0, -1)}${oldKey.endsWith('A') ? 'B' : 'A'}`;
  await fillRecovery(page, slipped, '新しい合言葉は港の灯り');
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await expect(page.getByLabel(/回復キー/)).toHaveValue(slipped);
  expect(await focusedAllSelected(page)).toBe(slipped.length);

  await fillRecovery(page, oldKey, '新しい合言葉は港の灯り');
  const shown = page.getByRole('region', { name: '新しい回復キーを控えてください' });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('いま入力した回復キーは、もう使えません');
  await expect(shown.getByRole('button', { name: '回復キーを印刷する' })).toBeEnabled();
  await expect(shown.getByRole('button', { name: '記録帳を開く' })).toBeDisabled();
  await entryShot(page, 'recover-new-key-xlarge');
  await checkScreen(page, 'entry-recover-new-key-xlarge');
  const newKey = await takeNewRecoveryKey(page);
  expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  expect(newKey).not.toBe(oldKey);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();

  // The old key no longer opens the vault; the new one does.
  await page.getByRole('button', { name: 'ロックする' }).click();
  await page.getByRole('button', { name: /パスフレーズを忘れたとき/ }).click();
  await fillRecovery(page, oldKey, 'もうひとつの新しい合言葉');
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await page.getByLabel(/回復キー/).fill(newKey);
  await page.getByRole('button', { name: '再設定して解除する' }).click();
  expect(await takeNewRecoveryKey(page)).not.toBe(newKey);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
});

test('idle lock: a countdown in the last 30 seconds, and a key or a click keeps the vault open', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await chooseXlarge(page);
  await createVaultThroughUi(page);
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(5 * 60_000 - 31_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(2_000);
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('alert')).toHaveText('しばらく操作がないので、もうすぐ記録帳をロックします。');
  await expect(warning.getByRole('timer')).toHaveText(/^あと (29|30) 秒でロックします$/);
  await page.clock.runFor(10_000);
  await expect(warning.getByRole('timer')).toHaveText(/^あと (19|20) 秒でロックします$/);
  await entryShot(page, 'idle-warning-xlarge');
  await checkScreen(page, 'entry-idle-warning-xlarge');

  // A key takes the warning back and restarts the wait.
  await page.keyboard.press('Shift');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(5 * 60_000 - 31_000);
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: '続ける' })).toBeVisible();
  // So does a click, even with the pointer held still.
  await page.mouse.down();
  await page.mouse.up();
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(5 * 60_000 - 31_000);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  // Left alone, it locks when the countdown ends.
  await page.clock.runFor(31_000 + 1_000);
  await expect(page.getByText('しばらく操作がなかったのでロックしました。')).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('the demo vault and the real vault each open on their own last screen', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.evaluate(() => (window.location.hash = '#/contacts/new'));
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();

  await page.getByRole('button', { name: 'デモの記録帳を開く' }).click();
  await expect(page.getByText('デモ用の記録帳です。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/meetings'));
  await expect(page.getByRole('heading', { name: '会議', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();

  await page.getByRole('button', { name: '本番の記録帳に戻る' }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();

  await page.getByRole('button', { name: 'デモの記録帳を開く' }).click();
  await unlock(page, 'tsurumi-demo-2026');
  await expect(page.getByRole('heading', { name: '会議', level: 1 })).toBeVisible();

  // After a restart, too (the page reloads on the vault last used).
  await page.reload();
  await unlock(page, 'tsurumi-demo-2026');
  await expect(page.getByRole('heading', { name: '会議', level: 1 })).toBeVisible();
});

test('errors go as soon as they no longer apply: the person form, a backup, changing the passphrase', async ({ page }) => {
  await createVaultThroughUi(page);
  // The person form: an empty 氏名 is refused and marked, then the mark goes as the name is typed.
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByRole('button', { name: '保存する' }).click();
  const name = page.getByLabel('氏名', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(page.getByText('入力を確かめてください。')).toBeVisible();
  await name.fill('架空 花子');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('入力を確かめてください。')).toHaveCount(0);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '架空 花子', level: 1 })).toBeVisible();

  // A backup's passphrase: 「10文字以上」 goes once it is long enough, the mismatch once they agree.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'バックアップ', exact: true }).click();
  const pass = page.getByLabel('バックアップのパスフレーズ');
  const again = page.getByLabel('もう一度入力');
  await pass.fill('みじかい');
  await page.getByRole('button', { name: 'バックアップを作成' }).click();
  await expect(page.getByText('10文字以上にしてください。')).toBeVisible();
  await pass.fill('じゅうぶんに長いバックアップの合言葉');
  await expect(page.getByText('10文字以上にしてください。')).toHaveCount(0);
  await expect(page.getByText('2回の入力が違います。')).toBeVisible();
  await again.fill('じゅうぶんに長いバックアップの合言葉');
  await expect(page.getByText('2回の入力が違います。')).toHaveCount(0);

  // 設定 → パスフレーズを変える: typed twice, checked as typed; a wrong current one stays selected.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定', exact: true }).click();
  const form = page.getByRole('form', { name: 'パスフレーズを変える' });
  await form.getByLabel('いまのパスフレーズ').fill('まちがいの合言葉です');
  await form.getByLabel('新しいパスフレーズ').fill('みじかい');
  await form.getByRole('button', { name: 'パスフレーズを変える' }).click();
  await expect(form.getByText('パスフレーズは10文字以上にしてください。')).toBeVisible();
  await expect(form.getByLabel('新しいパスフレーズ')).toBeFocused();
  await form.getByLabel('新しいパスフレーズ').fill('新しい合言葉は港の灯り');
  await expect(form.getByText('パスフレーズは10文字以上にしてください。')).toHaveCount(0);
  await form.getByLabel('パスフレーズ（確認のためもう一度）').fill('新しい合言葉は港の灯り');
  await form.getByRole('button', { name: 'パスフレーズを変える' }).click();
  await expect(form.getByRole('alert')).toContainText('パスフレーズが違います');
  await expect(form.getByLabel('いまのパスフレーズ')).toHaveValue('まちがいの合言葉です');
  expect(await focusedAllSelected(page)).toBe('まちがいの合言葉です'.length);
  await form.getByLabel('いまのパスフレーズ').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'パスフレーズを変える' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'パスフレーズを変えました。' })).toBeVisible();
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByRole('heading', { name: 'ロックを解除' })).toBeVisible();
  await unlock(page, '新しい合言葉は港の灯り');
  await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
});
