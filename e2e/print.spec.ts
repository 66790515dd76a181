// 印刷 and PDFで保存 in the browser build: printing hands the PDF to the print dialog from memory
// and leaves no file; saving is a separate action behind a warning; both are logged apart; the
// recovery-key sheet can only be printed.
import { test, expect, createVaultThroughUi, PASSPHRASE, shot } from './fixtures';
import { installPrintSpy, printThroughDialog, saveButtonFor, saveThroughWarning } from './printing';

const BLANK_STANDARD = /^白紙を印刷（標準）\s*：エンディングノート（標準）$/;

test('印刷 opens the print dialog without a file; PDFで保存 warns first, then saves; each is logged as what it was', async ({ page }) => {
  await installPrintSpy(page);
  await createVaultThroughUi(page);
  await page.goto('/#/templates');
  const printButton = page.getByRole('button', { name: BLANK_STANDARD });
  await expect(saveButtonFor(printButton)).toHaveAccessibleName(/^PDFで保存\s*：白紙を印刷（標準）：エンディングノート（標準）$/);
  await shot(page, 'print-and-save-buttons');

  const printed = await printThroughDialog(page, printButton, 'print-blank-standard');
  expect(printed.text).toContain('エンディングノート（標準）');
  expect(printed.text).toContain('法的な効力はありません');
  await expect(page.getByRole('status').filter({ hasText: '印刷に送りました。' })).toBeVisible();

  // The warning comes first, and やめる saves nothing.
  let downloads = 0;
  page.on('download', () => downloads++);
  await saveButtonFor(printButton).click();
  const warning = page.getByRole('dialog', { name: 'PDFで保存する前に' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'やめる' })).toBeFocused();
  await shot(page, 'save-pdf-warning');
  await warning.getByRole('button', { name: 'やめる' }).click();
  await expect(warning).toBeHidden();
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);

  const saved = await saveThroughWarning(page, printButton, 'save-blank-standard');
  expect(saved.fileName).toBe('ainet-standard-ja-blank-standard.pdf');
  expect(saved.text).toContain('法的な効力はありません');
  await expect(page.getByRole('status').filter({ hasText: 'PDFを保存しました。' })).toBeVisible();

  await page.goto('/#/audit');
  await expect(page.getByRole('cell', { name: '印刷', exact: true })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'PDFで保存', exact: true })).toHaveCount(1);
});

test('the recovery-key sheet is only printed: no PDFで保存 beside it and no file', async ({ page }) => {
  await installPrintSpy(page);
  await page.goto('/');
  await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '次へ' }).click();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(key.length).toBeGreaterThan(20);
  await expect(page.getByRole('button', { name: /PDFで保存/ })).toHaveCount(0);
  const sheet = await printThroughDialog(page, page.getByRole('button', { name: '回復キーを印刷する' }), 'recovery-sheet-printed');
  expect(sheet.text.replace(/[\s-]/g, '')).toContain(key.replace(/[\s-]/g, '').slice(0, 16));
  await shot(page, 'recovery-print-only');
  // The print is in the new vault's audit log, logged before the profile existed.
  await page.getByLabel('回復キーを控えました').check();
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('お名前').fill('試験 職員');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.goto('/#/audit');
  const row = page.locator('table.audit tbody tr').filter({ hasText: '印刷' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('（初めての設定）');
  await expect(row).toContainText('vaultMeta:recovery');
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByTestId('audit-check')).toContainText('すべて正常');
});

test('where the browser has no PDF viewer, 印刷 says so and downloads nothing', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'pdfViewerEnabled', { get: () => false }));
  await createVaultThroughUi(page);
  await page.goto('/#/templates');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: BLANK_STANDARD }).click();
  await expect(page.getByRole('alert')).toContainText('印刷の画面を開けませんでした。');
  await expect(page.getByRole('alert')).toContainText('PrintFailed');
  expect(downloads).toBe(0);
});
