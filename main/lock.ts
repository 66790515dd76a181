// Locks the vault when the person walks away: OS screen lock, suspend, and closing the window.
// Main only asks; the renderer owns the keys and drops them in its onLockRequest listener.
import { BrowserWindow, ipcMain, powerMonitor, type WebContents } from 'electron';
import { CHANNELS, LOCK_ACK_CHANNEL, type LockReason } from '../shared/ipc/contract';
import { isTrustedSender } from './ipc-guard';

/** How long a closing window waits for the page to seal its drafts and confirm it locked. */
const CLOSE_LOCK_TIMEOUT_MS = 2000;

const pendingAcks = new Map<number, () => void>();

function requestLock(contents: WebContents, reason: LockReason): void {
  if (!contents.isDestroyed()) contents.send(CHANNELS.onLockRequest, reason);
}

function requestLockAndWait(contents: WebContents, reason: LockReason, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const id = contents.id;
    const done = (): void => {
      clearTimeout(timer);
      pendingAcks.delete(id);
      resolve();
    };
    // A hung or crashed page must not keep the window open forever: its memory goes with it.
    const timer = setTimeout(done, timeoutMs);
    pendingAcks.set(id, done);
    requestLock(contents, reason);
  });
}

/** Call once the app is ready. */
export function forwardOsLockEvents(): void {
  ipcMain.on(LOCK_ACK_CHANNEL, (event) => {
    if (!isTrustedSender(event.senderFrame)) return;
    pendingAcks.get(event.sender.id)?.();
  });
  const lockAll = (reason: LockReason) => () => {
    for (const window of BrowserWindow.getAllWindows()) requestLock(window.webContents, reason);
  };
  powerMonitor.on('lock-screen', lockAll('lock-screen'));
  powerMonitor.on('suspend', lockAll('suspend'));
}

/** Holds the first close of `window` until the page has locked (or the timeout passed). */
export function lockBeforeClose(window: BrowserWindow): void {
  let locked = false;
  window.on('close', (event) => {
    if (locked || window.webContents.isDestroyed() || window.webContents.isCrashed()) return;
    event.preventDefault();
    locked = true;
    void requestLockAndWait(window.webContents, 'window-close', CLOSE_LOCK_TIMEOUT_MS).then(() => {
      if (!window.isDestroyed()) window.close();
    });
  });
}
