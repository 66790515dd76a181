// Steps shared by the referral specs: start a referral from a new person, record a step, save the
// fields, pick a radio in a group, and save a print's PDF (PDFで保存) and return its text.
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, addPersonThroughUi } from './fixtures';
import { saveThroughWarning } from './printing';

export const T0 = new Date('2026-11-02T10:00:00+09:00');
export const DAY = 86_400_000;

export async function startReferral(page: Page, name: string): Promise<void> {
  await addPersonThroughUi(page, { name });
  await page.getByRole('button', { name: '成年後見の相談を記録する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `成年後見の相談：${name}` })).toBeVisible();
}

export const statusPanel = (page: Page) => page.getByRole('region', { name: '進み具合' });
export const history = (page: Page) => page.getByRole('list', { name: '経緯（古い順）' });
export const fieldsForm = (page: Page) => page.getByRole('form', { name: '相談の内容' });

export async function recordStep(page: Page, step: string | null, note = ''): Promise<void> {
  const form = page.getByRole('form', { name: '段階を記録する' });
  if (step) await form.getByLabel('次の段階').selectOption({ label: step });
  if (note) await form.getByLabel('メモ').fill(note);
  await form.getByRole('button', { name: 'この段階を記録する' }).click();
}

export async function saveFields(page: Page): Promise<void> {
  await fieldsForm(page).getByRole('button', { name: '保存する', exact: true }).click();
}

export const radio = (scope: Locator, group: string, option: string | RegExp) =>
  scope.getByRole('group', { name: group }).getByRole('radio', { name: option });

/** Saves the PDF of a print button (PDFで保存 beside it) as test-results/pdf/<name>.pdf (and page PNGs at 60 dpi), and returns its file name and text. */
export async function printVia(page: Page, button: Locator, name: string): Promise<{ fileName: string; text: string }> {
  return saveThroughWarning(page, button, name);
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
