// The message after a refused unlock or recovery, which stays only while it applies: a wait
// (「…秒待ってから」) is dropped from it once the wait has run out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError, toAppError } from '../../../shared/errors/codes';
import { errorMessage } from '../../i18n';

/** What is still true of `e` once its wait is over: the miss without the wait, or nothing. */
export function afterWait(e: unknown): { error: AppError | null; waitMs: number } {
  const err = toAppError(e);
  const wait = err.detail?.retryAfterMs;
  const waitMs = typeof wait === 'number' && wait > 0 ? wait : 0;
  if (waitMs === 0) return { error: err, waitMs };
  return { error: err.code === 'TooManyAttempts' ? null : new AppError(err.code), waitMs };
}

export function useAttemptError() {
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((e: unknown) => {
    clearTimeout(timer.current);
    setError(errorMessage(e));
    const later = afterWait(e);
    if (later.waitMs > 0) timer.current = setTimeout(() => setError(later.error ? errorMessage(later.error) : null), later.waitMs);
  }, []);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    setError(null);
  }, []);
  return { error, show, clear };
}
