// The bench page (renderer/bench, built by vite.bench.config.ts into out/bench) in the system
// Chromium with a persistent profile (IndexedDB on disk, as in the desktop app), served from
// out/ so the real app (out/renderer, same origin) can open what the page seeded.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildBenchPage() {
  await build({ configFile: path.join(root, 'vite.bench.config.ts'), logLevel: 'warn' });
}

export function chromiumPath() {
  const p = systemChromium();
  if (!p) {
    console.error('no Chromium found. Install the Debian package `chromium` or set CHROMIUM_PATH.');
    process.exit(1);
  }
  return p;
}

export async function startServer(port = 0) {
  const server = await serve(path.join(root, 'out'), port);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launch(profileDir = mkdtempSync(path.join(os.tmpdir(), 'ainet-bench-'))) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, profileDir };
}

export async function openBench(page, origin) {
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  return async (params) => JSON.parse(await page.evaluate((p) => globalThis.runBench(p), params));
}
