// Pure parts of printing a PDF from memory (main/print.ts): which URLs the hidden print window
// may load, how the PDF becomes a URL without touching the disk, when the PDF viewer is ready,
// and what the print callback means. No Electron import, so print-guard.test.ts runs under Node.
import { AppError } from '../shared/errors/codes';
import type { PrintPdfResult } from '../shared/ipc/contract';

/**
 * The print window's own session. Without Electron's "persist:" prefix it lives in memory only:
 * no cache, cookies or storage of the printed document on disk.
 */
export const PRINT_PARTITION = 'ainet-print';

/** Chromium's built-in PDF viewer (an internal extension, the same id in Chrome and Electron). */
export const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/**
 * Emitted by Electron on the webContents once the PDF viewer has loaded the document and can
 * print it. Internal (leading dash, used by Electron's own printing tests): printing before it
 * gives blank pages, so the wait has a deadline and a missing event fails as PrintFailed.
 */
export const PDF_READY_EVENT = '-pdf-ready-to-print';
export const PDF_READY_TIMEOUT_MS = 20_000;

const PDF_DATA_PREFIX = 'data:application/pdf;base64,';

/** The PDF as a data: URL, so the viewer reads it from memory (never a temporary file). */
export function pdfDataUrl(bytes: Uint8Array): string {
  return PDF_DATA_PREFIX + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * What the print window (and the PDF viewer inside it) may load: the document itself and the
 * viewer's own internal pages. Anything else, the network above all, is cancelled.
 */
export function isAllowedPrintUrl(raw: string): boolean {
  // Checked as a prefix: the URL carries the whole document and need not be parsed.
  if (raw.startsWith(PDF_DATA_PREFIX)) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case 'chrome-extension:':
      return url.hostname === PDF_VIEWER_EXTENSION_ID;
    case 'blob:':
      return raw.startsWith(`blob:chrome-extension://${PDF_VIEWER_EXTENSION_ID}/`);
    case 'chrome:':
      // The viewer's shared scripts and styles, built into the binary.
      return url.hostname === 'resources' || url.hostname === 'theme';
    case 'about:':
      return raw === 'about:blank';
    default:
      return false;
  }
}

/** The part of Electron's WebContents that the readiness wait listens to. */
export interface PdfReadyEmitter {
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

const GONE_EVENTS = ['destroyed', 'render-process-gone'] as const;

/**
 * Listens for the viewer's readiness from before the load starts (the event can come quickly),
 * so nothing is missed; `within` then waits, with a deadline counted from after the load, and
 * `fail` ends the wait at once (the session refused the document as a download). Either way the
 * listeners are removed.
 */
export function pdfReadiness(contents: PdfReadyEmitter) {
  let settle: ((error?: AppError) => void) | undefined;
  let early: AppError | null | undefined; // undefined: nothing yet; null: ready
  const onReady = () => finish();
  const onGone = () => finish(new AppError('PrintFailed', { reason: 'print window gone' }));
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cleanup(): void {
    clearTimeout(timer);
    contents.removeListener(PDF_READY_EVENT, onReady);
    for (const e of GONE_EVENTS) contents.removeListener(e, onGone);
  }
  function finish(error?: AppError): void {
    cleanup();
    if (settle) settle(error);
    else if (early === undefined) early = error ?? null;
  }

  contents.once(PDF_READY_EVENT, onReady);
  for (const e of GONE_EVENTS) contents.once(e, onGone);

  return {
    within(timeoutMs: number): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
        if (early !== undefined) return early ? reject(early) : resolve();
        timer = setTimeout(() => finish(new AppError('PrintFailed', { reason: 'PDF viewer not ready' })), timeoutMs);
      });
    },
    fail(reason: string): void {
      finish(new AppError('PrintFailed', { reason }));
    },
    cancel: cleanup,
  };
}

/**
 * webContents.print's callback, as the renderer needs it: printed, or cancelled by the person
 * (not an error), or a failure with a code. Chromium words a cancel "Print job canceled".
 */
export function printOutcome(success: boolean, failureReason: string): PrintPdfResult {
  if (success) return { printed: true };
  if (/cancel/i.test(failureReason)) return { printed: false };
  throw new AppError('PrintFailed', { reason: failureReason });
}
