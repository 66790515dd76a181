// Ending notes end to end: blank forms, name-prefilled and filled prints (checked by the text of
// the PDF saved with PDFで保存 beside each print button), template versioning, JSON import
// refusal, and the missing-glyph report.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, unlock, shot } from './fixtures';
import { checkScreen } from './axe';
import { saveThroughWarning } from './printing';

/** Saves the PDF of the print button named `button` and returns its text and page count. */
async function printVia(page: Page, button: RegExp | string, name: string) {
  return saveThroughWarning(page, page.getByRole('button', { name: button }).first(), name);
}

function inOrder(text: string, parts: string[]) {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    expect(i, `"${p}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

const SECTIONS = [
  '自分のこと',
  '人生の主な出来事',
  '家族・親族／友人・連絡先',
  'もし介護が必要になったら',
  '医療・終末期',
  '財産',
  '重要書類・遺言・デジタル・ペット',
  '葬儀・お墓',
  '大切な人へのメッセージ',
];

test('blank forms print in both sizes with the disclaimer first and every section in order', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.goto('/#/templates');
  await expect(page.getByRole('heading', { name: 'エンディングノートの様式', level: 1 })).toBeVisible();
  await shot(page, 'templates');
  const std = await printVia(page, /^白紙を印刷（標準）\s*：エンディングノート（標準）$/, 'blank-standard');
  inOrder(std.text, ['エンディングノート（標準）', '法的な効力はありません', '暗証番号', ...SECTIONS.map((s, i) => `${i + 1}. ${s}`)]);
  expect(std.text).toContain('記入日');
  expect(std.text).not.toContain('取扱注意');
  const large = await printVia(page, /^白紙を印刷（大きな文字）\s*：エンディングノート（標準）$/, 'blank-large');
  expect(large.pages).toBeGreaterThan(std.pages);
  const easy = await printVia(page, /^白紙を印刷（大きな文字）\s*：エンディングノート（やさしい版/, 'easy-large');
  // An easy template's disclaimer is in やさしい日本語, its kanji read back with their readings.
  expect(easy.text).toContain('暗証番号（あんしょうばんごう）や パスワードは 書（か）かないで ください。');
  const yasashii = await printVia(page, /^白紙を印刷（大きな文字）\s*：やさしい 日本語の エンディングノート$/, 'yasashii-blank');
  inOrder(yasashii.text, [
    'やさしい 日本語（にほんご）の エンディングノート',
    '法律（ほうりつ）の 書類（しょるい）では ありません',
    '1. わたしの こと',
  ]);
  // Easy templates print large only (their readings at the 標準 size would be 5 pt).
  await expect(page.getByRole('button', { name: /^白紙を印刷（標準）\s*：やさしい/ })).toHaveCount(0);
  const en = await printVia(page, /^白紙を印刷（標準）\s*：Ending Note \(English\)$/, 'english');
  expect(en.text).toContain('no legal force');
  await page.goto('/#/audit');
  await expect(page.getByRole('cell', { name: 'PDFで保存', exact: true })).toHaveCount(5);
});

test('a note is filled with autosave, survives a lock, prints filled and name-prefilled, and keeps its template version', async ({
  page,
}) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '𠮷田 ハル', furigana: 'よしだ はる' });
  const named = await printVia(page, /^名前入りの白紙を印刷（標準）/, 'named-blank');
  expect(named.text).toContain('𠮷田 ハル');
  expect(named.text).toContain('取扱注意');

  await page.getByRole('button', { name: 'このかたのノートを書く' }).click();
  await expect(page.getByRole('heading', { name: 'エンディングノート（標準）：𠮷田 ハル', level: 1 })).toBeVisible();
  await page.getByRole('group', { name: '血液型' }).getByLabel('A型').check();
  await page.getByLabel('メッセージ', { exact: true }).fill('みんな、ありがとう。鶴見の海が好きでした。');
  await page.getByLabel('年代ごとの出来事・思い出 1行目 年・年代').fill('1950年代');
  await page.getByLabel('年代ごとの出来事・思い出 1行目 出来事・思い出').fill('生麦で生まれる');
  await shot(page, 'note-form');
  await page.getByRole('button', { name: 'ロックする' }).click();
  await unlock(page);
  await expect(page.getByLabel('メッセージ', { exact: true })).toHaveValue('みんな、ありがとう。鶴見の海が好きでした。');
  await expect(page.getByRole('group', { name: '血液型' }).getByLabel('A型')).toBeChecked();

  const filled = await printVia(page, /^記入済みを印刷（標準）/, 'filled');
  inOrder(filled.text, ['𠮷田 ハル', '法的な効力はありません', '生麦で生まれる', 'みんな、ありがとう。']);
  expect(filled.text).toContain('取扱注意');

  // Edit the template: a new version; the note keeps version 1.
  const noteUrl = page.url();
  await page.goto('/#/templates/ainet-standard-ja/edit');
  await page.getByLabel('章の題').first().fill('わたしのこと');
  await page.getByRole('button', { name: '保存する（新しい版）' }).click();
  await expect(page.getByText('第2版として保存しました。')).toBeVisible();
  await expect(page.getByText(/第2版\u30009章/)).toBeVisible();
  await page.goto(noteUrl);
  await expect(page.getByText('様式 第1版で記入')).toBeVisible();
  await expect(page.getByRole('group', { name: '1. 自分のこと' })).toBeVisible();
});

test('a broken template file is refused with a clear message and changes nothing', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.goto('/#/templates');
  await expect(page.locator('.template-item')).toHaveCount(4);
  const before = 4;
  for (const [name, body] of [
    ['broken.json', '{"format": "ainet-ending-note-template", '],
    [
      'hostile.json',
      JSON.stringify({
        format: 'ainet-ending-note-template',
        id: 'x',
        version: 1,
        name: '<img src=x onerror=alert(1)>',
        language: 'ja',
        variant: 'standard',
        sections: [{ id: 's', title: 't', questions: [{ kind: 'script', id: 'q', label: 'q' }] }],
      }),
    ],
  ] as const) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '様式を読み込む（JSON）' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('alert')).toContainText('何も変更していません');
  }
  await shot(page, 'templates-import-refused');
  await expect(page.locator('.template-item')).toHaveCount(before);
});

test('a character no bundled font can draw is named before any PDF is made', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '絵文字 😀 テスト' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page
    .getByRole('button', { name: /^名前入りの白紙を印刷（標準）/ })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText('印刷できない文字があります：😀');
  await expect(page.getByRole('alert')).toContainText('氏名');
  await shot(page, 'print-missing-glyph');
  expect(downloads).toBe(0);
});

async function settings(page: Page, opts: { size: 'normal' | 'xlarge'; language: 'ja' | 'en' }) {
  await page.evaluate(() => {
    location.hash = '#/settings';
  });
  await page
    .locator('select')
    .filter({ has: page.locator('option[value="xlarge"]') })
    .selectOption(opts.size);
  await page
    .locator('select')
    .filter({ has: page.locator('option[value="en"]') })
    .selectOption(opts.language);
  await expect(page.locator('html')).toHaveAttribute('lang', opts.language);
}

test('the やさしい日本語 template: chosen for a person, ruby on screen, filled and printed large with its readings', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: '架空 マリア', furigana: 'かくう まりあ' });
  await page.getByLabel('様式', { exact: true }).selectOption({ label: 'やさしい 日本語の エンディングノート' });
  const blank = await printVia(
    page,
    /^名前入りの白紙を印刷（大きな文字）\s*：やさしい 日本語の エンディングノート$/,
    'yasashii-named-blank',
  );
  inOrder(blank.text, ['名前（なまえ）', '架空 マリア', '1. わたしの こと', '2. 連絡（れんらく）して ほしい 人（ひと）']);
  await page.getByRole('button', { name: 'このかたのノートを書く' }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText('エンディングノート');
  // The readings are ruby on screen: 日本語 with にほんご above it.
  await expect(title.locator('ruby', { hasText: '日本語' }).locator('rt')).toHaveText('にほんご');
  const section = page.getByRole('group').filter({ has: page.locator('legend', { hasText: 'わたしの こと' }) });
  await section.getByRole('textbox').first().fill('架空 マリア');
  await section.getByRole('textbox').nth(5).fill('ポルトガル語、日本語');
  const care = page.getByRole('group').filter({ has: page.locator('legend', { hasText: 'なったら、どこで' }) });
  await care.getByRole('radio').nth(1).check();
  const noteHash = new URL(page.url()).hash;
  const backToNote = () => page.evaluate((hash) => (location.hash = hash), noteHash);
  // Leaving the page saves the answers; each size and language shows them again.
  for (const language of ['ja', 'en'] as const) {
    for (const size of ['normal', 'xlarge'] as const) {
      await settings(page, { size, language });
      await backToNote();
      await expect(page.locator('legend ruby').first()).toBeVisible();
      await expect(section.getByRole('textbox').nth(5)).toHaveValue('ポルトガル語、日本語');
      await checkScreen(page, `note-yasashii-${language}-${size}`, { window: true });
      // The templates list shows the name with its reading too.
      await page.evaluate(() => (location.hash = '#/templates'));
      await expect(page.locator('.template-item ruby').first()).toBeVisible();
      await checkScreen(page, `templates-${language}-${size}`);
    }
  }
  await settings(page, { size: 'normal', language: 'ja' });
  await backToNote();
  await expect(care.getByRole('radio').nth(1)).toBeChecked();
  const filled = await printVia(page, /^記入済みを印刷（大きな文字）/, 'yasashii-filled');
  // Answers as typed; the chosen option checked, its text with readings.
  inOrder(filled.text, ['架空 マリア', 'ポルトガル語、日本語', '家族（かぞく）の 家（いえ）']);
  expect(filled.text).toContain('取扱注意');
});
