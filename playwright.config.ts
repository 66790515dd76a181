import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CONTEXT_DEFAULTS, PORT, systemChromium } from './e2e/browser';

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    ...CONTEXT_DEFAULTS,
    launchOptions: {
      executablePath: systemChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
