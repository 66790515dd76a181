// The desktop bridge's names and types, without zod: the sandboxed preload imports this file
// and must not carry a validation library it never uses. Runtime schemas live in contract.ts,
// which is checked at compile time to agree with these types.
import type { ErrorCode } from '../errors/codes';

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

/**
 * Largest PDF the print path takes. Main shows it as a data: URL, and Chromium refuses URLs over
 * 2 MiB; base64 makes 4 characters of 3 bytes, so this leaves room for the prefix. The app's
 * documents are 30–150 KB (`npm run samples`).
 */
export const MAX_PRINT_PDF_BYTES = 1_500_000;

export interface PrintPdfRequest {
  /** A whole PDF (starts with `%PDF-`), shown from memory and never written to disk. */
  bytes: Uint8Array;
}

/** `printed: false` when the person cancelled the print dialog. */
export interface PrintPdfResult {
  printed: boolean;
}

/**
 * What every invoke method of the bridge answers. A failure in main arrives as its code, not as
 * a thrown Error: Electron would wrap that as "Error invoking remote method…", and the code in
 * its message would be lost to the renderer. renderer/platform turns `ok: false` into an AppError.
 */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/**
 * The first line of every backup file: the age format's header (the renderer encrypts; main only
 * stores). Main refuses to store, or hand back, a file that does not start with it, so no
 * plaintext ever reaches the backups folder through the bridge.
 */
export const AGE_HEADER = 'age-encryption.org/v1\n';

/**
 * An automatic backup's file name: `ainet-backup-2026-12-01T203015+0900.age`, the Tokyo time it
 * was written. Fixed width, so names sort as times do; no `:` (Windows refuses it in file names).
 * Only names of this form are listed, read or ever deleted in the backups folder.
 */
export const BACKUP_NAME_PATTERN = /^ainet-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})\+0900\.age$/;

export interface BackupWriteRequest {
  /** A whole age file (starts with AGE_HEADER). */
  bytes: Uint8Array;
}
export interface BackupWriteResult {
  /** The base name it was stored under; the renderer never learns the folder. */
  name: string;
}
export interface BackupInfo {
  name: string;
  /** In bytes. */
  size: number;
  /** When it was written (epoch ms), read from its name. */
  createdAt: number;
}
export interface BackupReadRequest {
  name: string;
}

/** The vaults a device keeps counts for (the real one and the demo). */
export const DEVICE_VAULT_KINDS = ['main', 'demo'] as const;
export type DeviceVaultKind = (typeof DEVICE_VAULT_KINDS)[number];

/**
 * What the device remembers about a vault outside IndexedDB, so the app can notice a database
 * that was reset or replaced by an older copy. Counts only: nothing personal.
 */
export interface VaultDeviceState {
  rows: number;
  auditCount: number;
  /** When this entry was last written (epoch ms, stamped by whoever stores it). */
  updatedAt: number;
  lastBackupAt?: number;
}
/** The whole of `<userData>/vault-state.json` (localStorage `ainet.deviceState.v1` in the browser). */
export interface DeviceState {
  version: 1;
  vaults: { main?: VaultDeviceState; demo?: VaultDeviceState };
}
/** `absent`: nothing stored yet. `unreadable`: something is stored but is not a DeviceState. */
export type DeviceStateRead = { status: 'ok'; state: DeviceState } | { status: 'absent' } | { status: 'unreadable' };

/** `lastBackupAt` left out keeps the stored one; `updatedAt` is stamped by the store. */
export interface DeviceStateSetRequest {
  kind: DeviceVaultKind;
  rows: number;
  auditCount: number;
  lastBackupAt?: number;
}

/** Erasing the device: what main removed of its own files (always true once it answers). */
export interface EraseDeviceDataResult {
  erased: true;
}

/** The HTTP methods a team replication uses (CouchDB's protocol). */
export const TEAM_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;
export type TeamMethod = (typeof TEAM_METHODS)[number];
/** The request headers a team replication sends; any other is refused. */
export const TEAM_HEADERS = ['accept', 'content-type', 'authorization'] as const;
export type TeamHeader = (typeof TEAM_HEADERS)[number];
/** The largest body either way (a batch of sealed documents, or a page of changes). */
export const MAX_TEAM_BODY_BYTES = 64 * 1024 * 1024;

/**
 * One request to the team's server, sent by main (the page itself may connect nowhere: the CSP has
 * no remote origin). Main refuses what is not https (or plain http to this machine's loopback),
 * carries credentials in the URL, or uses another method or header.
 */
export interface TeamRequest {
  url: string;
  method: TeamMethod;
  headers: Partial<Record<TeamHeader, string>>;
  body?: Uint8Array;
}
export interface TeamResponse {
  status: number;
  /** Only content-type, as the server sent it. */
  contentType: string;
  body: Uint8Array;
}

export const LOCK_REASONS = ['lock-screen', 'suspend', 'window-close'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface CameraRequest {
  on: boolean;
}

export interface CameraResult {
  /** Epoch ms until which the camera may be asked for; null once shut. */
  allowedUntil: number | null;
}

export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<BridgeResult<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<BridgeResult<OpenFileResult>>;
  /** Opens the system print dialog for the PDF; nothing is saved. */
  printPdf(request: PrintPdfRequest): Promise<BridgeResult<PrintPdfResult>>;
  appVersion(): Promise<BridgeResult<string>>;
  /**
   * Removes what main keeps of this app's data in its own files (the automatic backups and the
   * vault state) when the person erases the device; the renderer deletes the databases itself.
   */
  eraseDeviceData(): Promise<BridgeResult<EraseDeviceDataResult>>;
  /**
   * Subscribes to OS lock / suspend / window close; returns the unsubscribe function. A listener
   * may return a promise (sealing unsaved drafts): a closing window waits for it, up to a limit.
   */
  onLockRequest(listener: (reason: LockReason) => void | Promise<void>): () => void;
  /** Stores an automatic backup in `<userData>/backups`, then prunes the old ones. */
  backupWrite(request: BackupWriteRequest): Promise<BridgeResult<BackupWriteResult>>;
  /** The automatic backups, newest first. */
  backupList(): Promise<BridgeResult<BackupInfo[]>>;
  /** One automatic backup's bytes, by the name backupList gave. */
  backupRead(request: BackupReadRequest): Promise<BridgeResult<Uint8Array>>;
  deviceStateGet(): Promise<BridgeResult<DeviceStateRead>>;
  /** Replaces one vault's entry in vault-state.json; answers the entry as stored. */
  deviceStateSet(request: DeviceStateSetRequest): Promise<BridgeResult<VaultDeviceState>>;
  /**
   * Subscribes to "the app is about to quit: make your backup now"; returns the unsubscribe
   * function. Main waits for every listener's promise (a backupWrite), up to a limit, before it
   * locks the page and quits.
   */
  onQuitBackupRequest(listener: () => void | Promise<void>): () => void;
  /** One request to the team server (team replication), made by main; see TeamRequest. */
  teamRequest(request: TeamRequest): Promise<BridgeResult<TeamResponse>>;
  /**
   * The camera panel (reading a member's key sheet) opens or closes: main lets this window's page
   * use the camera, video only, from "on" for at most two minutes or until "off", and never else.
   */
  camera(request: CameraRequest): Promise<BridgeResult<CameraResult>>;
}

/** A forgotten channel is a compile error. */
export const CHANNELS: Record<keyof DesktopApi, string> = {
  saveFile: 'ainet:save-file',
  openFile: 'ainet:open-file',
  printPdf: 'ainet:print-pdf',
  appVersion: 'ainet:app-version',
  eraseDeviceData: 'ainet:erase-device-data',
  onLockRequest: 'ainet:lock-request',
  backupWrite: 'ainet:backup-write',
  backupList: 'ainet:backup-list',
  backupRead: 'ainet:backup-read',
  deviceStateGet: 'ainet:device-state-get',
  deviceStateSet: 'ainet:device-state-set',
  onQuitBackupRequest: 'ainet:quit-backup-request',
  teamRequest: 'ainet:team-request',
  camera: 'ainet:camera',
};

/** The methods main pushes to the renderer (listeners); the others are invoked. */
export const PUSH_METHODS = ['onLockRequest', 'onQuitBackupRequest'] as const;

/** Methods answered by `ipcMain.handle`; the rest are pushed from main to the renderer. */
export type InvokeMethod = Exclude<keyof DesktopApi, (typeof PUSH_METHODS)[number]>;

/** The request an invoke method takes (undefined for none) and the value it answers with. */
export type InvokeRequest<K extends InvokeMethod> = Parameters<DesktopApi[K]>[0];
export type InvokeValue<K extends InvokeMethod> = Awaited<ReturnType<DesktopApi[K]>> extends BridgeResult<infer T> ? T : never;

/**
 * Internal, preload → main: "the page has run its lock listeners". Not part of DesktopApi; main
 * waits for it (with a timeout) before letting a window close, so the vault is locked first.
 */
export const LOCK_ACK_CHANNEL = 'ainet:lock-ack';

/** Internal, preload → main: "the page has run its quit-backup listeners"; main may quit. */
export const QUIT_BACKUP_ACK_CHANNEL = 'ainet:quit-backup-ack';

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_GLOBAL = 'ainetDesktop';
