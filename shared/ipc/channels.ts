// The desktop bridge's names and types, without zod: the sandboxed preload imports this file
// and must not carry a validation library it never uses. Runtime schemas live in contract.ts,
// which is checked at compile time to agree with these types.

/** Largest file the bridge moves in one call (a full backup of a large vault fits). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Only a default shown in the save dialog; the person picks the final place. */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export interface OpenFileRequest {
  filters: FileFilter[];
}

/** `fileName` is the base name only: the renderer never learns where on disk a file went. */
export type SaveFileResult = { saved: true; fileName: string } | { saved: false };
export type OpenFileResult = { opened: true; fileName: string; bytes: Uint8Array } | { opened: false; reason?: 'canceled' | 'too-large' };

export const LOCK_REASONS = ['lock-screen', 'suspend', 'window-close'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  appVersion(): Promise<string>;
  /**
   * Subscribes to OS lock / suspend / window close; returns the unsubscribe function. A listener
   * may return a promise (sealing unsaved drafts): a closing window waits for it, up to a limit.
   */
  onLockRequest(listener: (reason: LockReason) => void | Promise<void>): () => void;
}

/** A forgotten channel is a compile error. */
export const CHANNELS: Record<keyof DesktopApi, string> = {
  saveFile: 'ainet:save-file',
  openFile: 'ainet:open-file',
  appVersion: 'ainet:app-version',
  onLockRequest: 'ainet:lock-request',
};

/** Methods answered by `ipcMain.handle`; the rest are pushed from main to the renderer. */
export type InvokeMethod = Exclude<keyof DesktopApi, 'onLockRequest'>;

/**
 * Internal, preload → main: "the page has run its lock listeners". Not part of DesktopApi; main
 * waits for it (with a timeout) before letting a window close, so the vault is locked first.
 */
export const LOCK_ACK_CHANNEL = 'ainet:lock-ack';

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_GLOBAL = 'ainetDesktop';
