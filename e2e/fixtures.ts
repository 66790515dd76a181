// Every e2e test runs with a guard that fails it on any request leaving the app's own origin.
import { test as base, expect, type Page } from '@playwright/test';

/** Today in Tokyo shifted by `days`, as 'YYYY-MM-DD' (the app's calendar is Tokyo's, whatever the machine's zone). */
export function tokyoDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + days * 86_400_000));
}

const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export const PASSPHRASE = 'つるみの海は春が好き 2026';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('blob:') || url.startsWith('data:')) return;
        // Chromium's built-in PDF viewer (印刷 shows the PDF in it) loads its own pages from
        // inside the browser binary, never from the network.
        if (url.startsWith('chrome://resources/') || url.startsWith(`chrome-extension://${PDF_VIEWER_EXTENSION_ID}/`)) return;
        if (new URL(url).origin !== own) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'no request may leave the app').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** First run through the UI: passphrase, recovery key, profile. Returns the recovery key. */
export async function createVaultThroughUi(page: Page, opts: { name?: string; role?: string } = {}): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '次へ' }).click();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByLabel('回復キーを控えました').check();
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('お名前').fill(opts.name ?? '試験 職員');
  if (opts.role) await page.getByLabel('立場').selectOption(opts.role);
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  return key;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('パスフレーズ', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '解除する' }).click();
}

/** Full-page screenshot into test-results/screens/<name>.png (git-ignored). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Registers a person with the given 氏名 (and optionally ふりがな / メモ) and waits for their page. */
export async function addPersonThroughUi(page: Page, p: { name: string; furigana?: string; note?: string }): Promise<void> {
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill(p.name);
  if (p.furigana) await page.getByLabel('ふりがな', { exact: true }).fill(p.furigana);
  if (p.note) await page.getByLabel('メモ', { exact: true }).fill(p.note);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: p.name, level: 1, exact: true })).toBeVisible();
}

/** Goes to one of the main menu screens. */
export async function openMenu(page: Page, label: '対象者' | 'ごみ箱' | '操作記録' | '設定'): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { name: label, level: 1, exact: true })).toBeVisible();
}
