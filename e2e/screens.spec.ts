// Every screen of the demo vault, in Japanese and in English, at 標準 and at 特大: axe (no
// serious or critical finding) and a full-page screenshot of each, test-results/screens/
// a11y-<language>-<size>-<screen>.png, for a person to look at. At 特大 nothing may run out of
// the window sideways (the page itself never scrolls horizontally; wide tables scroll in their
// own box).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkScreen } from './axe';
import { demoTour } from './tour';

const SIZES = { normal: { ja: '標準', en: 'Standard' }, xlarge: { ja: '特大', en: 'Extra large' } } as const;
const LANGUAGES = { ja: '日本語', en: 'English' } as const;

/** Elements whose right edge passes the window's (what the eye sees as cut off at the side). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *, header *, [data-testid="display-choices"] *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Inside a box that scrolls on its own (a wide table), running past the window is intended.
      let scroller = false;
      for (let p = el.parentElement; p && !scroller; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        scroller = o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip';
      }
      if (!scroller && r.right > width + 1)
        out.push(`${el.tagName.toLowerCase()}.${String(el.className)}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    return out;
  });
}

for (const size of ['normal', 'xlarge'] as const) {
  for (const lang of ['ja', 'en'] as const) {
    test(`every screen at ${SIZES[size].ja} in ${LANGUAGES[lang]}: axe, screenshots, nothing cut off at the side`, async ({ page }) => {
      test.setTimeout(900_000);
      await page.goto('/');
      const choices = page.getByTestId('display-choices');
      await choices.getByRole('radio', { name: LANGUAGES[lang] }).check();
      await choices.getByRole('radio', { name: SIZES[size][lang] }).check();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
      await checkScreen(page, `${lang}-${size}-welcome`);
      await demoTour(page, lang, async (name) => {
        await expect(page.getByText(/^(画面を開いています|読み込んでいます|Opening the screen|Loading)…$/)).toHaveCount(0);
        await checkScreen(page, `${lang}-${size}-${name}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(wide, `${name}: the page scrolls sideways by ${wide}px`).toBeLessThanOrEqual(0);
        expect.soft(await overflowing(page), `${name}: cut off at the side`).toEqual([]);
      });
    });
  }
}
