// Printing and saving PDFs from the e2e suite. 印刷 must reach the print dialog with the PDF and
// leave no file: headless Chromium has no print dialog (printing a PDF frame there crashes the
// page), so installPrintSpy replaces window.print in every frame before any script runs and
// records which document it was called on. PDFで保存 must show its warning, then download.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

const OUT = 'test-results/pdf';

declare global {
  interface Window {
    __ainetPrints?: { url: string; contentType: string }[];
  }
}

/** Call before page.goto: every frame's print() is recorded (on the top window) instead of run. */
export async function installPrintSpy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frameWindow = window;
    frameWindow.print = () => {
      const top = frameWindow.top ?? frameWindow;
      top.__ainetPrints = [...(top.__ainetPrints ?? []), { url: frameWindow.location.href, contentType: document.contentType }];
    };
  });
}

/** The PDFで保存 button that belongs to a print button (it sits right after it). */
export function saveButtonFor(printButton: Locator): Locator {
  return printButton.locator('xpath=following-sibling::button[contains(@class, "save-pdf")][1]');
}

function readPdf(path: string, name: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
  // Pages as PNGs at 60 dpi, for a person to look at.
  execFileSync('pdftoppm', ['-r', '60', '-png', path, `${OUT}/${name}`]);
  return { text, pages };
}

/**
 * Presses 印刷 and checks what reached print(): exactly one call, on a PDF document held as a
 * Blob URL of the app's own origin, and no download. Returns that PDF's text (fetched from the
 * Blob URL while the app still holds it) so a test can check it is the right document.
 */
export async function printThroughDialog(page: Page, printButton: Locator, name: string): Promise<{ text: string; pages: number }> {
  mkdirSync(OUT, { recursive: true });
  let downloads = 0;
  const onDownload = () => downloads++;
  page.on('download', onDownload);
  const before = await page.evaluate(() => window.__ainetPrints?.length ?? 0);
  await printButton.click();
  await expect.poll(() => page.evaluate(() => window.__ainetPrints?.length ?? 0)).toBe(before + 1);
  const printed = await page.evaluate((i) => window.__ainetPrints?.[i], before);
  const origin = new URL(page.url()).origin;
  expect(printed?.contentType).toBe('application/pdf');
  expect(printed?.url.startsWith(`blob:${origin}/`)).toBe(true);
  const base64 = await page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  }, printed?.url ?? '');
  const path = `${OUT}/${name}.pdf`;
  writeFileSync(path, Buffer.from(base64, 'base64'));
  // A download would show up by now: the print path has finished when print() was called.
  await page.waitForTimeout(300);
  page.off('download', onDownload);
  expect(downloads, '印刷 must not download a file').toBe(0);
  return readPdf(path, name);
}

/**
 * Presses PDFで保存 (given directly, or found beside a print button), checks the warning, saves,
 * and returns the downloaded PDF's file name, text and page count.
 */
export async function saveThroughWarning(
  page: Page,
  button: Locator,
  name: string,
  opts: { isPrintButton?: boolean } = { isPrintButton: true },
): Promise<{ fileName: string; text: string; pages: number }> {
  mkdirSync(OUT, { recursive: true });
  const save = opts.isPrintButton === false ? button : saveButtonFor(button);
  await save.click();
  const warning = page.getByRole('dialog', { name: 'PDFで保存する前に' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('だれでも開いて読めます');
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: '保存する' }).click()]);
  await expect(warning).toBeHidden();
  const path = `${OUT}/${name}.pdf`;
  await download.saveAs(path);
  return { fileName: download.suggestedFilename(), ...readPdf(path, name) };
}
