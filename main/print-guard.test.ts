import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { isAppError } from '../shared/errors/codes';
import { PDF_READY_EVENT, PDF_VIEWER_EXTENSION_ID, isAllowedPrintUrl, pdfDataUrl, pdfReadiness, printOutcome } from './print-guard';

const viewer = `chrome-extension://${PDF_VIEWER_EXTENSION_ID}`;

describe('pdfDataUrl', () => {
  it('carries the exact bytes, also of a view into a larger buffer', () => {
    const backing = new Uint8Array([0, 0, ...new TextEncoder().encode('%PDF-1.7 ü'), 0xff]);
    const view = backing.subarray(2, backing.length - 1);
    const url = pdfDataUrl(view);
    expect(url.startsWith('data:application/pdf;base64,')).toBe(true);
    const decoded = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    expect([...decoded]).toEqual([...view]);
  });
});

describe('isAllowedPrintUrl', () => {
  it.each([
    pdfDataUrl(new TextEncoder().encode('%PDF-1.7')),
    `${viewer}/index.html`,
    `${viewer}/main.js`,
    `blob:${viewer}/5b1a0029-abaf-4a19-b957-78d517a90410`,
    'chrome://resources/js/load_time_data.js',
    'chrome://theme/colors.css',
    'about:blank',
  ])('allows %s', (url) => {
    expect(isAllowedPrintUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///tmp/x.pdf',
    'app://bundle/index.html',
    'data:text/html,<script>alert(1)</script>',
    'data:application/pdf,%PDF-1.7',
    'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/index.html',
    'blob:https://example.com/5b1a0029',
    'chrome://settings/',
    'ws://127.0.0.1/',
    'about:srcdoc',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedPrintUrl(url)).toBe(false);
  });
});

describe('pdfReadiness', () => {
  const listeners = (e: EventEmitter) => e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);

  it('resolves when the viewer says it is ready, and removes its listeners', async () => {
    const contents = new EventEmitter();
    const ready = pdfReadiness(contents);
    const waiting = ready.within(1000);
    contents.emit(PDF_READY_EVENT);
    await expect(waiting).resolves.toBeUndefined();
    expect(listeners(contents)).toBe(0);
  });

  it('does not miss a ready event that comes before the wait starts', async () => {
    const contents = new EventEmitter();
    const ready = pdfReadiness(contents);
    contents.emit(PDF_READY_EVENT); // e.g. while loadURL was still resolving
    await expect(ready.within(1000)).resolves.toBeUndefined();
  });

  it('fails as PrintFailed at the deadline, counted from when the wait starts', async () => {
    vi.useFakeTimers();
    try {
      const contents = new EventEmitter();
      const ready = pdfReadiness(contents);
      vi.advanceTimersByTime(5000); // the load took long: not counted
      const waiting = ready.within(1000);
      const outcome = waiting.then(
        () => 'resolved',
        (e: unknown) => (isAppError(e) ? e.code : 'other'),
      );
      vi.advanceTimersByTime(999);
      contents.emit('unrelated');
      vi.advanceTimersByTime(1);
      expect(await outcome).toBe('PrintFailed');
      expect(listeners(contents)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(['destroyed', 'render-process-gone'])('fails at once when the window is %s', async (event) => {
    const contents = new EventEmitter();
    const ready = pdfReadiness(contents);
    const waiting = ready.within(60_000);
    contents.emit(event);
    await expect(waiting).rejects.toMatchObject({ code: 'PrintFailed' });
    expect(listeners(contents)).toBe(0);
  });

  it('fails at once when told to (the document was offered as a download)', async () => {
    const contents = new EventEmitter();
    const ready = pdfReadiness(contents);
    ready.fail('offered as a download');
    await expect(ready.within(60_000)).rejects.toMatchObject({ code: 'PrintFailed', detail: { reason: 'offered as a download' } });
  });

  it('cancel removes every listener', () => {
    const contents = new EventEmitter();
    pdfReadiness(contents).cancel();
    expect(listeners(contents)).toBe(0);
  });
});

describe('printOutcome', () => {
  it('is printed on success', () => {
    expect(printOutcome(true, '')).toEqual({ printed: true });
  });

  it('is not printed, and no error, when the person cancelled', () => {
    expect(printOutcome(false, 'Print job canceled')).toEqual({ printed: false });
    expect(printOutcome(false, 'cancelled')).toEqual({ printed: false });
  });

  it.each(['Print job failed', 'Invalid printer settings', ''])('is PrintFailed for %j', (reason) => {
    expect(() => printOutcome(false, reason)).toThrow(expect.objectContaining({ code: 'PrintFailed' }));
  });
});
