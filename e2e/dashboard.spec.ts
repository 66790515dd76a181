// 柱2の取組状況 end to end, on a pinned clock: contacts recorded through the form, the figures
// beside the previous period as the filters change (month, quarter, fiscal year, district, goal,
// 外部向け), the report PDF's figures against the screen's, the CSV, axe at 標準 and 特大.
import { readFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, shot, pinClock, tokyoDay } from './fixtures';
import { checkScreen } from './axe';
import { saveThroughWarning } from './printing';

// Mid-May of fiscal year 2026: April is the previous month, 第1四半期 is April to June.
const AT = '2026-05-15T10:00:00+09:00';

async function record(page: Page, person: string, date: string) {
  await page.goto('/#/contacts/new');
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '対象者' }).fill(person);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('日付', { exact: true }).fill(date);
  await page.getByRole('radio', { name: '訪問' }).check();
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('玄関先で話した。');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
}

/** The cells (前期間, 今期間, 増減) of a row of the dashboard's 選んだ条件 or 届いているか table. */
async function row(page: Page, table: string, label: string): Promise<string[]> {
  const r = page
    .getByTestId(`dashboard-${table}`)
    .locator('tr')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await r.locator('td').allTextContents()).map((s) => s.trim());
}

async function openDashboard(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '柱2の取組状況', exact: true }).click();
  await expect(page.getByRole('heading', { name: '柱2の取組状況', level: 1 })).toBeVisible();
  await expect(page.getByTestId('dashboard-selected')).toBeVisible();
}

test('the dashboard counts what was recorded, follows its filters, and its report PDF says what the screen says', async ({ page }) => {
  test.setTimeout(240_000);
  await pinClock(page, AT);
  expect(tokyoDay()).toBe('2026-05-15');
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: '山田 花子', furigana: 'やまだ はなこ' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '山本 太郎', furigana: 'やまもと たろう' });
  // May: four contacts (three of 山田, one of 山本); April: one; 31 March (the fiscal year before): one.
  for (const [who, date] of [
    ['やまだ', '2026-05-02'],
    ['やまだ', '2026-05-09'],
    ['やまもと', '2026-05-10'],
    ['やまだ', '2026-05-14'],
    ['やまもと', '2026-04-01'],
    ['やまだ', '2026-03-31'],
  ] as const)
    await record(page, who, date);

  await openDashboard(page);
  await expect(page.getByLabel('対象の月', { exact: true })).toHaveValue('2026-05');
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '4', '+3']);
  // Both persons are watched and were seen in May within 30 days; nobody went without a contact.
  await expect.poll(() => row(page, 'reach', '見守り中の人')).toEqual(['2', '2', '±0']);
  await expect.poll(() => row(page, 'reach', '連絡の間隔内に連絡できた人')).toEqual(['2', '2', '±0']);
  await expect.poll(() => row(page, 'reach', 'その割合')).toEqual(['100.0%', '100.0%', '']);
  await expect.poll(() => row(page, 'reach', '期間中に一度も連絡のなかった人')).toEqual(['1', '0', '−1']);
  await expect(page.getByTestId('dashboard-chart-activity').getByRole('img')).toHaveAttribute(
    'alt',
    /見守り・相談の記録：2026年4月 1件、2026年5月 4件/,
  );
  await shot(page, 'dashboard-month');

  // April, typed in 和暦 (the app's own month field): 31 March is the month before it.
  const monthBox = page.getByLabel('対象の月', { exact: true });
  await monthBox.fill('令和8年4月');
  await expect(page.getByRole('heading', { name: /令和8年4月（前期間：令和8年3月）/ })).toBeVisible();
  await expect(page.getByText('2026年4月（令和8年4月）', { exact: true })).toBeVisible();
  await monthBox.blur();
  await expect(monthBox).toHaveValue('2026-04');
  // A month that does not exist leaves the period as it was and says why.
  await monthBox.fill('平成31年5月');
  await monthBox.blur();
  await expect(page.getByRole('alert').filter({ hasText: '平成31年5月はありません' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /令和8年4月（前期間：令和8年3月）/ })).toBeVisible();
  // ↓ goes back a month, and the message goes with the text it was about.
  await monthBox.fill('2026-05');
  await expect(page.getByRole('alert').filter({ hasText: '平成31年5月' })).toHaveCount(0);
  await monthBox.press('ArrowDown');
  await expect(monthBox).toHaveValue('2026-04');
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '1', '±0']);

  // 第1四半期 (April to June) against 第4四半期 of fiscal 2025 (January to March).
  await page.getByRole('radio', { name: '四半期', exact: true }).check();
  await page.getByLabel('対象の四半期', { exact: true }).selectOption('1');
  await expect(page.getByRole('heading', { name: /第1四半期/ })).toBeVisible();
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '5', '+4']);

  // The fiscal year 2026 against 2025: 31 March falls in the year before.
  await page.getByRole('radio', { name: '年度', exact: true }).check();
  await page.getByLabel('対象の年度', { exact: true }).selectOption('2026');
  await expect(page.getByRole('heading', { name: /令和8年度（前期間：令和7年度）/ })).toBeVisible();
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '5', '+4']);
  await expect(page.getByTestId('dashboard-overdue').locator('tbody tr')).toHaveCount(2);
  await shot(page, 'dashboard-fiscal-year');

  // Another district: nobody of it, nothing counted.
  await page.getByLabel('地区', { exact: true }).selectOption({ label: '豊岡' });
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['0', '0', '±0']);
  await expect.poll(() => row(page, 'reach', '見守り中の人')).toEqual(['0', '0', '±0']);
  await page.getByLabel('地区', { exact: true }).selectOption({ label: 'すべての地区' });
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '5', '+4']);
  // A visit serves 2-2 (the form's preset), and no other goal.
  await page.getByLabel('行動目標', { exact: true }).selectOption('2-2');
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '5', '+4']);
  // A goal no visit serves.
  await page.getByLabel('行動目標', { exact: true }).selectOption('2-4');
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['0', '0', '±0']);
  await page.getByLabel('行動目標', { exact: true }).selectOption('all');

  // 外部向け: 1 and 2 become 3未満, and the change beside them is not given.
  await page.getByRole('radio', { name: /外部向け/ }).check();
  await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['3未満', '5', '—']);
  await expect.poll(() => row(page, 'reach', '見守り中の人')).toEqual(['3未満', '3未満', '—']);
  await shot(page, 'dashboard-external');

  // ---- the report PDF: every figure of the screen's tables, and no name ----
  for (const audience of ['外部向け', '内部用'] as const) {
    if (audience === '内部用') {
      await page.getByRole('radio', { name: /内部用/ }).check();
      await expect.poll(() => row(page, 'selected', '見守り・相談の記録')).toEqual(['1', '5', '+4']);
    }
    // Rows of the tables with a column per figure, as on screen; the 目標別 and 地区別 cells
    // (「1 ⇒ 5（+4）」) wrap in the PDF, so their figures are compared as a multiset of tokens.
    const rowsOf = async (id: string) =>
      (await page.getByTestId(`dashboard-${id}`).locator('tbody tr').all()).map(async (r) =>
        (await r.locator('th, td').allTextContents()).join('').replace(/\s+/g, ''),
      );
    const exactRows = await Promise.all((await Promise.all(['selected', 'reach', 'overdue'].map(rowsOf))).flat());
    expect(exactRows.length).toBe(6 + 6 + 2);
    const tokens = (text: string) => text.split(/[\s⇒（）]+/).filter((x) => x !== '');
    const compareTokens = tokens(
      (await page.locator('[data-testid="dashboard-byGoal"] td, [data-testid="dashboard-byDistrict"] td').allTextContents()).join(' '),
    );
    const pdf = await saveThroughWarning(page, page.getByRole('button', { name: `報告書を印刷（${audience}）` }), `dashboard-${audience}`);
    expect(pdf.fileName).toBe(`hashira2-FY2026-${audience === '外部向け' ? 'external' : 'internal'}.pdf`);
    expect(pdf.text).toContain(`柱2の取組状況（令和8年度・${audience}）`);
    expect(pdf.text).toContain('・見守り・相談の記録：');
    const flat = pdf.text.replace(/\s+/g, '');
    for (const r of exactRows) expect(flat, `the PDF has the screen's row "${r}"`).toContain(r);
    const left = new Map<string, number>();
    for (const t of tokens(pdf.text)) left.set(t, (left.get(t) ?? 0) + 1);
    for (const t of compareTokens) {
      expect(left.get(t) ?? 0, `the PDF has the screen's figure "${t}" as often`).toBeGreaterThan(0);
      left.set(t, (left.get(t) ?? 0) - 1);
    }
    expect(flat).toContain(`見守り・相談の記録：${audience === '外部向け' ? '3未満' : '1件'}（令和7年度）⇒5件（令和8年度）`);
    if (audience === '外部向け') expect(pdf.text).not.toContain('取扱注意');
    else expect(pdf.text).toContain('取扱注意');
    expect(pdf.text).not.toMatch(/山田|山本/);
  }

  // ---- CSV of a table: its comparison in three columns ----
  await page.getByLabel('CSVにする表').selectOption({ label: '地区別' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存…' }).click()]);
  expect(download.suggestedFilename()).toBe('hashira2-FY2026-byDistrict-internal.csv');
  mkdirSync('test-results/dashboard', { recursive: true });
  await download.saveAs('test-results/dashboard/byDistrict.csv');
  const lines = readFileSync('test-results/dashboard/byDistrict.csv', 'utf8').slice(1).split('\r\n');
  expect(lines[0]?.split(',').slice(0, 4)).toEqual([
    '地区',
    '見守り・相談の記録（前期間（2025年度））',
    '見守り・相談の記録（今期間（2026年度））',
    '会議（前期間（2025年度））',
  ]);
  expect(
    lines
      .find((l) => l.startsWith('鶴見中央,'))
      ?.split(',')
      .slice(1, 3),
  ).toEqual(['1', '5']);

  // ---- axe at 標準 and 特大 ----
  await checkScreen(page, 'dashboard-normal', { window: true });
  await openMenu(page, '設定');
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await openDashboard(page);
  await page.getByRole('radio', { name: '四半期', exact: true }).check();
  await expect(page.getByRole('heading', { name: /第1四半期/ })).toBeVisible();
  await checkScreen(page, 'dashboard-xlarge', { window: true });

  // ---- keyboard: the filters and the outputs are reached with Tab ----
  await page.getByLabel('地区', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('行動目標', { exact: true })).toBeFocused();

  // Both PDFs and the CSV are in the audit log.
  await openMenu(page, '操作記録');
  const action = page.locator('table.audit tbody td:nth-child(4)');
  await expect(action.filter({ hasText: /^PDFで保存$/ })).toHaveCount(2);
  await expect(action.filter({ hasText: /^CSVを書き出し$/ })).toHaveCount(1);
});
