// Screens load their code when first opened, not with the first screen: which script files the
// browser asked for is recorded from the start, and each screen's chunk (named by the build
// manifest, out/renderer/.vite/manifest.json) is absent until its screen is opened. A chunk that
// cannot be loaded shows a sentence and a way to reload, not a blank window.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { createVaultThroughUi, expect, openMenu, shot, test, unlock } from './fixtures';

type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
const manifest = JSON.parse(readFileSync('out/renderer/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;

const closure = (keys: string[]): Set<string> => {
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const i of manifest[k].imports ?? []) walk(i);
  };
  keys.forEach(walk);
  return seen;
};
const initialKeys = closure(Object.keys(manifest).filter((k) => manifest[k]?.isEntry));

/** The script files opening `src` (a dynamic import, by its source path under renderer/) loads that the first load did not. */
function filesOf(src: string): string[] {
  expect(manifest[src], `${src} is a chunk of its own in the build`).toBeDefined();
  expect(initialKeys.has(src), `${src} is not part of the first load`).toBe(false);
  return [...closure([src])].filter((k) => !initialKeys.has(k)).map((k) => manifest[k]?.file ?? k);
}

/** The chunk file of `src` itself. */
const ownFile = (src: string): string => {
  const file = manifest[src]?.file;
  expect(file, `${src} is a chunk of its own in the build`).toBeDefined();
  return file ?? src;
};

/** Every script file the page has asked for, from now on. */
function recordScripts(page: Page): Set<string> {
  const asked = new Set<string>();
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.endsWith('.js')) asked.add(path.replace(/^\//, ''));
  });
  return asked;
}

const REFERRALS = 'features/referrals/pages.ts';
const MEETINGS = 'features/meetings/pages.ts';
const BACKUP = 'features/backup/pages.ts';
/** One click from the first screen: fetched ahead once the list is drawn and the page is idle. */
const AHEAD = ['features/persons/pages.ts', 'features/contactLog/pages.ts'];
/**
 * The chunks holding age-encryption (found by its ML-KEM recipient's name): the backup format,
 * which the controller imports for automatic backups and the backup page uses; loaded only to
 * make or read a backup (the browser build makes no automatic ones).
 */
const AGE_FILES = readdirSync('out/renderer/assets')
  .filter((f) => f.endsWith('.js') && readFileSync(`out/renderer/assets/${f}`, 'utf8').includes('mlkem768x25519'))
  .map((f) => `assets/${f}`)
  .sort();

async function openFromMenu(page: Page, label: string, heading = label) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1, exact: true })).toBeVisible();
}

async function reopen(page: Page) {
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
}

test('unlocking loads the person list only; referrals, meetings and backups load when opened', async ({ page }) => {
  await createVaultThroughUi(page);
  const asked = recordScripts(page);
  await reopen(page);

  // A screen's own chunk is not asked for before the screen (chunks it shares with screens
  // already opened may be); once open, everything it needs has been.
  const never = (src: string) => expect(asked.has(ownFile(src)), `${src} before its screen`).toBe(false);
  const loaded = (src: string) =>
    expect(
      filesOf(src).filter((f) => !asked.has(f)),
      `${src} once its screen is open`,
    ).toEqual([]);
  const ageAsked = () => AGE_FILES.filter((f) => asked.has(f));
  // The recorder saw the first load (it is not empty by accident).
  expect(asked.has(manifest['index.html']?.file ?? 'index.html')).toBe(true);
  for (const src of [REFERRALS, MEETINGS, BACKUP]) never(src);
  for (const src of AHEAD)
    await expect.poll(() => filesOf(src).filter((f) => !asked.has(f)), { message: `${src} fetched ahead while idle` }).toEqual([]);
  expect(AGE_FILES.length, 'age-encryption is in the build').toBeGreaterThan(0);
  expect(ageAsked(), 'the backup format at unlock').toEqual([]);

  await openFromMenu(page, '成年後見', '成年後見の相談・つなぎ');
  loaded(REFERRALS);
  never(MEETINGS);
  never(BACKUP);

  // Pointing at a menu entry fetches its screen's code ahead of the click.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会議', exact: true }).hover();
  await expect.poll(() => asked.has(ownFile(MEETINGS)), { message: 'the meetings chunk once the pointer is on 会議' }).toBe(true);
  never(BACKUP);
  await openFromMenu(page, '会議');
  loaded(MEETINGS);
  never(BACKUP);
  expect(ageAsked(), 'the backup format before a backup is made').toEqual([]);

  await openFromMenu(page, 'バックアップ');
  loaded(BACKUP);
  expect(ageAsked(), 'the backup page brings the backup format').toEqual(AGE_FILES);
  await shot(page, 'lazy-backup-page');
});

test('while a screen loads, a calm line stands in its place; then the screen', async ({ page }) => {
  await createVaultThroughUi(page);
  await reopen(page);
  // Holds the meetings chunk until the loading line has been seen (no timing involved).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const files = filesOf(MEETINGS);
  await page.route(
    (url) => files.some((f) => url.pathname.endsWith(f)),
    async (route: Route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会議', exact: true }).click();
  const loading = page.getByRole('status').filter({ hasText: '画面を開いています…' });
  await expect(loading).toBeVisible();
  // It keeps the screen's height (60 % of the window), so the page does not jump up and back.
  const box = await loading.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(860 * 0.6 - 1);
  await shot(page, 'lazy-loading');
  release();
  await expect(page.getByRole('heading', { name: '会議', level: 1, exact: true })).toBeVisible();
  await expect(loading).toHaveCount(0);
  await shot(page, 'lazy-meetings-loaded');
});

test('a screen whose code does not load says so and reloads the app on request', async ({ page }) => {
  await createVaultThroughUi(page);
  await reopen(page);
  const files = filesOf(REFERRALS);
  const refused = (url: URL) => files.some((f) => url.pathname.endsWith(f));
  await page.route(refused, (route) => route.abort('failed'));

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '成年後見', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'この画面を開けませんでした' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('PageLoadFailed');
  const reload = alert.getByRole('button', { name: 'アプリを読み込み直す' });
  await expect(reload).toBeVisible();
  // The rest of the app is still there: the menu works.
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
  await shot(page, 'lazy-load-failed');

  await page.unroute(refused);
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  // Reloaded and locked (the lock was logged first); unlocking comes back to the same screen.
  await unlock(page);
  await expect(page.getByRole('heading', { name: '成年後見の相談・つなぎ', level: 1 })).toBeVisible();
  await expect(page.getByText('この画面を開けませんでした')).toHaveCount(0);
  // The lock before the reload is in the audit log (the test's own reloads did not lock).
  await openMenu(page, '操作記録');
  await expect(page.locator('table.audit tbody td:nth-child(4)').filter({ hasText: /^ロック$/ })).toHaveCount(1);
});
