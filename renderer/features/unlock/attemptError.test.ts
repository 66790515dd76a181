import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/codes';
import { afterWait } from './attemptError';

describe('afterWait', () => {
  it('keeps a miss without a wait as it is, with no timer', () => {
    const e = new AppError('WrongPassphrase', { failures: 1, retryAfterMs: 0 });
    expect(afterWait(e)).toEqual({ error: e, waitMs: 0 });
  });
  it('a miss with a wait becomes the plain miss once the wait is over', () => {
    const r = afterWait(new AppError('WrongPassphrase', { failures: 3, retryAfterMs: 5_000 }));
    expect(r.waitMs).toBe(5_000);
    expect(r.error?.code).toBe('WrongPassphrase');
    expect(r.error?.detail).toBeUndefined();
  });
  it('"wait and try again" goes entirely once the wait is over', () => {
    expect(afterWait(new AppError('TooManyAttempts', { retryAfterMs: 12_000, failures: 4 }))).toEqual({ error: null, waitMs: 12_000 });
  });
});
