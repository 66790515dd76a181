// The contact log (見守り・相談記録) through the UI: a routine visit by keyboard alone (with its
// keystrokes counted), the two-step save of a past follow-up, errors that keep every character,
// a 10,000-character summary, a draft that survives locking, and an entry found, edited and
// trashed through the log and the person page.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, unlock, shot, tokyoDay } from './fixtures';

const YAMADA = '山田 花子';
const YAMAMOTO = '山本 太郎';

const shortDate = (d: string) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;

async function setUp(page: Page) {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: YAMADA, furigana: 'やまだ はなこ' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: YAMAMOTO, furigana: 'やまもと たろう' });
}

async function openLog(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '見守り記録', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
}

const logRows = (page: Page) => page.getByRole('list', { name: /の記録（新しい順）$/ }).getByRole('listitem');
const summary = (page: Page) => page.getByLabel('ようす・話したこと', { exact: true });

test('a routine visit is logged with the keyboard alone in 6 keystrokes', async ({ page }) => {
  await setUp(page);
  await openLog(page);
  await page.getByRole('link', { name: '記録する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  const picker = page.getByRole('combobox', { name: '対象者' });
  await expect(picker).toBeFocused();
  await expect(page.getByLabel('日付', { exact: true })).toHaveValue(tokyoDay());
  await expect(page.getByRole('radio', { name: '訪問' })).toBeChecked();
  await shot(page, 'contact-form-new');

  // From here on only page.keyboard, and every key press is counted.
  let keystrokes = 0;
  const type = async (text: string) => {
    keystrokes += [...text].length;
    await page.keyboard.type(text);
  };
  const press = async (key: string) => {
    keystrokes += 1;
    await page.keyboard.press(key);
  };
  await type('やま'); // 2: both 山田 and 山本 match; 山田 (やまだ) comes first
  await expect(page.getByRole('option').first()).toContainText(YAMADA);
  await press('Enter'); // 1: picks the first match; focus moves on to the summary
  await expect(summary(page)).toBeFocused();
  await press('Tab'); // 1: to the first phrase, 「変わりなし」
  await press('Enter'); // 1: fills the summary
  await expect(summary(page)).toHaveValue('変わりなし');
  await shot(page, 'contact-form-routine');
  await press('Control+Enter'); // 1: saves
  // 2 + 1 + 1 + 1 + 1 = 6 keystrokes (with a Japanese IME the two kana take y-a-m-a + Enter: 9).
  expect(keystrokes).toBe(6);

  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
  await expect(page.locator('.toast')).toHaveText('記録しました。');
  await expect(page.getByRole('link', { name: '続けて記録する' })).toBeFocused();
  await expect(logRows(page)).toHaveCount(1);
  const row = logRows(page).first();
  await expect(row).toContainText(YAMADA);
  await expect(row).toContainText('訪問');
  await expect(row).toContainText('変わりなし');
  await shot(page, 'contact-log-one');

  // 続けて記録する: Enter opens a fresh form, the draft of the saved one is gone.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await expect(summary(page)).toHaveValue('');
  await expect(page.getByText('入力途中の内容を元に戻しました')).toHaveCount(0);
});

test('a follow-up due in the past warns first and saves on the second press', async ({ page }) => {
  await setUp(page);
  await page.goto('/#/contacts/new');
  const entryDate = tokyoDay(-10);
  const due = tokyoDay(-3);
  await page.getByRole('combobox', { name: '対象者' }).fill('やまもと');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('日付', { exact: true }).fill(entryDate);
  await page.getByRole('radio', { name: '電話' }).check();
  await summary(page).fill('通院の付き添いについて相談あり');
  await page.getByLabel('あとで対応が必要（フォローアップ）').check();
  await page.getByLabel('やること', { exact: true }).fill('ケアプラザに付き添いを相談');
  await page.getByLabel('期限', { exact: true }).fill(due);
  await expect(page.getByText('期限が今日より前の日付です。')).toBeVisible();

  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.locator('.warning-box')).toContainText('もう一度「このまま保存する」を押してください');
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await shot(page, 'contact-form-warning');
  await page.getByRole('button', { name: 'このまま保存する' }).click();

  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
  const row = logRows(page).first();
  await expect(row).toContainText(YAMAMOTO);
  await expect(row).toContainText('電話');
  await expect(row.locator('.badge.overdue')).toHaveText(`フォロー期限切れ：${shortDate(due)}`);
  await shot(page, 'contact-log-overdue');
});

test('errors block saving, say what to fix next to the field, and keep every character typed', async ({ page }) => {
  await setUp(page);
  await page.goto('/#/contacts/new');
  // Enter in the name box with no match (or before the list shows) never saves an entry without the person.
  await page.getByRole('combobox', { name: '対象者' }).fill('ぞぞぞ');
  await page.keyboard.press('Enter');
  await expect(page.getByText('一致する人がいません。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '対象者' }).fill('');
  const text = '𠮷田さんの隣の髙﨑さん宅へ。\n  空白も  そのまま。';
  await summary(page).fill(text);
  await page.getByLabel('気づき（任意）').fill('新聞がたまっていた');
  await page.getByLabel('分野', { exact: true }).selectOption('高齢者');
  await page.getByLabel('日付', { exact: true }).fill(tokyoDay(2));
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.locator('.cf-actions .error-box')).toHaveText('赤い印のところを直してください。入力した内容はそのまま残っています。');
  await expect(page.getByText('今日より後の日付は記録できません。')).toBeVisible();
  await expect(page.getByText('分野と内容は、両方選ぶか両方とも（なし）にしてください。')).toBeVisible();
  await expect(page.getByLabel('日付', { exact: true })).toBeFocused();
  await shot(page, 'contact-form-errors');
  await expect(summary(page)).toHaveValue(text);
  await expect(page.getByLabel('気づき（任意）')).toHaveValue('新聞がたまっていた');

  await page.getByLabel('日付', { exact: true }).fill(tokyoDay());
  await page.getByLabel('内容', { exact: true }).selectOption('生活環境');
  await expect(page.locator('.cf-actions .error-box')).toHaveCount(0);
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(logRows(page).first()).toContainText('高齢者・生活環境');
  await expect(logRows(page).first()).toContainText('（対象者なし）');
  await logRows(page).first().getByRole('link', { name: /^開く/ }).click();
  await expect(summary(page)).toHaveValue(text);
});

test('a 10,000-character summary is saved whole', async ({ page }) => {
  await setUp(page);
  await page.goto('/#/contacts/new');
  const line = '玄関先で本人と話す。「膝が痛むので買い物に行けない」とのこと。地域ケアプラザへ連絡。\n';
  let long = '';
  while (long.length < 10_000) long += line;
  long = long.slice(0, 9_995) + '【おわり】';
  expect(long).toHaveLength(10_000);
  await summary(page).fill(long);
  await expect(page.getByText('10000 / 20000 文字')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(logRows(page)).toHaveCount(1);
  await logRows(page).first().getByRole('link', { name: /^開く/ }).click();
  await expect(page.getByRole('heading', { name: /の記録を見る・直す$/, level: 1 })).toBeVisible();
  const saved = await summary(page).inputValue();
  expect(saved.length).toBe(10_000);
  expect(saved).toBe(long);
});

test('a half-filled form survives locking and comes back after unlocking', async ({ page }) => {
  await setUp(page);
  await page.goto('/#/contacts/new');
  await page.getByRole('combobox', { name: '対象者' }).fill('やまだ');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: '来所' }).check();
  await summary(page).fill('民生委員の相談日に来所。𠮷野家の話をした。');
  await page.getByLabel('分野', { exact: true }).selectOption('障害者');
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByText('ロックしました。')).toBeVisible();
  await expect(page.getByText('入力途中の内容は暗号化して保存してあります。')).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await expect(page.getByText(/入力途中の内容を元に戻しました（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} に自動保存）/)).toBeVisible();
  await expect(summary(page)).toHaveValue('民生委員の相談日に来所。𠮷野家の話をした。');
  await expect(page.getByRole('radio', { name: '来所' })).toBeChecked();
  await expect(page.getByLabel('分野', { exact: true })).toHaveValue('障害者');
  await expect(page.locator('.person-picker .chosen-name')).toHaveText(YAMADA);
  await shot(page, 'contact-form-restored');
});

test('an entry made from the person page shows there and in the log, opens, is edited and trashed', async ({ page }) => {
  await setUp(page);
  // From the person page: the form opens with the person chosen and comes back there.
  await expect(page.getByRole('heading', { name: YAMAMOTO, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '見守り・相談を記録する' }).first().click();
  await expect(page.locator('.person-picker .chosen-name')).toHaveText(YAMAMOTO);
  await expect(summary(page)).toBeFocused();
  await summary(page).fill('ゴミ出しの曜日を間違えがち');
  await page.getByLabel('つなぎ先', { exact: true }).selectOption('地域ケアプラザ');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: YAMAMOTO, level: 1 })).toBeVisible();
  const mine = page.getByRole('list', { name: '経過（新しい順）' }).getByRole('listitem').filter({ hasText: '訪問' });
  await expect(mine).toHaveCount(1);
  await expect(mine.first()).toContainText('ゴミ出しの曜日を間違えがち');
  await shot(page, 'person-page-contacts');

  // In the log, with a link to the person and one to the entry.
  await openLog(page);
  const row = logRows(page).first();
  await expect(row.getByRole('link', { name: YAMAMOTO, exact: true })).toBeVisible();
  await page.getByLabel('種別でしぼる').selectOption('電話');
  await expect(page.getByText('条件に合う記録はありません。')).toBeVisible();
  await page.getByLabel('種別でしぼる').selectOption('訪問');
  await expect(logRows(page)).toHaveCount(1);
  await row.getByRole('link', { name: /^開く/ }).click();
  await expect(page.getByRole('heading', { name: /の記録を見る・直す$/, level: 1 })).toBeVisible();
  await expect(summary(page)).toHaveValue('ゴミ出しの曜日を間違えがち');
  await summary(page).fill('ゴミ出しの曜日を間違えがち。カレンダーを貼った。');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.locator('.toast')).toHaveText('保存しました。');
  await expect(logRows(page).first()).toContainText('カレンダーを貼った');
  await logRows(page).first().getByRole('link', { name: YAMAMOTO, exact: true }).click();
  await expect(page.getByRole('heading', { name: YAMAMOTO, level: 1 })).toBeVisible();
  await expect(mine.first()).toContainText('カレンダーを貼った');

  // Trash: gone from the person page and the log; the audit log has all three steps.
  await mine.first().getByRole('link').click();
  await page.getByRole('button', { name: 'ごみ箱へ移す' }).click();
  await expect(page.locator('.toast')).toHaveText('ごみ箱へ移しました。');
  await expect(page.getByText('この月の記録はまだありません。')).toBeVisible();
  // …and back from the trash.
  await openMenu(page, 'ごみ箱');
  await page.getByRole('button', { name: '元に戻す' }).click();
  await openLog(page);
  await expect(logRows(page)).toHaveCount(1);
  await openMenu(page, '操作記録');
  // The rows load after the page: wait for each, rather than reading a list that may be empty yet.
  const action = page.locator('table.audit tbody td:nth-child(4)');
  for (const a of ['見守り・相談記録を登録', '見守り・相談記録を編集', '見守り・相談記録をごみ箱へ'])
    await expect(action.filter({ hasText: new RegExp(`^${a}$`) }).first()).toBeVisible();
});

test('the pillar-2 goals follow the kind until the user changes them', async ({ page }) => {
  await setUp(page);
  await openLog(page);
  await page.getByRole('link', { name: '記録する', exact: true }).click();
  const goals = page.getByRole('group', { name: /柱2の行動目標/ });
  const goal = (id: string) => goals.getByRole('checkbox', { name: new RegExp(`^${id} `) });
  await expect(goal('2-2')).toBeChecked();
  await expect(goal('2-1')).not.toBeChecked();
  await page.getByRole('radio', { name: '来所' }).check();
  await expect(goal('2-1')).toBeChecked();
  await expect(goal('2-2')).not.toBeChecked();
  await goal('2-4').check();
  await page.getByRole('radio', { name: '訪問' }).check();
  // Changed by hand: a kind change no longer resets them.
  await expect(goal('2-1')).toBeChecked();
  await expect(goal('2-4')).toBeChecked();
  await goals.scrollIntoViewIfNeeded();
  await shot(page, 'contact-form-goals');
});
