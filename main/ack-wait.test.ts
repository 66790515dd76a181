import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AckWaiter, HoldUntilReady } from './ack-wait';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Settles `promise` into a value readable without awaiting (undefined while pending). */
function track<T>(promise: Promise<T>): { value: T | undefined } {
  const box: { value: T | undefined } = { value: undefined };
  void promise.then((v) => {
    box.value = v;
  });
  return box;
}

describe('AckWaiter', () => {
  it('sends the request once and resolves as acked when the page answers', async () => {
    const waiter = new AckWaiter();
    const send = vi.fn();
    const outcome = track(waiter.wait(7, 20_000, send));
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(outcome.value).toBeUndefined();
    expect(waiter.ack(7)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toBe('acked');
    expect(waiter.pendingFor(7)).toBe(0);
  });

  it('gives up after the timeout when the page never answers, and not before', async () => {
    const waiter = new AckWaiter();
    const outcome = track(waiter.wait(1, 20_000, () => undefined));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(outcome.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.value).toBe('timed-out');
    expect(waiter.pendingFor(1)).toBe(0);
    // A late answer changes nothing and is reported as stray.
    expect(waiter.ack(1)).toBe(false);
  });

  it('resolves at once as not-sent when the page is already gone', async () => {
    const waiter = new AckWaiter();
    const outcome = track(
      waiter.wait(3, 20_000, () => {
        throw new Error('Object has been destroyed');
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toBe('not-sent');
    expect(waiter.pendingFor(3)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an answer from one page does not end the wait on another', async () => {
    const waiter = new AckWaiter();
    const a = track(waiter.wait(1, 1_000, () => undefined));
    const b = track(waiter.wait(2, 1_000, () => undefined));
    waiter.ack(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.value).toBeUndefined();
    expect(b.value).toBe('acked');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(a.value).toBe('timed-out');
  });

  it('one answer ends every wait open on that page, and clears their timers', async () => {
    const waiter = new AckWaiter();
    const first = track(waiter.wait(5, 2_000, () => undefined));
    const second = track(waiter.wait(5, 20_000, () => undefined));
    expect(waiter.pendingFor(5)).toBe(2);
    waiter.ack(5);
    await vi.advanceTimersByTimeAsync(0);
    expect([first.value, second.value]).toEqual(['acked', 'acked']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a stray answer before any request is ignored and does not pre-answer the next one', async () => {
    const waiter = new AckWaiter();
    expect(waiter.ack(9)).toBe(false);
    const outcome = track(waiter.wait(9, 1_000, () => undefined));
    await vi.advanceTimersByTimeAsync(500);
    expect(outcome.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(500);
    expect(outcome.value).toBe('timed-out');
  });
});

describe('HoldUntilReady', () => {
  function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('holds the first close, prepares once, then proceeds and lets the next close through', async () => {
    const step = deferred();
    const prepare = vi.fn(() => step.promise);
    const proceed = vi.fn();
    const hold = new HoldUntilReady(prepare, proceed);
    expect(hold.request()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(proceed).not.toHaveBeenCalled();
    step.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(hold.ready).toBe(true);
    expect(hold.request()).toBe(true);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('holds a second close that comes while preparing, without preparing again', async () => {
    const step = deferred();
    const prepare = vi.fn(() => step.promise);
    const proceed = vi.fn();
    const hold = new HoldUntilReady(prepare, proceed);
    expect(hold.request()).toBe(false);
    expect(hold.request()).toBe(false);
    expect(hold.request()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    step.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('proceeds after a preparation that fails or throws', async () => {
    const step = deferred();
    const proceed = vi.fn();
    const hold = new HoldUntilReady(() => step.promise, proceed);
    hold.request();
    step.reject(new Error('backup failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(proceed).toHaveBeenCalledTimes(1);

    const proceed2 = vi.fn();
    const throwing = new HoldUntilReady(() => {
      throw new Error('sync failure');
    }, proceed2);
    expect(throwing.request()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(proceed2).toHaveBeenCalledTimes(1);
  });

  it('with an AckWaiter inside, a page that never answers still proceeds at the deadline', async () => {
    const waiter = new AckWaiter();
    const proceed = vi.fn();
    const hold = new HoldUntilReady(() => waiter.wait(1, 20_000, () => undefined), proceed);
    hold.request();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(proceed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(proceed).toHaveBeenCalledTimes(1);
  });
});
