// The person registry through the UI: exact names (outside the BMP, rare kanji), 和暦, consent,
// a long note, search as you type, edit, trash / restore / empty, and the audit trail of it all.
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, shot } from './fixtures';
import type { Page } from '@playwright/test';

// 𠮷 (U+20BB7) is outside the BMP; 髙 (U+9AD9) and 﨑 (U+FA11) are the rare kanji that get
// "corrected" to 高 / 崎 by careless normalisation.
const NAME = '𠮷田 髙﨑 ハル';
const FURIGANA = 'よしだ たかさき はる';
const OTHER = '山田 花子';

/** 10,000 BMP characters (so .length counts characters), with a unique end so truncation shows. */
function longNote(): string {
  const line = '本人より、朝の見守り訪問で「膝が痛むので買い物に行けない」と話あり。地域ケアプラザへ連絡済み。\n';
  let s = '';
  while (s.length < 10_000 - 5) s += line;
  return (s.slice(0, 10_000 - 5) + '【終わり】').slice(0, 10_000);
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '名前・ふりがなで検索' });
const count = (page: Page) => page.getByTestId('person-count');

test('a person is registered, found, edited, trashed, restored and purged, and the audit log shows it all', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page);
  await shot(page, 'persons-list-empty');

  // ---- register ----
  await page.getByRole('link', { name: '新しく登録' }).click();
  await expect(page.getByRole('heading', { name: '対象者の登録', level: 1 })).toBeVisible();
  await page.getByLabel('氏名', { exact: true }).fill(NAME);
  await page.getByLabel('ふりがな', { exact: true }).fill(FURIGANA);
  await page.getByLabel('生年月日', { exact: true }).fill('1948-03-15');
  await expect(page.getByText('1948-03-15（昭和23年3月15日・月曜日）')).toBeVisible();
  await page.getByLabel('情報共有に同意を得ている').check();
  await page.getByLabel('同意日', { exact: true }).fill('2026-04-01');
  await expect(page.getByText('2026-04-01（令和8年4月1日・水曜日）')).toBeVisible();
  await page.getByLabel('同意を得た人', { exact: true }).fill('試験 職員');
  const scopes = page.getByRole('group', { name: '共有してよい相手' });
  await scopes.getByLabel('地域ケアプラザ', { exact: true }).check();
  await scopes.getByLabel('民生委員', { exact: true }).check();
  const note = longNote();
  expect(note).toHaveLength(10_000);
  await page.getByLabel('メモ', { exact: true }).fill(note);
  await expect(page.getByText('10000 / 20000 文字')).toBeVisible();
  await shot(page, 'person-form-filled');
  await page.getByRole('button', { name: '保存する' }).click();

  // ---- the person page keeps every character ----
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(NAME);
  const shown = (await title.textContent()) ?? '';
  expect(shown).toBe(NAME);
  expect([...shown].map((c) => c.codePointAt(0)?.toString(16))).toEqual(['20bb7', '7530', '20', '9ad9', 'fa11', '20', '30cf', '30eb']);
  await expect(page.getByRole('status').filter({ hasText: '登録しました。' })).toBeVisible();
  const details = page.locator('dl.details');
  await expect(details).toContainText('1948年3月15日（昭和23年3月15日）');
  await expect(details).toContainText('2026年4月1日（令和8年4月1日）');
  await expect(details).toContainText('地域ケアプラザ、民生委員');
  await expect(details).toContainText(FURIGANA);
  const noteShown = await page.locator('.note-text').textContent();
  expect(noteShown).toBe(note);
  const personUrl = page.url();
  await shot(page, 'person-page');

  // a second person, so that the search has something to leave out
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: OTHER, furigana: 'やまだ はなこ' });
  await openMenu(page, '対象者');
  await expect(count(page)).toHaveText('2人 / 全2人');
  await shot(page, 'persons-list-two');

  // ---- search as you type ----
  const onlyYoshida = async (q: string) => {
    await searchBox(page).fill(q);
    await expect(count(page), `query ${q}`).toHaveText('1人 / 全2人');
    const list = page.getByRole('list', { name: '対象者の一覧' });
    await expect(list.getByRole('link')).toHaveCount(1);
    await expect(list.locator('.name')).toHaveText(NAME);
  };
  await onlyYoshida('ヨシダ'); // katakana against hiragana furigana
  await onlyYoshida('ﾖｼﾀﾞ'); // half-width katakana with a separate voiced mark
  await onlyYoshida('𠮷'); // partial kanji, outside the BMP
  await onlyYoshida('髙﨑');
  await onlyYoshida('吉田 高崎'); // the standard kanji find the variants typed (𠮷, 髙, 﨑)
  await onlyYoshida('高嵜'); // another variant of 崎
  await onlyYoshida('たかさき　はる'); // full-width space between pieces
  await shot(page, 'persons-search-hit');
  await searchBox(page).fill('存在しない名前');
  await expect(count(page)).toHaveText('0人 / 全2人');
  await expect(page.getByText('「存在しない名前」に合う人はいません。')).toBeVisible();
  await shot(page, 'persons-search-nomatch');
  await searchBox(page).fill('');
  await expect(count(page)).toHaveText('2人 / 全2人');

  // ---- edit ----
  await page.getByRole('link', { name: new RegExp(`^${NAME}`) }).click();
  await expect(title).toHaveText(NAME);
  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { name: `${NAME}さんの情報を編集`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue(NAME);
  await expect(page.getByLabel('メモ', { exact: true })).toHaveValue(note);
  await page.getByLabel('電話', { exact: true }).first().fill('045-000-0000');
  await page.getByLabel('世帯', { exact: true }).selectOption('独居');
  await shot(page, 'person-form-edit');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expect(details).toContainText('045-000-0000');
  await expect(details).toContainText('独居');
  await expect(title).toHaveText(NAME);
  expect(page.url()).toBe(personUrl);

  // ---- trash, restore, trash again, empty ----
  await page.getByRole('button', { name: 'ごみ箱へ移す' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await expect(count(page)).toHaveText('1人 / 全1人');
  await openMenu(page, 'ごみ箱');
  await expect(page.locator('.plain-list .name')).toHaveText([NAME]);
  await shot(page, 'trash-with-items');
  await page.getByRole('button', { name: new RegExp(`^元に戻す\\s*：${NAME}$`) }).click();
  await expect(page.getByText('ごみ箱は空です。')).toBeVisible();
  await shot(page, 'trash-empty');
  await openMenu(page, '対象者');
  await expect(count(page)).toHaveText('2人 / 全2人');
  await page.getByRole('link', { name: new RegExp(`^${NAME}`) }).click();
  await page.getByRole('button', { name: 'ごみ箱へ移す' }).click();
  await expect(count(page)).toHaveText('1人 / 全1人');
  await openMenu(page, 'ごみ箱');
  await page.getByRole('button', { name: 'ごみ箱を空にする' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1件を完全に消しました。' })).toBeVisible();
  await expect(page.getByText('ごみ箱は空です。')).toBeVisible();
  await page.goto(personUrl);
  await expect(page.getByText('その記録は見つかりません（削除された可能性があります）。')).toBeVisible();

  // ---- audit log ----
  await openMenu(page, '操作記録');
  const actions = page.locator('table.audit tbody td:nth-child(4)');
  // The rows load after the page: wait for the last entry before reading them all.
  await expect(actions.filter({ hasText: /^ごみ箱を空にした$/ })).toHaveCount(1);
  const list = await actions.allTextContents();
  for (const a of [
    '記録帳を作成',
    '使う人の情報を変更',
    '対象者を登録',
    '対象者を編集',
    'ごみ箱へ移動',
    'ごみ箱から戻す',
    '完全に削除',
    'ごみ箱を空にした',
  ]) {
    expect(list, `audit log lists ${a}`).toContain(a);
  }
  expect(list.filter((a) => a === '対象者を登録')).toHaveLength(2);
  expect(list.filter((a) => a === 'ごみ箱へ移動')).toHaveLength(2);
  // nothing personal in the log
  await expect(page.locator('table.audit')).not.toContainText('𠮷');
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByTestId('audit-check')).toHaveText(/^検証しました：\d+件すべて正常です。$/);
  const n = Number((await page.getByTestId('audit-check').textContent())?.match(/(\d+)件/)?.[1]);
  expect(n).toBeGreaterThanOrEqual(list.length);
  await shot(page, 'audit-verified');
});

test('saving without 氏名 says so in Japanese and keeps everything else that was typed', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('link', { name: '新しく登録' }).click();
  const name = page.getByLabel('氏名', { exact: true });
  await name.fill('　 '); // only spaces (full- and half-width) counts as empty
  await page.getByLabel('ふりがな', { exact: true }).fill(FURIGANA);
  await page.getByLabel('生年月日', { exact: true }).fill('1950-01-02');
  await page.getByLabel('住所', { exact: true }).fill('横浜市鶴見区鶴見中央3-20-1');
  await page.getByLabel('世帯', { exact: true }).selectOption('高齢者のみ世帯');
  await page.getByLabel('認知症の疑い', { exact: true }).check();
  await page.getByLabel('メモ', { exact: true }).fill('消えてはいけないメモ');
  await page.getByRole('button', { name: '保存する' }).click();

  await expect(page.locator('.error-box')).toHaveText('入力を確かめてください。');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const nameError = page.locator('.field.has-error .error');
  await expect(nameError).toHaveText('必ず入力してください。');
  // the save button is at the bottom of a long form: focus goes to the field to fix, so it is on screen
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  // the message is tied to the field for screen readers
  const errorId = await nameError.getAttribute('id');
  expect(await name.getAttribute('aria-describedby')).toContain(errorId);
  await shot(page, 'person-form-errors');

  // nothing else was lost, and the page did not move
  await expect(page.getByRole('heading', { name: '対象者の登録', level: 1 })).toBeVisible();
  await expect(name).toHaveValue('　 ');
  await expect(page.getByLabel('ふりがな', { exact: true })).toHaveValue(FURIGANA);
  await expect(page.getByLabel('生年月日', { exact: true })).toHaveValue('1950-01-02');
  await expect(page.getByText('1950-01-02（昭和25年1月2日・月曜日）')).toBeVisible();
  await expect(page.getByLabel('住所', { exact: true })).toHaveValue('横浜市鶴見区鶴見中央3-20-1');
  await expect(page.getByLabel('世帯', { exact: true })).toHaveValue('高齢者のみ世帯');
  await expect(page.getByLabel('認知症の疑い', { exact: true })).toBeChecked();
  await expect(page.getByLabel('メモ', { exact: true })).toHaveValue('消えてはいけないメモ');

  // consent without its date: that field is marked and brought into view
  await name.fill('鶴見 次郎');
  await page.getByLabel('情報共有に同意を得ている').check();
  await page.getByRole('button', { name: '保存する' }).click();
  const consentDate = page.getByLabel('同意日', { exact: true });
  await expect(consentDate).toHaveAttribute('aria-invalid', 'true');
  await expect(consentDate).toBeFocused();
  await expect(consentDate).toBeInViewport();
  await expect(page.locator('.field.has-error .error')).toHaveText('必ず入力してください。');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'person-form-consent-date-missing');

  // fixing it then saves everything
  await consentDate.fill('2026-04-01');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '鶴見 次郎', level: 1 })).toBeVisible();
  await expect(page.locator('dl.details')).toContainText('横浜市鶴見区鶴見中央3-20-1');
  await expect(page.locator('.note-text')).toHaveText('消えてはいけないメモ');
});

test('search folds variant kanji both ways and ignores variation selectors; names stay as typed', async ({ page }) => {
  await createVaultThroughUi(page);
  // written with the standard kanji, and with variants (渡邉 with an IVS selector, U+E0102)
  const people = ['渡辺 ミツ', '高橋 正雄', '浜田 一郎', '齋藤 澄子', '渡邉\u{E0102} 花', '澤田 架空'];
  for (const name of people) {
    await openMenu(page, '対象者');
    await addPersonThroughUi(page, { name });
  }
  await openMenu(page, '対象者');
  await expect(count(page)).toHaveText('6人 / 全6人');
  const list = page.getByRole('list', { name: '対象者の一覧' });
  const found = async (q: string, names: string[]) => {
    await searchBox(page).fill(q);
    await expect(count(page), `query ${q}`).toHaveText(`${names.length}人 / 全6人`);
    await expect(list.locator('.name'), `query ${q}`).toHaveText(names);
  };
  await found('渡邊', ['渡辺 ミツ', '渡邉\u{E0102} 花']); // a variant finds the standard form and another variant
  await found('渡辺', ['渡辺 ミツ', '渡邉\u{E0102} 花']);
  await found('髙橋', ['高橋 正雄']);
  await found('濱', ['浜田 一郎']);
  await found('濵田', ['浜田 一郎']);
  await found('斉藤', ['齋藤 澄子']);
  await found('斎', ['齋藤 澄子']);
  await found('沢田', ['澤田 架空']);
  await found('邉\u{E0100}', ['渡辺 ミツ', '渡邉\u{E0102} 花']);
  await shot(page, 'persons-search-variants');
  // the stored name keeps its selector: the person page shows exactly what was typed
  await list.getByRole('link', { name: /^渡邉/ }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('渡邉\u{E0102} 花');
  expect([...((await title.textContent()) ?? '')].map((c) => c.codePointAt(0)?.toString(16))).toEqual([
    '6e21',
    '9089',
    'e0102',
    '20',
    '82b1',
  ]);
});
