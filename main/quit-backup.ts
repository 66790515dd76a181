// The backup made as the app quits. Before the app quits, and before a closing window locks,
// main asks the page to make its backup (onQuitBackupRequest; the page encrypts and calls
// backupWrite) and waits for its acknowledgement, at most QUIT_BACKUP_TIMEOUT_MS, then goes on
// whatever happened: a hung page must not keep the app from quitting. Each page is asked once.
import { app, ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { CHANNELS, QUIT_BACKUP_ACK_CHANNEL } from '../shared/ipc/contract';
import { AckWaiter, HoldUntilReady, type AckOutcome } from './ack-wait';
import { isTrustedSender } from './ipc-guard';

/** Encrypting a large vault with age takes a few seconds; this leaves room on a slow machine. */
export const QUIT_BACKUP_TIMEOUT_MS = 20_000;

const backupAcks = new AckWaiter();
/** The app's own windows (not the hidden print windows, which have no page to answer). */
const appWindows = new Set<BrowserWindow>();
const asked = new Map<number, Promise<AckOutcome>>();

/** The one backup request for this page, shared by before-quit and the window's close. */
export function backupBeforeQuit(contents: WebContents): Promise<AckOutcome> {
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('not-sent');
  let request = asked.get(contents.id);
  if (!request) {
    request = backupAcks.wait(contents.id, QUIT_BACKUP_TIMEOUT_MS, () => contents.send(CHANNELS.onQuitBackupRequest));
    void request.then((outcome) => {
      if (outcome !== 'acked') console.warn(`[backup] quit backup: the page did not answer (${outcome})`);
    });
    asked.set(contents.id, request);
  }
  return request;
}

/** Registers an app window: it is asked for its backup when the app quits or it closes. */
export function backupOnQuit(window: BrowserWindow): void {
  const id = window.webContents.id;
  appWindows.add(window);
  window.once('closed', () => {
    appWindows.delete(window);
    asked.delete(id);
  });
}

/** Call once the app is ready. */
export function installQuitBackup(): void {
  ipcMain.on(QUIT_BACKUP_ACK_CHANNEL, (event) => {
    if (!isTrustedSender(event.senderFrame)) return;
    backupAcks.ack(event.sender.id);
  });
  // Quit from the menu, Cmd+Q, or app.quit(): hold it until every app window has answered.
  // (Closing the last window asks in its own close handler, before it locks: after that the page
  // has no keys, and by before-quit it is gone.)
  const hold = new HoldUntilReady(
    () => Promise.all([...appWindows].map((w) => backupBeforeQuit(w.webContents))),
    () => app.quit(),
  );
  app.on('before-quit', (event) => {
    if (!hold.request()) event.preventDefault();
  });
}
