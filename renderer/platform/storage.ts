// How full the app's storage is. Checked when a vault opens and after large writes (never per
// keystroke), so a quiet banner can say so before a save fails; a save refused for space checks
// at once. And, once at vault creation in the browser build, asking the browser not to evict
// the vault under storage pressure.
import { platform } from './index';

/** Above this share of the quota the banner shows. */
export const NEARLY_FULL_RATIO = 0.8;
/** Sealed bytes written since the last check after which the next write checks again. */
export const CHECK_AFTER_BYTES = 32 * 1024;

/** Storage in use and the quota, when usage is above NEARLY_FULL_RATIO of it. */
export interface NearlyFull {
  usage: number;
  quota: number;
  /** Rounded down, for the banner (never says 100 before it is). */
  percent: number;
}

export type EstimateStorage = () => Promise<{ usage?: number; quota?: number } | undefined>;

const browserEstimate: EstimateStorage = async () =>
  typeof navigator === 'undefined' || !navigator.storage?.estimate ? undefined : navigator.storage.estimate();

export class StorageWatch {
  private state: NearlyFull | null = null;
  private written = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly listeners = new Set<() => void>();
  private readonly estimate: EstimateStorage;

  constructor(estimate: EstimateStorage = browserEstimate) {
    this.estimate = estimate;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Null while there is room (or nothing is known). */
  getSnapshot = (): NearlyFull | null => this.state;

  /** Asks the browser now; checks asked for while one runs are folded into one more. */
  check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.written = 0;
    this.running = this.measure().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.check();
      }
    });
    return this.running;
  }

  /**
   * After a committed write of `bytes` sealed bytes that removed `removed` rows: checks once
   * enough has been written since the last check, and after removals while nearly full (emptying
   * the trash may have made room).
   */
  noteWrite(bytes: number, removed = 0): void {
    this.written += bytes;
    if (this.written >= CHECK_AFTER_BYTES || (removed > 0 && this.state)) void this.check();
  }

  /** A save refused for lack of space: the banner should say so without waiting. */
  noteQuotaExceeded(): void {
    void this.check();
  }

  private async measure(): Promise<void> {
    let next: NearlyFull | null = null;
    try {
      const e = await this.estimate();
      const usage = e?.usage ?? 0;
      const quota = e?.quota ?? 0;
      if (quota > 0 && usage > quota * NEARLY_FULL_RATIO)
        next = { usage, quota, percent: Math.min(100, Math.floor((usage / quota) * 100)) };
    } catch {
      // An estimate that fails says nothing about space: keep what was known.
      return;
    }
    const same = next?.percent === this.state?.percent && (next === null) === (this.state === null);
    if (same) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}

/** The app's one watch (the banner reads it, the write path feeds it). */
export const storageWatch = new StorageWatch();

/** Asks the browser build's browser to keep the vault under storage pressure; a refusal is silent. */
export async function requestPersistentStorage(): Promise<void> {
  if (platform.kind !== 'browser' || typeof navigator === 'undefined') return;
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Refused or not offered: nothing to show, and the quota banner still warns in time.
  }
}
