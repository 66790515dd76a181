// One axe check for every accessibility spec: WCAG 2.0/2.1 A and AA on the current screen,
// serious or critical findings fail (softly, so every screen is reported), the rest are printed;
// the screen's screenshot is kept for a person to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shot } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings on the current screen, with the tags every spec uses. */
export function analyze(page: Page) {
  return new AxeBuilder({ page }).withTags(TAGS).analyze();
}

/** `window`: also a window-sized screenshot (what fits on screen without scrolling). */
export async function checkScreen(page: Page, name: string, opts: { window?: boolean } = {}): Promise<void> {
  await shot(page, `a11y-${name}`);
  if (opts.window) await page.screenshot({ path: `test-results/screens/a11y-${name}-window.png` });
  const { violations, passes, incomplete } = await analyze(page);
  expect(passes.length, `axe really ran on "${name}"`).toBeGreaterThan(5);
  for (const v of incomplete) console.log(`[axe] ${name}: needs review ${v.id}: ${v.help} — ${v.nodes.length} node(s)`);
  const summary = (v: (typeof violations)[number]) =>
    `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 5)
      .join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ''}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !blocking.includes(x))) console.log(`[axe] ${name}: ${summary(v)}`);
  for (const v of blocking) console.log(`[axe] ${name}: BLOCKING ${summary(v)}`);
  expect.soft(blocking.map(summary), `axe serious/critical on screen "${name}"`).toEqual([]);
}
