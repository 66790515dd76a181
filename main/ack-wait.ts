// Waiting for a page to answer a request main pushed to it (lock, backup before quit), with a
// deadline: a hung or crashed page must never keep a window open or the app from quitting.
// No Electron import, so main/ack-wait.test.ts runs under plain Node.

export type AckOutcome = 'acked' | 'timed-out' | 'not-sent';

export class AckWaiter {
  readonly #pending = new Map<number, Set<(outcome: AckOutcome) => void>>();

  /**
   * Calls `send` (which pushes the request to page `id`) and resolves when `ack(id)` comes, or
   * with `timed-out` after `timeoutMs`. A `send` that throws (the page is gone) resolves at once
   * with `not-sent`. Never rejects. Several waits on one page all end with its next ack.
   */
  wait(id: number, timeoutMs: number, send: () => void): Promise<AckOutcome> {
    return new Promise((resolve) => {
      const waiters = this.#pending.get(id) ?? new Set();
      this.#pending.set(id, waiters);
      const done = (outcome: AckOutcome): void => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0 && this.#pending.get(id) === waiters) this.#pending.delete(id);
        resolve(outcome);
      };
      const timer = setTimeout(() => done('timed-out'), timeoutMs);
      waiters.add(done);
      try {
        send();
      } catch {
        done('not-sent');
      }
    });
  }

  /** The page answered: ends every wait on it. False when nothing was waiting (a stray ack). */
  ack(id: number): boolean {
    const waiters = this.#pending.get(id);
    if (!waiters || waiters.size === 0) return false;
    for (const done of [...waiters]) done('acked');
    return true;
  }

  /** How many waits are open on page `id` (for tests and logs). */
  pendingFor(id: number): number {
    return this.#pending.get(id)?.size ?? 0;
  }
}

/**
 * Holds a close or quit until `prepare` has finished, once. The first `request()` starts
 * `prepare` and answers false (hold: the caller prevents the event); requests while it runs are
 * held too, so a second click on the close button cannot cut the backup or the lock short; when
 * it has finished (or failed) `proceed` is called, and from then on every request is let through.
 * `prepare` must end by itself (its waits have timeouts).
 */
export class HoldUntilReady {
  #state: 'open' | 'preparing' | 'ready' = 'open';
  readonly #prepare: () => Promise<unknown>;
  readonly #proceed: () => void;

  constructor(prepare: () => Promise<unknown>, proceed: () => void) {
    this.#prepare = prepare;
    this.#proceed = proceed;
  }

  /** True: let the event through. False: hold it. */
  request(): boolean {
    if (this.#state === 'ready') return true;
    if (this.#state === 'open') {
      this.#state = 'preparing';
      void Promise.resolve()
        .then(this.#prepare)
        .catch(() => undefined)
        .then(() => {
          this.#state = 'ready';
          this.#proceed();
        });
    }
    return false;
  }

  get ready(): boolean {
    return this.#state === 'ready';
  }
}
