// Storage pressure in real Chromium, with the origin's quota forced small through the DevTools
// Protocol (Storage.overrideQuotaForOrigin). What this Chromium (156) does with the override,
// found by trying: navigator.storage.estimate() reports it only with the StaticStorageQuota
// feature off (since Chromium 138 it otherwise reports usage + 10 GiB, so that private windows
// cannot be told apart); the desktop app turns the feature off (main/index.ts). IndexedDB
// enforces it for writes, but only once the room it last asked the quota system for has gone
// stale: a page that wrote in the last ~30 s writes on past the override.
import type { CDPSession, Page } from '@playwright/test';

export const BANNER = /記録を保存する場所の残りが少なくなっています（\d+% 使用中）/;

/** IndexedDB's cached room for this origin goes stale after this long without a check. */
export const QUOTA_RECHECK_MS = 31_000;

export const banner = (page: Page) => page.getByRole('status').filter({ hasText: BANNER });

export async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Forces this origin's quota to `quotaSize` bytes; undefined lifts the override. The override
 * lasts as long as the DevTools session that set it, so one session is kept per page.
 */
export async function overrideQuota(page: Page, quotaSize: number | undefined): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
}
