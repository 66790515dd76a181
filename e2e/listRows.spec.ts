// The person list draws a window of rows (ui/measuredRows.ts). Each row must be as tall as what
// it holds, at every text size: with long names that wrap, 𠮷, and the last-contact column.
// The check compares boxes: what a row draws stays inside the row, and consecutive rows never
// overlap (a fixed 76 px row at 特大 fails both: its details run under the next row's divider).
import type { Page } from '@playwright/test';
import { test, expect, addPersonThroughUi, openMenu, shot } from './fixtures';

interface Row {
  index: number;
  top: number;
  bottom: number;
  contentTop: number;
  contentBottom: number;
  text: string;
}

/** The drawn rows of the person list, top to bottom, with their own box and the box of their text. */
async function drawnRows(page: Page): Promise<Row[]> {
  return page.locator('.person-list li').evaluateAll((lis) =>
    lis
      .map((li) => {
        const box = li.getBoundingClientRect();
        let top = Infinity;
        let bottom = -Infinity;
        for (const el of Array.from(li.querySelectorAll('.person-row > span'))) {
          for (const r of Array.from(el.getClientRects())) {
            if (r.height === 0) continue;
            top = Math.min(top, r.top);
            bottom = Math.max(bottom, r.bottom);
          }
        }
        return {
          index: Number(li.getAttribute('data-index')),
          top: box.top,
          bottom: box.bottom,
          contentTop: top,
          contentBottom: bottom,
          text: (li.textContent ?? '').slice(0, 40),
        };
      })
      .sort((a, b) => a.top - b.top),
  );
}

/** Every drawn row holds its text, and each ends where the next begins (no overlap, no gap). */
async function expectRowsFit(page: Page, what: string): Promise<Row[]> {
  const rows = await drawnRows(page);
  expect(rows.length, `${what}: rows are drawn`).toBeGreaterThan(3);
  for (const r of rows) {
    expect(r.contentBottom, `${what}: the text of row ${r.index} (${r.text}) stays inside it`).toBeLessThanOrEqual(r.bottom + 0.5);
    expect(r.contentTop, `${what}: the text of row ${r.index} (${r.text}) starts inside it`).toBeGreaterThanOrEqual(r.top - 0.5);
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1] as Row, rows[i] as Row];
    expect(b.index, `${what}: rows in order`).toBe(a.index + 1);
    expect(a.bottom, `${what}: row ${a.index} ends before row ${b.index} begins`).toBeLessThanOrEqual(b.top + 0.5);
    expect(b.top - a.bottom, `${what}: no gap between rows ${a.index} and ${b.index}`).toBeLessThan(1);
  }
  return rows;
}

const LONG_NAME = '架空 寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら小路の藪柑子 テスト';
const LONG_READING = 'かくう じゅげむじゅげむごこうのすりきれかいじゃりすいぎょのすいぎょうまつうんらいまつふうらいまつ てすと';

test('person list rows fit what they hold at 標準 and 特大 (long names, 𠮷, last contact)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /デモで試す/ }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  // Sorted by reading, these land first in the list, among the demo's persons with a last contact.
  await addPersonThroughUi(page, { name: LONG_NAME, furigana: `あ${LONG_READING}` });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '𠮷野 𠮷子', furigana: 'あ よしの よしこ' });
  await openMenu(page, '対象者');
  const list = page.getByRole('list', { name: '対象者の一覧' });
  await expect(list.getByRole('link', { name: /^𠮷野 𠮷子/ })).toBeVisible();
  await expect(page.locator('.person-row .last-contact').filter({ hasText: '日前' }).first()).toBeVisible();

  const normal = await expectRowsFit(page, '標準');
  await shot(page, 'rows-normal');

  await openMenu(page, '設定');
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await openMenu(page, '対象者');
  await expect(list.getByRole('link', { name: /^𠮷野 𠮷子/ })).toBeVisible();
  const large = await expectRowsFit(page, '特大');
  await shot(page, 'rows-xlarge');
  // A row of two lines is about 90 px at 特大 (it was 76 at every size); the long name wraps further.
  const heights = large.map((r) => r.bottom - r.top);
  console.log(
    `row heights (px): 標準 ${normal.map((r) => Math.round(r.bottom - r.top)).join(' ')}; 特大 ${heights.map(Math.round).join(' ')}`,
  );
  expect(Math.min(...heights)).toBeGreaterThan(Math.min(...normal.map((r) => r.bottom - r.top)));
  expect(Math.max(...heights), 'the long name wraps onto more lines').toBeGreaterThan(Math.min(...heights) * 1.3);

  // Rows below are measured as they come into view: the end of the list fits as well.
  // The window follows the scroll a frame later, and rows measured on the way change the total
  // height, so the end is reached as a user reaches it: scrolling again until nothing is below.
  const total = await page.locator('.person-list li').first().getAttribute('aria-setsize');
  await expect
    .poll(
      async () => {
        await page.locator('.person-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        const last = await drawnRows(page);
        return last.at(-1)?.index;
      },
      { message: 'the last person is drawn after scrolling to the end', timeout: 15_000 },
    )
    .toBe(Number(total) - 1);
  const atEnd = await expectRowsFit(page, '特大, scrolled to the end');
  expect(atEnd.at(-1)?.index, 'the last person is drawn').toBe(Number(total) - 1);
  const listBox = await page.locator('.person-list').boundingBox();
  expect((atEnd.at(-1) as Row).bottom, 'the last row ends inside the list').toBeLessThanOrEqual(
    (listBox?.y ?? 0) + (listBox?.height ?? 0) + 0.5,
  );
  await page.screenshot({ path: 'test-results/screens/rows-xlarge-end.png' });
});
