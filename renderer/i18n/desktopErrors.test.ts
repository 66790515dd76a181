// A failure on the desktop side reaches the person as its own sentence: main's code, decoded by
// renderer/platform, worded here like any other error.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../shared/errors/codes';
import { unwrapBridgeResult } from '../platform/bridgeResult';
import { commonJa } from './common';
import { commonEn } from './common.en';
import { errorMessage, initI18n } from './index';

const refused = (code: string): unknown => {
  try {
    unwrapBridgeResult({ ok: false, code });
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('a desktop failure reaches the person as its own sentence', () => {
  beforeAll(() => {
    initI18n('ja', { ja: commonJa, en: commonEn });
  });

  it('QuotaExceeded from main is worded, with its code', () => {
    expect(errorMessage(refused('QuotaExceeded'))).toBe(`${commonJa.errors.QuotaExceeded} （コード：QuotaExceeded）`);
  });

  it('a save main could not write is worded as FileNotWritable', () => {
    expect(errorMessage(refused('FileNotWritable'))).toBe(`${commonJa.errors.FileNotWritable} （コード：FileNotWritable）`);
  });

  it('a refused payload is worded as ValidationFailed', () => {
    const e = refused('ValidationFailed');
    expect(e).toBeInstanceOf(AppError);
    expect(errorMessage(e)).toBe(commonJa.errors.ValidationFailed);
  });

  it('every code has a Japanese and an English sentence', () => {
    for (const code of ERROR_CODES) {
      expect(commonJa.errors[code], code).toMatch(/\S/);
      expect(commonEn.errors[code], code).toMatch(/\S/);
    }
  });
});
