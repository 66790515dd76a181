// Printing in the browser build without leaving a file: the PDF is put in a hidden frame as a
// Blob URL, Chromium's PDF viewer shows it there, and the frame's print() opens the print dialog
// for exactly that document. Nothing is downloaded. The frame and its Blob URL stay until the next
// print or a minute later (the dialog may still be reading them), then both are gone.
import { AppError } from '../../shared/errors/codes';

/** A PDF viewer normally shows a document within a second; this only catches one that never does. */
const LOAD_TIMEOUT_MS = 20_000;
const KEEP_MS = 60_000;

let current: { frame: HTMLIFrameElement; url: string; timer: ReturnType<typeof setTimeout> | undefined } | null = null;

function dispose(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.frame.remove();
  URL.revokeObjectURL(current.url);
  current = null;
}

export async function printPdfInBrowser(bytes: Uint8Array): Promise<{ printed: boolean }> {
  // Without the PDF viewer the frame would offer the PDF as a download: exactly what printing
  // must not do.
  if (navigator.pdfViewerEnabled === false) throw new AppError('PrintFailed', { reason: 'no-pdf-viewer' });
  dispose();

  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.title = 'print';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: the CSP allows no inline styles. Not display:none, which would
  // keep the PDF viewer from loading.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', visibility: 'hidden' });
  current = { frame, url, timer: undefined };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AppError('PrintFailed', { reason: 'load-timeout' })), LOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    frame.src = url;
    document.body.append(frame);
  }).catch((e: unknown) => {
    dispose();
    throw e;
  });

  try {
    // A frame the CSP or the browser refused holds an error page of another origin: reading
    // its window throws, and nothing is printed.
    const view = frame.contentWindow;
    if (!view || frame.contentDocument?.contentType !== 'application/pdf') throw new Error('the PDF viewer did not open the document');
    view.print();
  } catch (e) {
    dispose();
    throw new AppError('PrintFailed', { reason: 'print-refused' }, { cause: e });
  }
  if (current?.frame === frame) current.timer = setTimeout(dispose, KEEP_MS);
  // The browser does not say whether the person printed or cancelled.
  return { printed: true };
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', dispose);
