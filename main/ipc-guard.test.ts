import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors/codes';
import { AGE_HEADER, CHANNELS, MAX_FILE_BYTES, MAX_PRINT_PDF_BYTES, PUSH_METHODS, lockReasonSchema } from '../shared/ipc/contract';
import { INVOKE_METHODS, answerInvoke, errorCodeFor, isTrustedSender, parseInvokeArgs, type InvokeLog } from './ipc-guard';

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

  it('accepts eraseDeviceData with no argument only (the renderer never names what to erase)', () => {
    expect(parseInvokeArgs('eraseDeviceData', []).ok).toBe(true);
    expect(parseInvokeArgs('eraseDeviceData', ['/home']).ok).toBe(false);
    expect(parseInvokeArgs('eraseDeviceData', [{ path: 'backups' }]).ok).toBe(false);
  });
});

describe('parseInvokeArgs: printPdf', () => {
  const realPdf = new TextEncoder().encode('%PDF-1.7\n%…\n%%EOF\n');
  it('accepts a PDF', () => {
    expect(parseInvokeArgs('printPdf', [{ bytes: realPdf }]).ok).toBe(true);
  });

  it.each([
    ['bytes that are not a PDF', { bytes: new TextEncoder().encode('<html>hello</html>') }],
    ['a PDF header cut short', { bytes: new TextEncoder().encode('%PDF') }],
    ['no bytes', { bytes: new Uint8Array(0) }],
    ['a base64 string', { bytes: 'JVBERi0xLjcK' }],
    ['an extra field', { bytes: realPdf, silent: true }],
    ['no payload', undefined],
  ])('refuses %s', (_label, request) => {
    expect(parseInvokeArgs('printPdf', [request]).ok).toBe(false);
  });

  it('refuses a PDF too large to show from memory', () => {
    const big = new Uint8Array(MAX_PRINT_PDF_BYTES + 1);
    big.set(realPdf);
    expect(parseInvokeArgs('printPdf', [{ bytes: big }]).ok).toBe(false);
    expect(parseInvokeArgs('printPdf', [{ bytes: big.subarray(0, MAX_PRINT_PDF_BYTES) }]).ok).toBe(true);
  });

  it('keeps the data: URL of the largest PDF under Chromium’s 2 MiB URL limit', () => {
    const base64Length = Math.ceil(MAX_PRINT_PDF_BYTES / 3) * 4;
    expect('data:application/pdf;base64,'.length + base64Length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

/** Collects what answerInvoke logs, so a test can also check nothing was swallowed silently. */
function recordingLog(): InvokeLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}
const appFrame = { url: 'app://bundle/index.html', parent: null };
const errno = (code: string) => Object.assign(new Error(`${code}: something at /home/someone/secret.pdf`), { code });

describe('answerInvoke', () => {
  it('answers a trusted, valid call with the handler’s value', async () => {
    const log = recordingLog();
    const result = await answerInvoke('appVersion', appFrame, [], async () => '1.2.3', log);
    expect(result).toEqual({ ok: true, value: '1.2.3' });
    expect(log.lines).toEqual([]);
  });

  it('refuses an untrusted sender as NotPermitted without running the handler', async () => {
    let ran = false;
    const log = recordingLog();
    const result = await answerInvoke(
      'saveFile',
      { url: 'https://example.com/', parent: null },
      [{ suggestedName: 'a.pdf', bytes: pdf, filters }],
      async () => {
        ran = true;
        return { saved: true, fileName: 'a.pdf' };
      },
      log,
    );
    expect(result).toEqual({ ok: false, code: 'NotPermitted' });
    expect(ran).toBe(false);
    expect(log.lines[0]).toContain('refused a call from https://example.com/');
  });

  it('refuses a destroyed frame as NotPermitted', async () => {
    expect(await answerInvoke('appVersion', null, [], async () => 'x', recordingLog())).toEqual({ ok: false, code: 'NotPermitted' });
  });

  it('refuses a payload the schema rejects as ValidationFailed without running the handler', async () => {
    let ran = false;
    const log = recordingLog();
    const result = await answerInvoke(
      'saveFile',
      appFrame,
      [{ suggestedName: '../x.pdf', bytes: pdf, filters }],
      async () => {
        ran = true;
        return { saved: true, fileName: 'x.pdf' };
      },
      log,
    );
    expect(result).toEqual({ ok: false, code: 'ValidationFailed' });
    expect(ran).toBe(false);
    expect(log.lines).toEqual(['warn [ipc] saveFile: invalid payload: suggestedName: bad file name']);
  });

  it('answers a handler’s failure with its code and keeps the details (paths) out of the answer', async () => {
    const log = recordingLog();
    const result = await answerInvoke(
      'saveFile',
      appFrame,
      [{ suggestedName: 'a.pdf', bytes: pdf, filters }],
      async () => {
        throw errno('ENOSPC');
      },
      log,
    );
    expect(result).toEqual({ ok: false, code: 'QuotaExceeded' });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log.lines).toEqual(['error [ipc] saveFile failed:']);
  });

  it('passes an AppError’s own code through', async () => {
    const result = await answerInvoke(
      'printPdf',
      appFrame,
      [{ bytes: new TextEncoder().encode('%PDF-1.7') }],
      async () => {
        throw new AppError('PrintFailed', { reason: 'x' });
      },
      recordingLog(),
    );
    expect(result).toEqual({ ok: false, code: 'PrintFailed' });
  });
});

describe('errorCodeFor', () => {
  it.each([
    ['saveFile', 'ENOSPC', 'QuotaExceeded'],
    ['saveFile', 'EDQUOT', 'QuotaExceeded'],
    ['saveFile', 'EACCES', 'FileNotWritable'],
    ['saveFile', 'EPERM', 'FileNotWritable'],
    ['saveFile', 'EROFS', 'FileNotWritable'],
    ['saveFile', 'EISDIR', 'FileNotWritable'],
    ['saveFile', 'ENOENT', 'FileNotWritable'],
    ['openFile', 'EACCES', 'FileNotReadable'],
    ['openFile', 'ENOENT', 'FileNotReadable'],
    ['openFile', 'ENOSPC', 'Unknown'],
    ['saveFile', 'ECONNRESET', 'Unknown'],
    ['appVersion', 'EACCES', 'Unknown'],
    ['backupWrite', 'ENOSPC', 'QuotaExceeded'],
    ['backupWrite', 'EACCES', 'AppDataUnavailable'],
    ['backupWrite', 'EROFS', 'AppDataUnavailable'],
    ['deviceStateSet', 'EDQUOT', 'QuotaExceeded'],
    ['deviceStateSet', 'EPERM', 'AppDataUnavailable'],
    ['backupList', 'EACCES', 'AppDataUnavailable'],
    ['backupRead', 'EACCES', 'AppDataUnavailable'],
    ['deviceStateGet', 'EACCES', 'AppDataUnavailable'],
    ['backupRead', 'ENOSPC', 'Unknown'],
    ['backupList', 'ECONNRESET', 'Unknown'],
  ] as const)('%s with %s is %s', (method, code, expected) => {
    expect(errorCodeFor(method, errno(code))).toBe(expected);
  });

  it('is Unknown for anything without an errno code', () => {
    expect(errorCodeFor('saveFile', new Error('boom'))).toBe('Unknown');
    expect(errorCodeFor('saveFile', 'boom')).toBe('Unknown');
    expect(errorCodeFor('saveFile', null)).toBe('Unknown');
    expect(errorCodeFor('saveFile', { code: 42 })).toBe('Unknown');
  });

  it('says a team request that failed on the way (refused, no such host, timed out, TLS) could not reach the server', () => {
    expect(errorCodeFor('teamRequest', new TypeError('fetch failed'))).toBe('TeamServerUnreachable');
    expect(errorCodeFor('teamRequest', errno('ECONNREFUSED'))).toBe('TeamServerUnreachable');
    expect(errorCodeFor('teamRequest', new DOMException('timed out', 'TimeoutError'))).toBe('TeamServerUnreachable');
  });
});

describe('camera', () => {
  it('takes on or off and nothing else', () => {
    expect(parseInvokeArgs('camera', [{ on: true }])).toEqual({ ok: true, value: { on: true } });
    expect(parseInvokeArgs('camera', [{ on: false }])).toEqual({ ok: true, value: { on: false } });
    for (const bad of [undefined, {}, { on: 'yes' }, { on: 1 }, { on: true, audio: true }])
      expect(parseInvokeArgs('camera', [bad]).ok, JSON.stringify(bad)).toBe(false);
  });
});

describe('contract', () => {
  it('has one schema per invoke channel and distinct channel names', () => {
    expect(INVOKE_METHODS.sort()).toEqual([
      'appVersion',
      'backupList',
      'backupRead',
      'backupWrite',
      'camera',
      'deviceStateGet',
      'deviceStateSet',
      'eraseDeviceData',
      'openFile',
      'printPdf',
      'saveFile',
      'teamRequest',
    ]);
    const names = Object.values(CHANNELS);
    expect(new Set(names).size).toBe(names.length);
  });

  it('every channel is either invoked (with a schema) or pushed, never both', () => {
    const pushed: readonly string[] = PUSH_METHODS;
    expect(Object.keys(CHANNELS).sort()).toEqual([...INVOKE_METHODS, ...PUSH_METHODS].sort());
    expect(INVOKE_METHODS.filter((m) => pushed.includes(m))).toEqual([]);
  });

  it('knows the lock reasons', () => {
    expect(lockReasonSchema.safeParse('suspend').success).toBe(true);
    expect(lockReasonSchema.safeParse('reboot').success).toBe(false);
  });
});

const ageFile = new TextEncoder().encode(`${AGE_HEADER}-> X25519 abc\n--- mac\n\u0001\u0002`);

describe('parseInvokeArgs: backups', () => {
  it('accepts an age file to write, also as a Node Buffer', () => {
    expect(parseInvokeArgs('backupWrite', [{ bytes: ageFile }]).ok).toBe(true);
    expect(parseInvokeArgs('backupWrite', [{ bytes: Buffer.from(ageFile) }]).ok).toBe(true);
  });

  it.each([
    ['plaintext', { bytes: new TextEncoder().encode('{"persons":[{"name":"鶴見 花子"}]}') }],
    ['a header without its line end', { bytes: new TextEncoder().encode('age-encryption.org/v1') }],
    ['the ASCII-armored form', { bytes: new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----\n') }],
    ['no bytes', { bytes: new Uint8Array(0) }],
    ['a string', { bytes: `${AGE_HEADER}x` }],
    ['a name chosen by the page', { bytes: ageFile, name: '../evil.age' }],
    ['no payload', undefined],
  ])('refuses to write %s', (_label, request) => {
    expect(parseInvokeArgs('backupWrite', [request]).ok).toBe(false);
  });

  it('refuses an age file over the limit', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge.set(ageFile);
    expect(parseInvokeArgs('backupWrite', [{ bytes: huge }]).ok).toBe(false);
  });

  it('accepts a backup name to read, and nothing else', () => {
    expect(parseInvokeArgs('backupRead', [{ name: 'ainet-backup-2026-12-01T203015+0900.age' }]).ok).toBe(true);
    for (const name of [
      '../vault-state.json',
      '../../Local State',
      '/etc/passwd',
      'C:\\x.age',
      'backups/ainet-backup-2026-12-01T203015+0900.age',
      'ainet-backup-2026-12-01T203015+0900.age/..',
      'ainet-backup-2026-12-01T203015+0900.age\n',
      '',
      42,
    ]) {
      expect(parseInvokeArgs('backupRead', [{ name }]).ok, String(name)).toBe(false);
    }
    expect(parseInvokeArgs('backupRead', [{ name: 'ainet-backup-2026-12-01T203015+0900.age', dir: '/' }]).ok).toBe(false);
  });

  it('takes no argument to list or to read the device state', () => {
    expect(parseInvokeArgs('backupList', []).ok).toBe(true);
    expect(parseInvokeArgs('backupList', [{ dir: '/' }]).ok).toBe(false);
    expect(parseInvokeArgs('deviceStateGet', []).ok).toBe(true);
    expect(parseInvokeArgs('deviceStateGet', ['main']).ok).toBe(false);
  });
});

describe('parseInvokeArgs: deviceStateSet', () => {
  it('accepts counts for a known vault, with or without the last backup time', () => {
    expect(parseInvokeArgs('deviceStateSet', [{ kind: 'main', rows: 0, auditCount: 0 }]).ok).toBe(true);
    expect(parseInvokeArgs('deviceStateSet', [{ kind: 'demo', rows: 120, auditCount: 9, lastBackupAt: 1_800_000_000_000 }]).ok).toBe(true);
  });

  it.each([
    ['another vault', { kind: 'other', rows: 1, auditCount: 1 }],
    ['a negative count', { kind: 'main', rows: -1, auditCount: 1 }],
    ['a fractional count', { kind: 'main', rows: 1.5, auditCount: 1 }],
    ['an unsafe integer', { kind: 'main', rows: 2 ** 60, auditCount: 1 }],
    ['NaN', { kind: 'main', rows: Number.NaN, auditCount: 1 }],
    ['a count as text', { kind: 'main', rows: '1', auditCount: 1 }],
    ['a missing count', { kind: 'main', rows: 1 }],
    ['updatedAt from the page (main stamps it)', { kind: 'main', rows: 1, auditCount: 1, updatedAt: 5 }],
    ['something personal besides', { kind: 'main', rows: 1, auditCount: 1, name: '鶴見 花子' }],
    ['no payload', undefined],
  ])('refuses %s', (_label, request) => {
    expect(parseInvokeArgs('deviceStateSet', [request]).ok).toBe(false);
  });
});
