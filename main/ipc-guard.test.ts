import { describe, expect, it } from 'vitest';
import { CHANNELS, MAX_FILE_BYTES, lockReasonSchema } from '../shared/ipc/contract';
import { INVOKE_METHODS, isTrustedSender, parseInvokeArgs } from './ipc-guard';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const filters = [{ name: 'PDF', extensions: ['pdf'] }];
const save = (request: unknown, ...more: unknown[]) => parseInvokeArgs('saveFile', [request, ...more]);

describe('isTrustedSender', () => {
  it('trusts the top frame of app://bundle', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://bundle/index.html#/people/1', parent: null })).toBe(true);
  });

  it.each([
    ['a subframe', { url: 'app://bundle/index.html', parent: {} }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a look-alike host', { url: 'app://bundle.evil.example/index.html', parent: null }],
    ['a web page', { url: 'https://example.com/', parent: null }],
    ['the dev server', { url: 'http://127.0.0.1:5173/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['an empty url', { url: '', parent: null }],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });

  it('refuses a destroyed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('parseInvokeArgs: saveFile', () => {
  it('accepts a well-formed request', () => {
    const r = save({ suggestedName: '支援計画_2026-04.pdf', bytes: pdf, filters });
    expect(r.ok).toBe(true);
  });

  it('accepts a Node Buffer (what IPC may hand main) as bytes', () => {
    expect(save({ suggestedName: 'a.pdf', bytes: Buffer.from(pdf), filters }).ok).toBe(true);
  });

  it.each([
    '../x.pdf',
    'a/b',
    'a\\b',
    '..',
    '.',
    '',
    'C:x.pdf',
    'a\u0000.pdf',
    'a\nb.pdf',
    'x?.pdf',
    'CON',
    'nul.pdf',
    'trailing.',
    'trailing ',
    'x'.repeat(201),
  ])('refuses the file name %j', (suggestedName) => {
    expect(save({ suggestedName, bytes: pdf, filters }).ok).toBe(false);
  });

  it('refuses bytes over the limit', () => {
    // Zero-filled and never touched, so the OS does not actually commit the memory.
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(save({ suggestedName: 'a.pdf', bytes: huge, filters }).ok).toBe(false);
  });

  it.each([
    ['a string', 'hello'],
    ['a plain array', [1, 2, 3]],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['an array-like object', { 0: 1, length: 1, byteLength: 1 }],
    ['null', null],
  ])('refuses %s as bytes', (_label, bytes) => {
    expect(save({ suggestedName: 'a.pdf', bytes, filters }).ok).toBe(false);
  });

  it.each([
    ['no payload', undefined],
    ['null', null],
    ['a string', 'a.pdf'],
    ['a missing field', { suggestedName: 'a.pdf', bytes: pdf }],
    ['a number as name', { suggestedName: 42, bytes: pdf, filters }],
    ['an extra field', { suggestedName: 'a.pdf', bytes: pdf, filters, defaultPath: '/etc' }],
    ['an extra field in a filter', { suggestedName: 'a.pdf', bytes: pdf, filters: [{ ...filters[0], x: 1 }] }],
    ['a bad extension', { suggestedName: 'a.pdf', bytes: pdf, filters: [{ name: 'x', extensions: ['*'] }] }],
    ['a dotted extension', { suggestedName: 'a.pdf', bytes: pdf, filters: [{ name: 'x', extensions: ['.pdf'] }] }],
    ['too many filters', { suggestedName: 'a.pdf', bytes: pdf, filters: Array(11).fill(filters[0]) }],
  ])('refuses %s', (_label, request) => {
    expect(save(request).ok).toBe(false);
  });

  it('refuses a second argument', () => {
    const r = save({ suggestedName: 'a.pdf', bytes: pdf, filters }, 'extra');
    expect(r).toEqual({ ok: false, issues: ['expected at most 1 argument, got 2'] });
  });

  it('says what was wrong without echoing the bytes', () => {
    const r = save({ suggestedName: '../x.pdf', bytes: pdf, filters });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual(['suggestedName: bad file name']);
  });
});

describe('parseInvokeArgs: openFile and appVersion', () => {
  it('accepts an open request with filters only', () => {
    expect(parseInvokeArgs('openFile', [{ filters }]).ok).toBe(true);
    expect(parseInvokeArgs('openFile', [{ filters, path: '/etc/passwd' }]).ok).toBe(false);
    expect(parseInvokeArgs('openFile', [{ filters: 'pdf' }]).ok).toBe(false);
    expect(parseInvokeArgs('openFile', []).ok).toBe(false);
  });

  it('accepts appVersion with no argument only', () => {
    expect(parseInvokeArgs('appVersion', []).ok).toBe(true);
    expect(parseInvokeArgs('appVersion', ['x']).ok).toBe(false);
    expect(parseInvokeArgs('appVersion', [{}]).ok).toBe(false);
  });
});

describe('contract', () => {
  it('has one schema per invoke channel and distinct channel names', () => {
    expect(INVOKE_METHODS.sort()).toEqual(['appVersion', 'openFile', 'saveFile']);
    const names = Object.values(CHANNELS);
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows the lock reasons', () => {
    expect(lockReasonSchema.safeParse('suspend').success).toBe(true);
    expect(lockReasonSchema.safeParse('reboot').success).toBe(false);
  });
});
