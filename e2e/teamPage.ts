// The team specs' member machines (e2e/teamReplica.spec.ts, e2e/teamSync.spec.ts): a test page of
// the product's team modules (renderer/team/*TestPage.ts), bundled with esbuild, run in a browser
// context of its own (its own IndexedDB: one machine) on a page of the app's own server. A page
// Playwright made up (route.fulfill) is not on the loopback address space, and Chromium refuses
// its requests to the team server on 127.0.0.1. The app's CSP allows no connection to a team
// server yet (the desktop will route it through the main process), so these contexts bypass CSP.
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BASE_URL } from './browser';

/** The test page `renderer/team/<name>.ts` as one script. */
export async function bundleTestPage(name: 'replicaTestPage' | 'syncTestPage'): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(`../renderer/team/${name}.ts`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    loader: { '.wasm': 'binary' },
  });
  return out.outputFiles[0]?.text ?? '';
}

export interface TestPage {
  page: Page;
  /** Calls `window.team[name](...args)` in the page (renderer/team/exposeToTest.ts). */
  call<T = unknown>(name: string, ...args: unknown[]): Promise<T>;
}

export async function openTestPage(browser: Browser, bundle: string): Promise<TestPage> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/`);
  await page.evaluate(bundle);
  const call = <T>(name: string, ...args: unknown[]) =>
    page.evaluate(
      ([n, a]) => (window as unknown as { team: Record<string, (...x: unknown[]) => unknown> }).team[n as string]?.(...(a as unknown[])),
      [name, args] as const,
    ) as Promise<T>;
  return { page, call };
}
