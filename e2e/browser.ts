// The one place that says which Chromium the e2e suite drives and with which flags.
// playwright.config.ts and the specs that launch Chromium themselves (privacy.spec.ts)
// both import from here (the Chromium path and flags come from scripts/lib/chromium.mjs, which the
// benchmarks use too), so they can never drift apart.

// E2E_PORT lets two suites run side by side on one machine; CI uses the default.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export { CHROMIUM_ARGS, systemChromium } from '../scripts/lib/chromium.mjs';

export const CONTEXT_DEFAULTS = {
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1280, height: 860 },
} as const;
