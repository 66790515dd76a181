// 書き出し・取り込み end to end: the persons CSV as bytes (BOM, CRLF, a neutralised formula, a
// name outside the BMP, no メモ), Shift_JIS with its list of characters it cannot hold (nothing
// saved until the choice), and a Shift_JIS roster made here imported with one bad row: report,
// cancel (nothing written), confirm (persons appear, logged). axe and screenshots at 標準 and 特大.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import Encoding from 'encoding-japanese';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu } from './fixtures';
import { checkScreen } from './axe';

const OUT = 'test-results/exchange';
const NON_BMP = '𠮷田 髙﨑 ハル';
const FORMULA = '=HYPERLINK("http://example.invalid","開く")';
const SECRET_NOTE = '書き出さないメモ XYZ';

async function save(download: Download, name: string): Promise<Buffer> {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${name}`;
  await download.saveAs(path);
  return readFileSync(path);
}

async function openExchange(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '書き出し・取り込み', exact: true }).click();
  await expect(page.getByRole('heading', { name: '書き出し・取り込み', level: 1 })).toBeVisible();
}

/** The same screen at 標準 and at 特大 (switched as 設定 applies it), axe on both; `part` also on its own. */
async function bothSizes(page: Page, name: string, part?: Locator): Promise<void> {
  await checkScreen(page, name);
  await part?.screenshot({ path: `test-results/screens/${name}-part.png` });
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'xlarge';
  });
  await checkScreen(page, `${name}-xlarge`);
  await part?.screenshot({ path: `test-results/screens/${name}-xlarge-part.png` });
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'normal';
  });
}

const sjis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array' }));

test('persons CSV: UTF-8 bytes, then Shift_JIS with the list of characters it cannot hold', async ({ page }) => {
  await createVaultThroughUi(page);
  await addPersonThroughUi(page, { name: NON_BMP, furigana: 'よしだ たかさき はる', note: SECRET_NOTE });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: FORMULA, furigana: 'いこーる' });
  await openExchange(page);
  await bothSizes(page, 'exchange');

  const persons = page.getByRole('group', { name: '対象者一覧' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    persons.getByRole('button', { name: '対象者一覧をCSVで保存' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^taishosha-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await save(download, 'persons-utf8.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n');
  expect(lines[0]?.startsWith('氏名,ふりがな,生年月日,性別,住所,地区,電話,')).toBe(true);
  expect(lines[0]).not.toContain('メモ');
  expect(text).toContain(`${NON_BMP},よしだ たかさき はる,`);
  // The formula is text: an apostrophe first, the whole cell quoted for its quotes and comma.
  expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""開く"")",いこーる,`);
  expect(text).not.toContain(SECRET_NOTE);
  expect(lines.filter(Boolean)).toHaveLength(3);

  // Shift_JIS: 𠮷 cannot be held; nothing is saved until the person chooses.
  let downloads = 0;
  page.on('download', () => downloads++);
  await persons.getByRole('radio', { name: /^Shift_JIS/ }).check();
  await persons.getByRole('button', { name: '対象者一覧をCSVで保存' }).click();
  const warning = persons.getByRole('alert');
  await expect(warning).toContainText('Shift_JIS では書けない文字が1か所あります。まだ保存していません。');
  await expect(warning.getByRole('listitem')).toHaveText([/^𠮷（U\+20BB7） \d行目・氏名$/]);
  expect(downloads).toBe(0);
  await bothSizes(page, 'exchange-shiftjis-warning', persons);

  const [sjisDownload] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: '「?」に置き換えて Shift_JIS で保存する' }).click(),
  ]);
  const sjisBytes = await save(sjisDownload, 'persons-sjis.csv');
  expect(sjisBytes[0]).not.toBe(0xef);
  const sjisText = new TextDecoder('shift_jis', { fatal: true }).decode(sjisBytes);
  expect(sjisText).toContain('?田 髙﨑 ハル,よしだ たかさき はる,');
  expect(sjisText).toContain(`"'=HYPERLINK(`);
  await expect(persons.getByText('次の文字を「?」に置き換えて保存しました：𠮷')).toBeVisible();

  // The same warning offers UTF-8 instead, which keeps every character.
  await persons.getByRole('button', { name: '対象者一覧をCSVで保存' }).click();
  const [utf8Download] = await Promise.all([
    page.waitForEvent('download'),
    persons.getByRole('button', { name: 'UTF-8 で保存する' }).click(),
  ]);
  expect(new TextDecoder().decode(await save(utf8Download, 'persons-utf8-again.csv'))).toContain(NON_BMP);
  await expect(persons.getByRole('radio', { name: /^UTF-8/ })).toBeChecked();

  await openMenu(page, '操作記録');
  const action = page.locator('table.audit tbody td:nth-child(4)');
  await expect(action.filter({ hasText: /^CSVを書き出し$/ })).toHaveCount(3);
});

test('roster import from a Shift_JIS file: report with the bad row, cancel writes nothing, confirm creates the persons', async ({
  page,
}) => {
  await createVaultThroughUi(page);
  await openExchange(page);
  const roster = sjis(
    [
      '氏名,フリガナ,生年月日,住所,電話番号,地区',
      '髙橋 﨑子,タカハシ サキコ,S15.4.1,鶴見区豊岡町1-1,045-000-0001,鶴見中央',
      'ﾔﾏﾀﾞ ﾀﾛｳ,ﾔﾏﾀﾞ ﾀﾛｳ,1940/4/1,"鶴見区市場1-2, 3階",=1+1,豊岡地区',
      '佐藤 一郎,サトウ イチロウ,1940/2/30,鶴見区,045-000-0003,鶴見西',
      ',,,,,',
      '',
    ].join('\r\n'),
  );
  const pick = async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'CSVファイルを選ぶ' }).click(),
    ]);
    await chooser.setFiles({ name: 'meibo.csv', mimeType: 'text/csv', buffer: roster });
    await expect(page.getByText('ファイル：meibo.csv（文字コード：Shift_JIS、見出しのほか4行）')).toBeVisible();
  };

  await pick();
  await expect(page.getByLabel('フリガナの列の取り込む項目')).toHaveValue('furigana');
  await expect(page.getByLabel('電話番号の列の取り込む項目')).toHaveValue('phone');
  await expect(page.getByLabel('地区の列の取り込む項目')).toHaveValue('district');
  await expect(page.getByText('取り込める人：2人')).toBeVisible();
  await expect(page.getByText('問題があって取り込まない行：1行')).toBeVisible();
  await expect(page.getByText('空の行：1行（数えません）')).toBeVisible();
  const problems = page.getByTestId('import-problems').locator('tbody tr');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('4行目');
  await expect(problems.nth(0)).toContainText('生年月日');
  await expect(problems.nth(0)).toContainText('「1940/2/30」は日付として読めません');
  await expect(problems.nth(1)).toContainText('地区「鶴見西」は、この記録帳の地区にありません');
  await bothSizes(page, 'exchange-import-report', page.locator('.import-persons'));

  // やめる: nothing is written.
  await page.getByRole('button', { name: 'やめる（何も登録しません）' }).click();
  await expect(page.getByText('取り込みをやめました。何も登録していません。')).toBeVisible();
  await openMenu(page, '対象者');
  await expect(page.getByText('0人 / 全0人')).toBeVisible();
  await openMenu(page, '操作記録');
  await expect(page.locator('table.audit tbody tr').first()).toBeVisible();
  await expect(page.locator('table.audit tbody td:nth-child(4)').filter({ hasText: /^(CSVから取り込み|対象者を登録)$/ })).toHaveCount(0);

  // Again, and confirm.
  await openExchange(page);
  await pick();
  await page.getByRole('button', { name: '2人を取り込む' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2人を取り込みました。' }).first()).toBeVisible();
  await openMenu(page, '対象者');
  await expect(page.getByText('2人 / 全2人')).toBeVisible();
  const list = page.getByRole('list', { name: '対象者の一覧' });
  await expect(list.locator('.name', { hasText: '髙橋 﨑子' })).toHaveCount(1);
  await expect(list.locator('.name', { hasText: 'ﾔﾏﾀﾞ ﾀﾛｳ' })).toHaveCount(1);
  await list.getByRole('link', { name: /^ﾔﾏﾀﾞ ﾀﾛｳ/ }).click();
  await expect(page.getByText('鶴見区市場1-2, 3階')).toBeVisible();
  await expect(page.getByText('=1+1')).toBeVisible();

  await openMenu(page, '操作記録');
  const action = page.locator('table.audit tbody td:nth-child(4)');
  await expect(action.filter({ hasText: /^CSVから取り込み$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByText(/件すべて正常です/)).toBeVisible();
});

test('a short Shift_JIS file that is valid UTF-8 too can be read again as Shift_JIS', async ({ page }) => {
  await createVaultThroughUi(page);
  await openExchange(page);
  // 霓　 in Shift_JIS is E9 81 81 40, which UTF-8 reads as 轁@: both look Japanese, UTF-8 is taken.
  const bytes = sjis('霓　,霓　\r\n霓　,霓　\r\n');
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'CSVファイルを選ぶ' }).click()]);
  await chooser.setFiles({ name: 'tanpen.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByText('ファイル：tanpen.csv（文字コード：UTF-8、見出しのほか1行）')).toBeVisible();
  const mapping = page.locator('.import-mapping');
  await expect(mapping).toContainText('轁@');
  await page.getByRole('button', { name: 'Shift_JIS として読み直す' }).click();
  await expect(page.getByText('ファイル：tanpen.csv（文字コード：Shift_JIS、見出しのほか1行）')).toBeVisible();
  await expect(mapping).toContainText('霓　');
  await expect(mapping).not.toContainText('轁@');
  await checkScreen(page, 'exchange-import-reread');
  // And back: the other reading is still offered.
  await page.getByRole('button', { name: 'UTF-8 として読み直す' }).click();
  await expect(mapping).toContainText('轁@');
});
