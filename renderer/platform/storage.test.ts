import { describe, expect, it } from 'vitest';
import { CHECK_AFTER_BYTES, StorageWatch, type EstimateStorage } from './storage';

/** An estimate that answers what the test last set, and counts how often it was asked. */
function storage(usage: number, quota: number) {
  const s = { usage, quota, asked: 0, fail: false };
  const estimate: EstimateStorage = async () => {
    s.asked++;
    if (s.fail) throw new Error('estimate unavailable');
    return { usage: s.usage, quota: s.quota };
  };
  return { s, estimate };
}

describe('StorageWatch', () => {
  it('is nearly full only above 80 % of the quota', async () => {
    const { s, estimate } = storage(800, 1000);
    const w = new StorageWatch(estimate);
    await w.check();
    expect(w.getSnapshot()).toBeNull();
    s.usage = 801;
    await w.check();
    expect(w.getSnapshot()).toEqual({ usage: 801, quota: 1000, percent: 80 });
    s.usage = 999;
    await w.check();
    expect(w.getSnapshot()?.percent).toBe(99);
    s.usage = 100;
    await w.check();
    expect(w.getSnapshot()).toBeNull();
  });

  it('says nothing when the quota is unknown, and keeps what it knew when an estimate fails', async () => {
    const { s, estimate } = storage(5, 0);
    const w = new StorageWatch(estimate);
    await w.check();
    expect(w.getSnapshot()).toBeNull();
    s.usage = 9;
    s.quota = 10;
    await w.check();
    expect(w.getSnapshot()?.percent).toBe(90);
    s.fail = true;
    await w.check();
    expect(w.getSnapshot()?.percent).toBe(90);
  });

  it('checks after large writes, not after every small one', async () => {
    const { s, estimate } = storage(900, 1000);
    const w = new StorageWatch(estimate);
    const small = CHECK_AFTER_BYTES / 8;
    for (let i = 0; i < 7; i++) w.noteWrite(small);
    await Promise.resolve();
    expect(s.asked).toBe(0);
    w.noteWrite(small);
    await new Promise((r) => setTimeout(r, 0));
    // The eighth small write reached the limit.
    expect(s.asked).toBe(1);
    expect(w.getSnapshot()?.percent).toBe(90);
    // The count starts again after a check.
    w.noteWrite(small);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.asked).toBe(1);
    const asked = s.asked;
    w.noteWrite(CHECK_AFTER_BYTES);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.asked).toBe(asked + 1);
  });

  it('checks after removals only while nearly full (emptying the trash may have made room)', async () => {
    const { s, estimate } = storage(100, 1000);
    const w = new StorageWatch(estimate);
    await w.check();
    w.noteWrite(10, 5);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.asked).toBe(1);
    s.usage = 900;
    await w.check();
    expect(w.getSnapshot()).not.toBeNull();
    s.usage = 300;
    w.noteWrite(0, 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(w.getSnapshot()).toBeNull();
  });

  it('tells its listeners when the state changes, not on every check', async () => {
    const { s, estimate } = storage(900, 1000);
    const w = new StorageWatch(estimate);
    let told = 0;
    const stop = w.subscribe(() => told++);
    await w.check();
    await w.check();
    expect(told).toBe(1);
    s.usage = 950;
    await w.check();
    expect(told).toBe(2);
    s.fail = true;
    await w.check();
    expect(told).toBe(2);
    expect(w.getSnapshot()?.percent).toBe(95);
    stop();
    s.fail = false;
    s.usage = 10;
    await w.check();
    expect(told).toBe(2);
  });

  it('checks at once after a save refused for space', async () => {
    const { s, estimate } = storage(1000, 1000);
    const w = new StorageWatch(estimate);
    w.noteQuotaExceeded();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.asked).toBe(1);
    expect(w.getSnapshot()?.percent).toBe(100);
  });
});
