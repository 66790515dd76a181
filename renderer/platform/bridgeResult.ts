// Reads main's answers: a BridgeResult becomes its value, or an AppError with main's code, so a
// failure on the desktop is worded like any other (renderer/i18n). Pure, so it is tested under
// Node (bridgeResult.test.ts) without Electron.
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors/codes';
import type { BridgeResult } from '../../shared/ipc';

const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

/** The value of an `ok` answer; throws AppError(code) for a refused or failed call. */
export function unwrapBridgeResult<T>(raw: BridgeResult<T> | unknown): T {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    const result = raw as { ok: unknown; value?: unknown; code?: unknown };
    if (result.ok === true && 'value' in result) return result.value as T;
    if (result.ok === false) {
      // A code this renderer does not know (a newer main) is still an error, worded as Unknown.
      if (isErrorCode(result.code)) throw new AppError(result.code, { fromDesktop: true });
      throw new AppError('Unknown', { fromDesktop: true, code: String(result.code) });
    }
  }
  throw new AppError('Unknown', { fromDesktop: true, message: 'malformed answer from the desktop bridge' });
}

/**
 * Calls one bridge method. The call itself may still reject (no handler registered, the main
 * process gone): that, too, becomes an AppError rather than a raw Electron message.
 */
export async function callBridge<T>(call: () => Promise<BridgeResult<T>>): Promise<T> {
  let raw: unknown;
  try {
    raw = await call();
  } catch (e) {
    throw new AppError('Unknown', { fromDesktop: true, message: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
  return unwrapBridgeResult<T>(raw);
}
