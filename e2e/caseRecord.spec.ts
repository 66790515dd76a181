// A person's 記録票 end to end: entries recorded through the contact form (one with a summary of
// 10,000 characters), the period on the person page (this fiscal year by default), the PDF saved
// behind its warning and printed through the dialog, read back: the profile with 和暦, every
// entry of the period and none outside it, the long summary in full over several pages,
// 取扱注意 on every page; both outputs in the audit log.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, pinClock, shot } from './fixtures';
import { installPrintSpy, printThroughDialog, saveThroughWarning } from './printing';

const NAME = '𠮷田 花子';

/** 10,000 characters with numbered sentences, so a line lost between pages shows as a gap. */
function longSummary(): string {
  let s = '';
  for (let i = 1; s.length < 10_000; i++) s += `第${String(i).padStart(4, '0')}文。お元気でした。`;
  return s.slice(0, 10_000);
}

async function record(page: Page, e: { date: string; kind: string; summary: string; insight?: string; referredTo?: string }) {
  await page.goto('/#/contacts/new');
  await expect(page.getByRole('heading', { name: '見守り・相談を記録する', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '対象者' }).fill('よしだ');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('日付', { exact: true }).fill(e.date);
  await page.getByRole('radio', { name: e.kind }).check();
  await page.getByLabel('ようす・話したこと', { exact: true }).fill(e.summary);
  if (e.insight) await page.getByLabel('気づき（任意）', { exact: true }).fill(e.insight);
  if (e.referredTo) await page.getByLabel('つなぎ先', { exact: true }).selectOption(e.referredTo);
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
}

/** The PDF's text without the page frame (取扱注意 and title on top, name and folio at the foot) and without spaces. */
function body(text: string): string {
  return text
    .split('\f')
    .map((p) => p.replace(/^\s*記録票\s+取扱注意\s*|^\s*取扱注意\s+記録票\s*/, '').replace(/記録票：𠮷田 花子\s+\d+ \/ \d+\s*$/, ''))
    .join('')
    .replace(/\s/g, '');
}

test('a person’s 記録票 prints the profile and the period’s entries in full, a 10,000-character summary across pages, logged', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pinClock(page, '2026-11-27T10:00:00+09:00');
  await installPrintSpy(page);
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: NAME, furigana: 'よしだ はなこ', note: '耳が遠いので、ゆっくり話す。' });

  const summary = longSummary();
  await record(page, { date: '2026-03-15', kind: '訪問', summary: '前年度の訪問（今年度の記録票には載らない）' });
  await record(page, { date: '2026-05-02', kind: '電話', summary: '体調は良いとのこと。', referredTo: '地域ケアプラザ' });
  await record(page, { date: '2026-09-10', kind: '訪問', summary, insight: '最後の気づき' });

  await openMenu(page, '対象者');
  await page.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: '記録票（引き継ぎ用）' });
  await expect(section.getByLabel('期間のはじめ')).toHaveValue('2026-04-01');
  await expect(section.getByLabel('期間のおわり')).toHaveValue('2027-03-31');
  await shot(page, 'case-record-section');

  const saved = await saveThroughWarning(
    page,
    section.getByRole('button', { name: '記録票を印刷（標準）', exact: true }),
    'case-record-standard',
  );
  expect(saved.fileName).toBe('記録票_2026-04-01_2027-03-31.pdf');
  expect(saved.fileName).not.toContain('𠮷田');
  expect(saved.pages).toBeGreaterThan(3);
  const pages = saved.text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(saved.pages);
  for (const p of pages) expect(p).toContain('取扱注意');
  const flat = body(saved.text);
  for (const s of ['記録票𠮷田花子', 'よしだはなこ', '令和8年4月1日〜令和9年3月31日', '令和8年11月27日', '耳が遠いので、ゆっくり話す。'])
    expect(flat).toContain(s);
  expect(flat).toContain('2026年5月2日（令和8年5月2日）電話');
  expect(flat).toContain('地域ケアプラザ');
  expect(flat).toContain('2026年9月10日（令和8年9月10日）訪問');
  expect(flat).not.toContain('前年度の訪問');
  // The long summary whole: every numbered sentence once, in order, then the insight.
  const numbers = [...flat.matchAll(/第(\d{4})文/g)].map((m) => Number(m[1]));
  expect(numbers).toEqual([...summary.matchAll(/第(\d{4})文/g)].map((m) => Number(m[1])));
  expect(flat).toContain(summary.slice(-40));
  expect(flat.indexOf('【気づき】最後の気づき')).toBeGreaterThan(flat.indexOf(summary.slice(-40)));

  // A period reaching back into the previous fiscal year takes the March entry in, oldest first.
  await section.getByLabel('期間のはじめ').fill('2026-03-01');
  const printed = await printThroughDialog(
    page,
    section.getByRole('button', { name: '記録票を印刷（大きな文字）', exact: true }),
    'case-record-large',
  );
  const large = body(printed.text);
  expect(large).toContain('前年度の訪問');
  expect(large.indexOf('前年度の訪問')).toBeLessThan(large.indexOf('体調は良いとのこと。'));
  expect(printed.pages).toBeGreaterThan(saved.pages);

  // A period that ends before it starts cannot be printed.
  await section.getByLabel('期間のおわり').fill('2026-02-01');
  await expect(section.getByRole('button', { name: '記録票を印刷（標準）', exact: true })).toBeDisabled();
  await expect(section.getByText('はじめ ≦ おわり')).toBeVisible();

  await page.goto('/#/audit');
  await expect(page.getByRole('cell', { name: '印刷', exact: true })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'PDFで保存', exact: true })).toHaveCount(1);
});
