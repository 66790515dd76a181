// 活動記録 end to end: entries recorded through the contact form, the monthly and fiscal-year
// counts on screen against a hand count, the CSV (UTF-8 with BOM, no one's name but the
// commissioner's) and both PDFs, and the audit entries of those exports.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, shot, tokyoDay, pinClock, MOMENTS } from './fixtures';
import { saveThroughWarning } from './printing';

const OUT = 'test-results/report';
const COMMISSIONER = '鶴見 民子';

const fiscalYear = (d: string) => (Number(d.slice(5, 7)) >= 4 ? Number(d.slice(0, 4)) : Number(d.slice(0, 4)) - 1);
function lastDayOfPreviousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 0)).toISOString().slice(0, 10);
}

interface Entry {
  date: string;
  kind: '訪問' | '電話' | '来所' | '同行' | 'その他';
  person?: string;
  field?: string;
  content?: string;
  other?: string;
  referredTo?: string;
}

async function record(page: Page, e: Entry) {
  await page.goto('/#/contacts/new');
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  if (e.person) {
    await page.getByRole('combobox', { name: '対象者' }).fill(e.person);
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await page.getByLabel('日付', { exact: true }).fill(e.date);
  await page.getByRole('radio', { name: e.kind }).check();
  await page.getByLabel('ようす・話したこと', { exact: true }).fill(`${e.kind}の記録`);
  if (e.field) await page.getByLabel('分野', { exact: true }).selectOption(e.field);
  if (e.content) await page.getByLabel('内容', { exact: true }).selectOption(e.content);
  if (e.other) await page.getByLabel('その他の活動', { exact: true }).selectOption(e.other);
  if (e.referredTo) await page.getByLabel('つなぎ先', { exact: true }).selectOption(e.referredTo);
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
}

/** The number in a report table's row whose header is `label`. */
async function cell(page: Page, table: string, label: string): Promise<number> {
  const row = page
    .getByTestId(table)
    .locator('tr')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return Number(await row.locator('td').first().textContent());
}

async function save(download: Download, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${name}`;
  await download.saveAs(path);
  return path;
}

// On the day it runs, and pinned where a month or a fiscal year is easily wrong: the first minute
// of a fiscal year in Tokyo (still 31 March in UTC), its last minute, and 29 February.
const RUNS: readonly { at?: string; label: string; frozen?: boolean }[] = [
  { label: 'today' },
  { at: MOMENTS.fiscalYearStartJst, label: 'just after midnight on 1 April in Tokyo' },
  { at: MOMENTS.fiscalYearLastMinute, label: 'in the last minute of 31 March in Tokyo', frozen: true },
  { at: MOMENTS.leapDay, label: 'on 29 February' },
];

for (const run of RUNS) {
  test(`the activity report counts what was recorded, and its CSV and PDFs are saved and logged (${run.label})`, async ({ page }) => {
    if (run.at) {
      await pinClock(page, run.at, { frozen: run.frozen ?? false });
      expect(tokyoDay()).toBe(run.at.slice(0, 10));
    }
    await countsAndExports(page);
  });
}

async function countsAndExports(page: Page) {
  test.setTimeout(180_000);
  const today = tokyoDay();
  const thisMonth = today.slice(0, 7);
  /** Day `n` of this month, but never after today (so the form accepts it). */
  const dayOfMonth = (n: number) =>
    `${thisMonth}-${String(n).padStart(2, '0')}` < today ? `${thisMonth}-${String(n).padStart(2, '0')}` : today;
  await createVaultThroughUi(page, { name: COMMISSIONER, role: 'commissioner' });
  await addPersonThroughUi(page, { name: '山田 花子', furigana: 'やまだ はなこ' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '山本 太郎', furigana: 'やまもと たろう' });

  const d1 = dayOfMonth(1);
  const d2 = dayOfMonth(2);
  const d3 = dayOfMonth(3);
  const entries: Entry[] = [
    { date: d1, kind: '訪問', person: 'やまだ' },
    { date: d1, kind: '訪問', person: 'やまもと', field: '高齢者', content: '介護保険', referredTo: '地域ケアプラザ' },
    { date: d2, kind: '電話', person: 'やまだ', field: '高齢者', content: '健康・保健医療' },
    { date: d2, kind: 'その他', other: '行事・事業・会議への参加協力' },
    { date: d3, kind: '来所', person: 'やまもと', field: '子ども', content: '子育て・母子保健', referredTo: '区役所 こども家庭支援課' },
  ];
  const previous: Entry = { date: lastDayOfPreviousMonth(thisMonth), kind: '訪問', person: 'やまだ', field: '障害者', content: '住居' };
  for (const e of [...entries, previous]) await record(page, e);

  // The hand count of this month's five entries.
  const days = new Set(entries.map((e) => e.date)).size;
  const hand = { visits: 2, referrals: 2, consultations: 3, entries: 5, days };

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動記録', exact: true }).click();
  await expect(page.getByRole('heading', { name: '活動記録', level: 1 })).toBeVisible();
  await expect(page.getByLabel('委員', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('委員', { exact: true }).locator('option:checked')).toHaveText(COMMISSIONER);
  await expect(page.getByLabel('月', { exact: true })).toHaveValue(thisMonth);
  await expect(page.getByTestId('report-counted')).toContainText('数えた記録：5件');
  await shot(page, 'report-month');

  await expect.poll(() => cell(page, 'report-totals', '訪問回数')).toBe(hand.visits);
  await expect.poll(() => cell(page, 'report-totals', '連絡調整回数')).toBe(hand.referrals);
  await expect.poll(() => cell(page, 'report-totals', '活動日数')).toBe(hand.days);
  await expect.poll(() => cell(page, 'report-totals', '相談・支援件数')).toBe(hand.consultations);
  await expect.poll(() => cell(page, 'report-totals', '記録件数（参考）')).toBe(hand.entries);
  await expect.poll(() => cell(page, 'report-by-field', '高齢者に関すること')).toBe(2);
  await expect.poll(() => cell(page, 'report-by-field', '子どもに関すること')).toBe(1);
  await expect.poll(() => cell(page, 'report-by-field', '障害者に関すること')).toBe(0);
  await expect.poll(() => cell(page, 'report-by-field', '計')).toBe(3);
  await expect.poll(() => cell(page, 'report-by-content', '介護保険')).toBe(1);
  await expect.poll(() => cell(page, 'report-by-content', '健康・保健医療')).toBe(1);
  await expect.poll(() => cell(page, 'report-by-content', '子育て・母子保健')).toBe(1);
  await expect.poll(() => cell(page, 'report-by-content', '住居')).toBe(0);
  await expect.poll(() => cell(page, 'report-other', '行事・事業・会議への参加協力')).toBe(1);
  await expect.poll(() => cell(page, 'report-visits-by-field', '高齢者に関すること')).toBe(1);
  await expect.poll(() => cell(page, 'report-visits-by-field', '分野なし（見守り等）')).toBe(1);

  // ---- CSV: UTF-8 with a BOM, the numbers, the commissioner's name and no one else's ----
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV（表計算ソフト用）' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`katsudo-${thisMonth}.csv`);
  const bytes = readFileSync(await save(csvDownload, 'report.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('対象月,委員名,地区,区分,項目,件数');
  const row = (section: string, item: string) =>
    lines
      .find((l) => l.includes(`,${section},${item},`))
      ?.split(',')
      .at(-1);
  expect(row('回数・日数', '訪問回数')).toBe(String(hand.visits));
  expect(row('回数・日数', '連絡調整回数')).toBe(String(hand.referrals));
  expect(row('回数・日数', '活動日数')).toBe(String(hand.days));
  expect(row('相談・支援件数（分野別）', '高齢者に関すること')).toBe('2');
  expect(row('その他の活動件数', '行事・事業・会議への参加協力')).toBe('1');
  expect(row('訪問回数の分野別内訳（参考）', '分野なし（見守り等）')).toBe('1');
  expect(csv).toContain(COMMISSIONER);
  expect(csv).not.toContain('山田');
  expect(csv).not.toContain('山本');

  // ---- PDFs ----
  for (const [button, name] of [
    ['印刷（標準）', `katsudo-${thisMonth}.pdf`],
    ['印刷（大きな文字）', `katsudo-${thisMonth}-large.pdf`],
  ] as const) {
    const pdf = await saveThroughWarning(page, page.getByRole('button', { name: button, exact: true }), name.replace('.pdf', ''));
    expect(pdf.fileName).toBe(name);
    expect(pdf.text).toContain('民生委員・児童委員 活動記録');
    expect(pdf.text).toContain(COMMISSIONER);
    expect(pdf.text).not.toContain('山田');
  }

  // ---- the fiscal year: this month plus last month when it is in the same year ----
  await page.getByRole('radio', { name: '年度（4月〜3月）' }).check();
  const sameYear = fiscalYear(previous.date) === fiscalYear(today);
  await expect(page.getByTestId('report-by-month').locator('tbody tr')).toHaveCount(12);
  await expect.poll(() => cell(page, 'report-totals', '記録件数（参考）')).toBe(hand.entries + (sameYear ? 1 : 0));
  await expect.poll(() => cell(page, 'report-totals', '訪問回数')).toBe(hand.visits + (sameYear ? 1 : 0));
  await expect.poll(() => cell(page, 'report-by-content', '住居')).toBe(sameYear ? 1 : 0);
  expect(await cell(page, 'report-by-month', `${Number(thisMonth.slice(5, 7))}月`)).toBe(hand.visits);
  await shot(page, 'report-fiscal-year');
  const [fyCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV（表計算ソフト用）' }).click()]);
  expect(fyCsv.suggestedFilename()).toBe(`katsudo-${fiscalYear(today)}nendo.csv`);

  // ---- every export is in the audit log ----
  await openMenu(page, '操作記録');
  // The page says 記録はまだありません until its rows have loaded, so wait for them.
  const action = page.locator('table.audit tbody td:nth-child(4)');
  await expect(action.filter({ hasText: /^CSVを書き出し$/ })).toHaveCount(2);
  await expect(action.filter({ hasText: /^PDFで保存$/ })).toHaveCount(2);
}
