// Input that would corrupt display or print is refused at its field, in Japanese, with the text
// kept; failures that used to pass in silence reach the user: an answer that could not be kept at
// lock, person records that cannot be opened, display settings that could not be read.
import type { Locator, Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, unlock, shot, tokyoDay } from './fixtures';

/** Puts text into a field the way a paste would, characters a keyboard cannot type included. */
async function putText(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Rows in one table of the open vault's IndexedDB (what was really saved). */
function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ainet-records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

const errorOf = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.error');

test('a NUL, a U+202E and a birth date after today are refused beside their fields; the text stays; nothing is saved', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('link', { name: '新しく登録' }).click();
  const name = page.getByLabel('氏名', { exact: true });
  const furigana = page.getByLabel('ふりがな', { exact: true });
  const birth = page.getByLabel('生年月日', { exact: true });
  await putText(name, '山田\u0000花子');
  await furigana.click();
  await page.keyboard.insertText('やまだ\u202eはなこ');
  await birth.fill(tokyoDay(30));
  await page.getByRole('button', { name: '保存する' }).click();

  await expect(errorOf(page, '氏名')).toHaveText(
    '見えない制御文字（NUL など）が含まれています（3文字目）。消してからもう一度保存してください。',
  );
  await expect(errorOf(page, 'ふりがな')).toHaveText(
    '文字の並ぶ向きを変える見えない記号が含まれています（4文字目）。表示や印刷が乱れるので、消してからもう一度保存してください。',
  );
  await expect(errorOf(page, '生年月日')).toHaveText('今日より後の日付は記録できません。');
  for (const f of [name, furigana, birth]) await expect(f).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  // What was typed is still there, character for character.
  expect(await name.inputValue()).toBe('山田\u0000花子');
  expect(await furigana.inputValue()).toBe('やまだ\u202eはなこ');
  await expect(birth).toHaveValue(tokyoDay(30));
  expect(await countRows(page, 'persons')).toBe(0);
  await shot(page, 'input-refused-standard');

  // At 特大 the messages still sit beside their fields (the draft brings the input back).
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定', exact: true }).click();
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await page.goto('/#/persons/new');
  await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toBeVisible();
  expect(await name.inputValue()).toBe('山田\u0000花子');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(errorOf(page, '氏名')).toContainText('見えない制御文字（NUL など）');
  await expect(errorOf(page, '生年月日')).toBeVisible();
  await shot(page, 'input-refused-xlarge');
  await page.setViewportSize({ width: 1280, height: 860 });
  await name.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/input-refused-xlarge-window.png' });
  expect(await countRows(page, 'persons')).toBe(0);

  // Corrected, it saves; 𠮷, 葛󠄀 and a full-width space are kept exactly.
  await putText(name, '𠮷田\u3000葛󠄀子');
  await putText(furigana, 'よしだ くずこ');
  await birth.fill('1948-03-15');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '𠮷田\u3000葛󠄀子', level: 1, exact: true })).toBeVisible();
  expect(await countRows(page, 'persons')).toBe(1);
});

test('an ending-note answer with a NUL is refused beside its question, and locking says it could not be kept', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '見本 ハル' });
  await page.getByRole('button', { name: 'このかたのノートを書く' }).click();
  const message = page.getByLabel('メッセージ', { exact: true });
  await putText(message, 'ありがとう\u0000');
  await expect(errorOf(page, 'メッセージ')).toHaveText(
    '見えない制御文字（NUL など）が含まれています（6文字目）。消してからもう一度保存してください。',
  );
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByTestId('draft-lost')).toHaveText(
    'ロックする前に入力していた内容の一部を、残せませんでした。解除したら、入力していた画面を開いて、内容を確かめてください。',
  );
  await shot(page, 'lock-draft-lost');
  await unlock(page);
  await expect(message).toHaveValue('');
});

test('person records that cannot be opened are named by id on the person list and on the audit check', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '見本 一郎' });
  await page.getByRole('link', { name: '一覧に戻る' }).click();
  await addPersonThroughUi(page, { name: '見本 二郎' });
  await page.getByRole('button', { name: 'ロックする' }).click();
  // Damage one row's ciphertext, as a disk fault would.
  const damaged = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ainet-records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('persons', 'readwrite').objectStore('persons');
          const all = store.getAll();
          all.onsuccess = () => {
            const row = all.result[0] as { id: string; enc: { ct: Uint8Array } };
            row.enc.ct[0] = (row.enc.ct[0] ?? 0) ^ 0xff;
            store.put(row).onsuccess = () => {
              open.result.close();
              resolve(row.id);
            };
          };
        };
      }),
  );
  await unlock(page);
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '対象者', exact: true }).click();
  const notice = page.getByTestId('corrupt-notice');
  await expect(notice).toContainText('壊れていて開けない記録が1件あります。');
  await expect(notice).toContainText(damaged);
  await expect(page.getByTestId('person-count')).toHaveText('1人 / 全1人');
  await shot(page, 'persons-corrupt');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '操作記録', exact: true }).click();
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByTestId('corrupt-notice')).toContainText(damaged);
});

test('display settings that cannot be read are reset, and the first screen says so once', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: '新しい記録帳をつくる' })).toBeVisible();
  await expect(page.getByTestId('prefs-reset')).toHaveCount(0);
  await page.evaluate(() => localStorage.setItem('ainet.preferences', '{"textSize": "xlar'));
  await page.reload();
  await expect(page.getByTestId('prefs-reset')).toHaveText(/表示の設定（文字の大きさ・言語）を読み込めなかったため、標準に戻しました。/);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await shot(page, 'prefs-reset');
  await page.getByTestId('prefs-reset').getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByTestId('prefs-reset')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: '新しい記録帳をつくる' })).toBeVisible();
  await expect(page.getByTestId('prefs-reset')).toHaveCount(0);
});
