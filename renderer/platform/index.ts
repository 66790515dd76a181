// The renderer's one door to the platform: the Electron bridge when present, otherwise a
// browser implementation (Blob downloads, file input, a hidden frame for printing,
// visibility-based lock) so the whole UI runs in a plain Chromium for development and tests.
// Failures on either side are AppErrors with codes; the desktop's arrive through callBridge.
import { AppError } from '../../shared/errors/codes';
import { MAX_PRINT_PDF_BYTES, type BackupInfo, type LockReason } from '../../shared/ipc';
import { callBridge } from './bridgeResult';
import { printPdfInBrowser } from './browserPrint';
import { now } from './clock';
import { desktopApiFromWindow } from './desktop';
import { desktopTeamFetch, type TeamFetch } from './teamFetch';
import { browserDeviceState, desktopDeviceState, type DeviceStateStore } from './deviceState';

export type { BackupInfo };
export type { DeviceStateStore, VaultDeviceCounts, VaultDeviceState, VaultDeviceStateRead } from './deviceState';

/** The automatic backups in the app's data folder (desktop only). Main stores age files only. */
export interface BackupStore {
  /**
   * Stores one backup, `bytes` a whole age file (starting `age-encryption.org/v1\n`; anything
   * else is refused as ValidationFailed), then deletes old ones (newest 10 and each month's
   * newest are kept). Answers the file's name.
   */
  write(bytes: Uint8Array): Promise<{ name: string }>;
  /** Newest first; `createdAt` is when it was written. */
  list(): Promise<BackupInfo[]>;
  /** A backup's bytes by its name from list(); NotFound when it is gone. */
  read(name: string): Promise<Uint8Array>;
}

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, bytes: Uint8Array, filter: { name: string; extensions: string[] }): Promise<boolean>;
  /** Lets the user pick one file; null when they cancel. `tooLarge` when over `maxBytes`. */
  openFile(
    filter: { name: string; extensions: string[] },
    maxBytes: number,
  ): Promise<{ name: string; bytes: Uint8Array } | { tooLarge: true } | null>;
  /**
   * Opens the print dialog for a PDF held in memory; nothing is written to disk. `printed` is
   * false when the person cancelled (the browser cannot tell, and says true).
   */
  printPdf(bytes: Uint8Array): Promise<{ printed: boolean }>;
  appVersion(): Promise<string>;
  /**
   * Erasing the device: removes what the platform keeps of the app's data outside the databases
   * and preferences (which the app deletes itself). The browser keeps nothing else; the desktop
   * removes the automatic backups and the vault state in its data folder.
   */
  eraseDeviceData(): Promise<void>;
  /** The listener's promise is awaited before a closing desktop window goes. */
  onLockRequest(listener: (reason: LockReason) => void | Promise<void>): () => void;
  /** Automatic backups; null in the browser build, which has no folder of its own. */
  readonly backups: BackupStore | null;
  /** Per-vault counts kept outside IndexedDB (vault-state.json; localStorage in the browser). */
  readonly deviceState: DeviceStateStore;
  /**
   * The desktop app is about to quit (or its window to close): make the backup now, with
   * backups.write. The listener's promise is awaited, at most 20 s, before the page is locked and
   * the app quits. Never fires in the browser build.
   */
  onQuitBackupRequest(listener: () => void | Promise<void>): () => void;
  /** The fetch the team replication uses: through main on the desktop (platform/teamFetch.ts). */
  readonly teamFetch: TeamFetch;
  /**
   * The camera panel opens (true) or closes (false). The desktop lets the page ask for the camera
   * only in between (at most two minutes per opening); the browser asks the person itself.
   */
  allowCamera(on: boolean): Promise<void>;
}

/** How long a hidden browser tab stays unlocked (the desktop uses the OS lock/suspend events). */
const HIDDEN_LOCK_MS = 60_000;

function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile(suggestedName, bytes) {
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      const url = URL.createObjectURL(new Blob([copy]));
      try {
        const a = document.createElement('a');
        a.href = url;
        a.download = suggestedName;
        a.rel = 'noopener';
        document.body.append(a);
        a.click();
        a.remove();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return true;
    },
    openFile(filter, maxBytes) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filter.extensions.map((e) => `.${e}`).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > maxBytes) return resolve({ tooLarge: true });
          void file.arrayBuffer().then((b) => resolve({ name: file.name, bytes: new Uint8Array(b) }));
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
    printPdf: (bytes) => printPdfInBrowser(bytes),
    appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'dev',
    eraseDeviceData: async () => undefined,
    onLockRequest(listener) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onVisibility = () => {
        clearTimeout(timer);
        if (document.visibilityState === 'hidden') timer = setTimeout(() => void listener('lock-screen'), HIDDEN_LOCK_MS);
      };
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    backups: null,
    deviceState: browserDeviceState(
      {
        getItem: (key) => localStorage.getItem(key),
        setItem: (key, value) => localStorage.setItem(key, value),
      },
      now,
    ),
    onQuitBackupRequest: () => () => undefined,
    teamFetch: (input, init) => fetch(input, init),
    allowCamera: async () => undefined,
  };
}

function desktopPlatform(): Platform | null {
  const api = desktopApiFromWindow();
  if (!api) return null;
  return {
    kind: 'desktop',
    async saveFile(suggestedName, bytes, filter) {
      const result = await callBridge(() => api.saveFile({ suggestedName, bytes, filters: [filter] }));
      return result.saved;
    },
    async openFile(filter, maxBytes) {
      const result = await callBridge(() => api.openFile({ filters: [filter] }));
      if (!result.opened) return result.reason === 'too-large' ? { tooLarge: true } : null;
      if (result.bytes.byteLength > maxBytes) return { tooLarge: true };
      return { name: result.fileName, bytes: result.bytes };
    },
    async printPdf(bytes) {
      if (bytes.byteLength > MAX_PRINT_PDF_BYTES) throw new AppError('PrintFailed', { reason: 'too-large', bytes: bytes.byteLength });
      return callBridge(() => api.printPdf({ bytes }));
    },
    appVersion: () => callBridge(() => api.appVersion()),
    async eraseDeviceData() {
      await callBridge(() => api.eraseDeviceData());
    },
    onLockRequest: (listener) => api.onLockRequest(listener),
    backups: {
      write: (bytes) => callBridge(() => api.backupWrite({ bytes })),
      list: () => callBridge(() => api.backupList()),
      read: (name) => callBridge(() => api.backupRead({ name })),
    },
    deviceState: desktopDeviceState(api),
    onQuitBackupRequest: (listener) => api.onQuitBackupRequest(listener),
    teamFetch: desktopTeamFetch(api),
    async allowCamera(on) {
      await callBridge(() => api.camera({ on }));
    },
  };
}

export const platform: Platform = desktopPlatform() ?? browserPlatform();
