// The one place that says which Chromium the e2e suite and the benchmarks drive, and with which
// flags (e2e/browser.ts re-exports these). Plain .mjs so the Node bench scripts can import it.
import { execSync } from 'node:child_process';

/** The system Chromium (Debian package `chromium`), or CHROMIUM_PATH. */
export function systemChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Headless as root, and quiet on a closed network (no update checks, sync or field trials). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
