// Steps shared by the meeting, action-item and meeting-a11y specs.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { saveThroughWarning } from './printing';

export { tokyoDay } from './fixtures';

export async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会議', exact: true }).click();
  await expect(page.getByRole('heading', { name: '会議', level: 1, exact: true })).toBeVisible();
}

export async function openActions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'やること', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'やること（役割分担）', level: 1 })).toBeVisible();
}

export async function addToDirectory(page: Page, e: { name: string; organisation: string; role: string }): Promise<void> {
  await page.getByRole('button', { name: '名簿に追加', exact: true }).click();
  await page.getByLabel('氏名', { exact: true }).fill(e.name);
  await page.getByLabel('所属', { exact: true }).fill(e.organisation);
  await page.getByLabel('職種', { exact: true }).fill(e.role);
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('list', { name: '出席者名簿' }).getByText(e.name, { exact: true })).toBeVisible();
}

const TYPE_LABELS = { case: '個別ケース検討会議', team: '地区別支援チーム会議', area: '地域ケア会議（地域・区レベル）' } as const;

export async function startMeeting(page: Page, type: keyof typeof TYPE_LABELS): Promise<void> {
  await openMeetings(page);
  await page.getByRole('link', { name: `新しい${TYPE_LABELS[type]}` }).click();
  await expect(page.getByRole('heading', { name: `新しい${TYPE_LABELS[type]}`, level: 1 })).toBeVisible();
}

export const attendeesBox = (page: Page): Locator => page.getByRole('group', { name: /^出席者（/ });
export const absenteesBox = (page: Page): Locator => page.getByRole('group', { name: /^欠席者（/ });

/** Fills one 役割分担 row (adding it first). */
export async function addAction(
  page: Page,
  n: number,
  a: { owner: string; org?: string; task: string; due: string; person?: string },
): Promise<Locator> {
  await page.getByRole('button', { name: '役割分担を追加' }).click();
  const row = page.getByRole('group', { name: new RegExp(`^役割分担${n}`) });
  await row.getByLabel('担当', { exact: true }).fill(a.owner);
  if (a.org !== undefined) await row.getByLabel('所属', { exact: true }).fill(a.org);
  await row.getByLabel('内容（やること）').fill(a.task);
  await row.getByLabel('期限', { exact: true }).fill(a.due);
  if (a.person) await row.getByLabel('対象者（任意）').selectOption({ label: a.person });
  return row;
}

/** Chooses the person of 事例n through the picker (adding the case first). */
export async function addCase(page: Page, n: number, name: string): Promise<Locator> {
  await page.getByRole('button', { name: '事例を追加' }).click();
  const card = page.getByRole('group', { name: `事例${n}`, exact: true });
  await card.getByRole('combobox', { name: '対象者' }).fill(name.split(' ')[0] ?? name);
  await card.getByRole('option', { name: new RegExp(name) }).click();
  await expect(card.locator('.chosen-name')).toHaveText(name);
  return card;
}

export async function saveMeetingForm(page: Page): Promise<void> {
  await page
    .locator('.form-bar')
    .getByRole('button', { name: /保存する/ })
    .click();
}

export async function setTextSize(page: Page, size: 'normal' | 'xlarge'): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定', exact: true }).click();
  await page.getByLabel('文字の大きさ').selectOption(size);
}

/** Adds someone who is not in the directory to the 出席者 (or 欠席者) list. */
export async function addAdHoc(box: Locator, p: { name: string; organisation?: string; role?: string }): Promise<void> {
  await box.locator('summary', { hasText: '名簿にない人を追加' }).click();
  const group = box.getByRole('group', { name: /^名簿にない人を追加/ });
  await group.getByLabel('氏名', { exact: true }).fill(p.name);
  if (p.organisation) await group.getByLabel('所属', { exact: true }).fill(p.organisation);
  if (p.role) await group.getByLabel('職種', { exact: true }).fill(p.role);
  await group.getByRole('button', { name: /^追加する/ }).click();
}

/** Saves the PDF of a print button (PDFで保存 beside it) under test-results/pdf, with 60 dpi page PNGs; returns its text. */
export async function printPdf(page: Page, button: string, name: string): Promise<{ text: string; pages: number }> {
  return saveThroughWarning(page, page.getByRole('button', { name: button, exact: true }), name);
}
