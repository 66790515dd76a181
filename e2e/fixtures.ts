// Every e2e test runs with a guard that fails it on any request leaving the app's own origin.
import { test as base, expect, type Page } from '@playwright/test';

const DAY_MS = 86_400_000;
const TOKYO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' });

/**
 * The page's clock as this process sees it, so tokyoDay() is the day the app sees: `ahead` (the
 * page's clock minus this process's) is measured at the start of every test, because faketime
 * restarts its clock in every process it starts, so Chromium and the test runner are seconds
 * apart; pinClock sets it, or freezes it at one instant.
 */
let pageClock: { ahead: number } | { frozenAt: number } = { ahead: 0 };
const pageNow = () => ('frozenAt' in pageClock ? pageClock.frozenAt : Date.now() + pageClock.ahead);

/** Today in Tokyo by the page's clock, shifted by `days`, as 'YYYY-MM-DD' (the app's calendar is Tokyo's, whatever the machine's zone). */
export function tokyoDay(days = 0): string {
  return TOKYO_DAY.format(new Date(pageNow() + days * DAY_MS));
}

/**
 * Sets the page's clock to `at` before the app loads. By default the clock then runs on (timers
 * too); `frozen` keeps Date at `at` (timers still run), for moments too close to midnight for a
 * test to pass through. tokyoDay() follows the page's clock from here on.
 */
export async function pinClock(page: Page, at: string | Date, opts: { frozen?: boolean } = {}): Promise<void> {
  const time = new Date(at);
  // Playwright replays the install on every page load against the page's own real clock, so the
  // gap measured at the start of the test carries over.
  const gap = 'ahead' in pageClock ? pageClock.ahead : 0;
  const installedAt = Date.now();
  if (opts.frozen) await page.clock.setFixedTime(time);
  else await page.clock.install({ time });
  pageClock = opts.frozen ? { frozenAt: time.getTime() } : { ahead: time.getTime() - installedAt + gap };
}

/** Hostile moments for a test to pin: where a UTC date, a month or a fiscal year is easily wrong. */
export const MOMENTS = {
  /** The 1st of a month just after midnight in Tokyo, still the 30th of the month before in UTC. */
  firstOfMonthJst: '2026-12-01T00:00:30+09:00',
  /** The first day of a fiscal year just after midnight in Tokyo (31 March in UTC). */
  fiscalYearStartJst: '2027-04-01T00:00:30+09:00',
  /** The last minute of a fiscal year in Tokyo (frozen: a test would run past midnight). */
  fiscalYearLastMinute: '2027-03-31T23:59:00+09:00',
  /** 29 February. */
  leapDay: '2028-02-29T12:00:00+09:00',
} as const;

/** Beyond this, the page and the test runner are not on one clock (faketime missing from Chromium). */
const MAX_CLOCK_GAP_MS = 10 * 60_000;

const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export const PASSPHRASE = 'つるみの海は春が好き 2026';

export const test = base.extend<{ foreignRequests: string[]; pageClock: undefined }>({
  pageClock: [
    async ({ page }, use) => {
      const before = Date.now();
      const inPage = await page.evaluate(() => Date.now());
      const ahead = inPage - Math.round((before + Date.now()) / 2);
      expect(
        Math.abs(ahead),
        `the page's clock is ${Math.round(ahead / 1000)} s from the test runner's: under faketime, LD_PRELOAD and FAKETIME must reach Chromium`,
      ).toBeLessThan(MAX_CLOCK_GAP_MS);
      pageClock = { ahead };
      await use(undefined);
      pageClock = { ahead: 0 };
    },
    { auto: true },
  ],
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

/** Fills the recovery screen (key, new passphrase twice) and sends it. */
export async function fillRecovery(page: Page, key: string, newPassphrase: string): Promise<void> {
  await page.getByLabel(/回復キー/).fill(key);
  await page.getByLabel('新しいパスフレーズ').fill(newPassphrase);
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(newPassphrase);
  await page.getByRole('button', { name: '再設定して解除する' }).click();
}

/** After a recovery: notes the new recovery key shown in place of the old one, opens the vault, returns the key. */
export async function takeNewRecoveryKey(page: Page): Promise<string> {
  const shown = page.getByRole('region', { name: '新しい回復キーを控えてください' });
  await expect(shown).toBeVisible();
  const key = (await shown.getByTestId('recovery-key').textContent()) ?? '';
  await shown.getByLabel('回復キーを控えました').check();
  await shown.getByRole('button', { name: '記録帳を開く' }).click();
  return key;
}
