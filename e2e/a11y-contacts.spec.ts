// Accessibility of the contact log, the contact form and the activity report: axe (WCAG 2.0/2.1
// A and AA, serious or critical findings fail) on each screen at the default text size and at
// 特大, with a full-page and a window-sized screenshot of each for a person to look at.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, tokyoDay, pinClock, MOMENTS } from './fixtures';
import { checkScreen } from './axe';

const formHeading = (page: Page) => page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 });

async function visitScreens(page: Page, size: string) {
  // the log
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '見守り記録', exact: true }).click();
  await expect(page.getByTestId('contact-count')).toBeVisible();
  await checkScreen(page, `contact-log-${size}`, { window: true });

  // the empty form, then with errors, then waiting for the second press on a warning
  await page.getByRole('link', { name: '記録する', exact: true }).click();
  await expect(formHeading(page)).toBeVisible();
  await checkScreen(page, `contact-form-${size}`, { window: true });
  await page.getByLabel('分野', { exact: true }).selectOption('子ども');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.locator('.cf-actions .error-box')).toBeVisible();
  await checkScreen(page, `contact-form-errors-${size}`, { window: true });
  await page.getByLabel('分野', { exact: true }).selectOption('');
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('変わりなし');
  await page.getByLabel('日付', { exact: true }).fill(tokyoDay(-5));
  await page.getByLabel('あとで対応が必要（フォローアップ）').check();
  await page.getByLabel('期限', { exact: true }).fill(tokyoDay(-1));
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.locator('.warning-box')).toBeVisible();
  await checkScreen(page, `contact-form-warning-${size}`, { window: true });
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();

  // an entry opened for editing
  await page
    .getByRole('list', { name: /の記録（新しい順）$/ })
    .getByRole('link', { name: /^開く/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: /の記録を見る・直す$/, level: 1 })).toBeVisible();
  await checkScreen(page, `contact-edit-${size}`, { window: true });

  // the activity report, month and fiscal year
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動記録', exact: true }).click();
  await expect(page.getByTestId('report-totals')).toBeVisible();
  await checkScreen(page, `report-month-${size}`, { window: true });
  await page.getByRole('radio', { name: '年度（4月〜3月）' }).check();
  await expect(page.getByTestId('report-by-month')).toBeVisible();
  await checkScreen(page, `report-year-${size}`, { window: true });
}

test('contact log, contact form and activity report at the default size and at 特大', async ({ page }) => {
  test.setTimeout(240_000);
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '𠮷田 髙﨑 ハル', furigana: 'よしだ たかさき はる' });
  await page.goto('/#/contacts/new');
  await page.getByRole('combobox', { name: '対象者' }).fill('よしだ');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('玄関先で話した。膝が痛むので買い物に行けないとのこと。');
  await page.getByLabel('分野', { exact: true }).selectOption('高齢者');
  await page.getByLabel('内容', { exact: true }).selectOption('日常的な支援');
  await page.getByLabel('つなぎ先', { exact: true }).selectOption('区社協 あんしんセンター');
  await page.getByLabel('あとで対応が必要（フォローアップ）').check();
  await page.getByLabel('期限', { exact: true }).fill(tokyoDay(7));
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('link', { name: '続けて記録する' })).toBeFocused();
  await page.goto('/#/contacts/new');
  await page.getByRole('radio', { name: 'その他' }).check();
  await page.getByLabel('その他の活動', { exact: true }).selectOption('民児協運営・研修');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();

  await visitScreens(page, 'normal');
  await openMenu(page, '設定');
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await visitScreens(page, 'xlarge');
});

/** Every date the log shows, as 'YYYY-MM-DD' (the rows show 12月1日（火）; the year is the month shown). */
async function shownDates(page: Page, year: string): Promise<string[]> {
  const labels = await page.locator('.log-row .log-date .day').allTextContents();
  return labels.map((l) => {
    const m = /^(\d+)月(\d+)日/.exec(l);
    return m ? `${year}-${String(m[1]).padStart(2, '0')}-${String(m[2]).padStart(2, '0')}` : `unreadable: ${l}`;
  });
}

// On the day it runs, and pinned to the first minute of a month in Tokyo (still the day before
// in UTC), where a log drawn over whole months and cut at today would show an empty month.
const DEMO_RUNS: readonly { at?: string; label: string }[] = [
  { label: 'today' },
  { at: MOMENTS.firstOfMonthJst, label: 'just after midnight on the 1st in Tokyo' },
  { at: '2028-03-01T00:00:30+09:00', label: 'just after midnight on 1 March of a leap year' },
];

for (const run of DEMO_RUNS) {
  test(`the demo vault: a three-month log and its activity report, with two commissioners (${run.label})`, async ({ page }) => {
    if (run.at) await pinClock(page, run.at);
    const today = tokyoDay();
    const tag = run.at ? `-${run.at.slice(0, 10)}` : '';
    await page.goto('/');
    await page.getByRole('button', { name: /デモで試す/ }).click();
    await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '見守り記録', exact: true }).click();
    const rows = page.getByRole('list', { name: /の記録（新しい順）$/ }).getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('contact-count')).toContainText(`${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月の記録`);
    // This month's entries, up to today and none after it.
    const thisMonth = await shownDates(page, today.slice(0, 4));
    expect(thisMonth.length).toBeGreaterThanOrEqual(3);
    for (const d of thisMonth) expect(d >= `${today.slice(0, 7)}-01` && d <= today, d).toBe(true);
    await checkScreen(page, `demo-contact-log${tag}`, { window: true });
    await page.getByRole('button', { name: /前の月/ }).click();
    await expect(rows.first()).toBeVisible();
    await expect(rows).not.toHaveCount(thisMonth.length);
    expect((await shownDates(page, '0000')).length).toBeGreaterThanOrEqual(30);
    await page.getByLabel('分野でしぼる').selectOption('高齢者');
    await checkScreen(page, `demo-contact-log-filtered${tag}`, { window: true });
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動記録', exact: true }).click();
    await expect(page.getByLabel('委員', { exact: true }).locator('option')).toHaveCount(2);
    await expect(page.getByTestId('report-counted')).not.toContainText('数えた記録：0件');
    await checkScreen(page, `demo-report${tag}`, { window: true });
    await page.getByLabel('委員', { exact: true }).selectOption({ label: 'デモ 次郎' });
    await expect(page.getByRole('heading', { level: 2, name: /デモ 次郎$/ })).toBeVisible();
  });
}
