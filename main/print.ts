// 印刷 on the desktop: the PDF goes from memory to the system print dialog and nowhere else. A
// hidden window in its own in-memory session shows it as a data: URL in Chromium's PDF viewer,
// waits until the viewer can print, and calls webContents.print(); the window is destroyed
// afterwards. Nothing is written to disk (no temporary file, no cache: the session is not
// persisted), and the session refuses downloads, permissions and every request except the
// document and the viewer's own pages (main/print-guard.ts).
import { BrowserWindow, session, type Session } from 'electron';
import { AppError } from '../shared/errors/codes';
import type { PrintPdfRequest, PrintPdfResult } from '../shared/ipc/contract';
import { PDF_READY_TIMEOUT_MS, PRINT_PARTITION, isAllowedPrintUrl, pdfDataUrl, pdfReadiness, printOutcome } from './print-guard';

let printSession: Session | null = null;

/** True for the print window's session (main/security.ts lets the PDF viewer navigate there). */
export function isPrintSession(candidate: Session): boolean {
  return printSession !== null && candidate === printSession;
}

function hardenedPrintSession(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION, { cache: false });
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintUrl(details.url) }));
  s.setSpellCheckerEnabled(false);
  printSession = s;
  return s;
}

export async function printPdfFromMemory(request: PrintPdfRequest): Promise<PrintPdfResult> {
  const ses = hardenedPrintSession();
  const window = new BrowserWindow({
    show: false,
    width: 800,
    height: 1000,
    webPreferences: {
      session: ses,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // The PDF viewer is Chromium's internal plugin; nothing else runs in this window.
      plugins: true,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    },
  });
  const contents = window.webContents;
  const ready = pdfReadiness(contents);
  // Without a working PDF viewer Chromium offers the document as a download: refuse it, and
  // fail now rather than at the deadline.
  const onDownload = (event: Electron.Event, _item: Electron.DownloadItem, from: Electron.WebContents) => {
    event.preventDefault();
    if (from === contents || from.hostWebContents === contents) ready.fail('offered as a download');
  };
  ses.on('will-download', onDownload);
  try {
    await contents.loadURL(pdfDataUrl(request.bytes)).catch((e: unknown) => {
      throw new AppError('PrintFailed', { reason: 'load failed' }, { cause: e });
    });
    await ready.within(PDF_READY_TIMEOUT_MS);
    const { success, failureReason } = await new Promise<{ success: boolean; failureReason: string }>((resolve) =>
      contents.print({ silent: false, printBackground: true }, (ok, reason) => resolve({ success: ok, failureReason: reason })),
    );
    return printOutcome(success, failureReason);
  } finally {
    ready.cancel();
    ses.removeListener('will-download', onDownload);
    if (!window.isDestroyed()) window.destroy();
  }
}
