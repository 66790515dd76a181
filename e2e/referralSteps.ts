// Steps shared by the referral specs: start a referral from a new person, record a step, save the
// fields, pick a radio in a group, and print through the app into a PDF whose text is returned.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, addPersonThroughUi } from './fixtures';

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

const OUT = 'test-results/pdf';

/** Presses a print button, saves the PDF as test-results/pdf/<name>.pdf (and page PNGs at 60 dpi), and returns its file name and text. */
export async function printVia(page: Page, button: Locator, name: string): Promise<{ fileName: string; text: string }> {
  mkdirSync(OUT, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = `${OUT}/${name}.pdf`;
  await download.saveAs(path);
  execFileSync('pdftoppm', ['-r', '60', '-png', path, `${OUT}/${name}`]);
  return { fileName: download.suggestedFilename(), text: pdfText(path) };
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
