import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../shared/errors/codes';
import { callBridge, unwrapBridgeResult } from './bridgeResult';

const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('unwrapBridgeResult', () => {
  it('returns the value of an ok answer', () => {
    expect(unwrapBridgeResult({ ok: true, value: { saved: true, fileName: 'a.pdf' } })).toEqual({ saved: true, fileName: 'a.pdf' });
    expect(unwrapBridgeResult({ ok: true, value: undefined })).toBeUndefined();
  });

  it.each(ERROR_CODES)('turns a refused call with code %s into AppError(%s)', (code) => {
    expect(thrown(() => unwrapBridgeResult({ ok: false, code })).code).toBe(code);
  });

  it('turns a code it does not know into Unknown, keeping the code for support', () => {
    const e = thrown(() => unwrapBridgeResult({ ok: false, code: 'DiskOnFire' }));
    expect(e.code).toBe('Unknown');
    expect(e.detail).toMatchObject({ code: 'DiskOnFire' });
  });

  it.each([
    ['a bare value (an older main)', { saved: true }],
    ['null', null],
    ['a string', 'QuotaExceeded'],
    ['ok without a value', { ok: true }],
    ['ok that is not a boolean', { ok: 'yes', value: 1 }],
  ])('treats %s as Unknown', (_label, raw) => {
    expect(thrown(() => unwrapBridgeResult(raw)).code).toBe('Unknown');
  });
});

describe('callBridge', () => {
  it('resolves with the value', async () => {
    await expect(callBridge(async () => ({ ok: true as const, value: '1.0.0' }))).resolves.toBe('1.0.0');
  });

  it('rejects with the code main answered', async () => {
    await expect(callBridge(async () => ({ ok: false as const, code: 'QuotaExceeded' as const }))).rejects.toMatchObject({
      code: 'QuotaExceeded',
    });
  });

  it('turns a rejected invoke (Electron’s own message) into Unknown rather than passing it on', async () => {
    const electronError = new Error("Error invoking remote method 'ainet:print-pdf': Error: No handler registered for 'ainet:print-pdf'");
    const e = await callBridge(() => Promise.reject(electronError)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('Unknown');
  });
});
