// Locks the vault when the person walks away: OS screen lock, suspend, and closing the window.
// Main only asks; the renderer owns the keys and drops them in its onLockRequest listener.
import { BrowserWindow, ipcMain, powerMonitor, type WebContents } from 'electron';
import { CHANNELS, LOCK_ACK_CHANNEL, type LockReason } from '../shared/ipc/contract';
import { AckWaiter, HoldUntilReady } from './ack-wait';
import { isTrustedSender } from './ipc-guard';

/** How long a closing window waits for the page to seal its drafts and confirm it locked. */
const CLOSE_LOCK_TIMEOUT_MS = 2000;

const lockAcks = new AckWaiter();

function requestLock(contents: WebContents, reason: LockReason): void {
  if (!contents.isDestroyed()) contents.send(CHANNELS.onLockRequest, reason);
}

/** Call once the app is ready. */
export function forwardOsLockEvents(): void {
  ipcMain.on(LOCK_ACK_CHANNEL, (event) => {
    if (!isTrustedSender(event.senderFrame)) return;
    lockAcks.ack(event.sender.id);
  });
  const lockAll = (reason: LockReason) => () => {
    for (const window of BrowserWindow.getAllWindows()) requestLock(window.webContents, reason);
  };
  powerMonitor.on('lock-screen', lockAll('lock-screen'));
  powerMonitor.on('suspend', lockAll('suspend'));
}

/**
 * Holds the first close of `window` until `beforeLock` has run (the backup before quitting) and
 * the page has locked (or each wait's timeout passed). Closes that come meanwhile are held too.
 */
export function lockBeforeClose(window: BrowserWindow, beforeLock: () => Promise<unknown> = async () => undefined): void {
  const contents = window.webContents;
  const hold = new HoldUntilReady(
    async () => {
      await beforeLock();
      // A hung or crashed page must not keep the window open forever: its memory goes with it.
      await lockAcks.wait(contents.id, CLOSE_LOCK_TIMEOUT_MS, () => requestLock(contents, 'window-close'));
    },
    () => {
      if (!window.isDestroyed()) window.close();
    },
  );
  window.on('close', (event) => {
    if (contents.isDestroyed() || contents.isCrashed()) return;
    if (!hold.request()) event.preventDefault();
  });
}
