// The sandboxed preload: the page's only door to main. It exposes exactly DesktopApi under
// BRIDGE_GLOBAL and nothing else — no ipcRenderer, no event objects, no generic "send".
// Every invoke resolves to main's BridgeResult as it came (failures included, as codes);
// renderer/platform decodes it. Imports channels.ts rather than the contract so zod stays out of
// this bundle.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  CHANNELS,
  LOCK_ACK_CHANNEL,
  LOCK_REASONS,
  QUIT_BACKUP_ACK_CHANNEL,
  type DesktopApi,
  type LockReason,
} from '../../shared/ipc/channels';

const lockListeners = new Set<(reason: LockReason) => void | Promise<void>>();

const isLockReason = (value: unknown): value is LockReason => (LOCK_REASONS as readonly unknown[]).includes(value);

ipcRenderer.on(CHANNELS.onLockRequest, (_event, reason: unknown) => {
  void (async () => {
    if (isLockReason(reason)) {
      // Listeners seal unsaved drafts before dropping the keys: wait for them, so closing the
      // window loses no typing. Main stops waiting after a timeout if a page hangs.
      const results = await Promise.allSettled([...lockListeners].map(async (listener) => listener(reason)));
      for (const r of results) if (r.status === 'rejected') console.error('lock listener failed', r.reason);
    }
    // Tells main the listeners have finished, so a closing window may go.
    ipcRenderer.send(LOCK_ACK_CHANNEL);
  })();
});

const quitBackupListeners = new Set<() => void | Promise<void>>();

ipcRenderer.on(CHANNELS.onQuitBackupRequest, () => {
  void (async () => {
    // A listener encrypts and stores the backup (backupWrite): wait for it. Main quits anyway
    // after its timeout if a page hangs.
    const results = await Promise.allSettled([...quitBackupListeners].map(async (listener) => listener()));
    for (const r of results) if (r.status === 'rejected') console.error('quit-backup listener failed', r.reason);
    ipcRenderer.send(QUIT_BACKUP_ACK_CHANNEL);
  })();
});

const api = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request) as ReturnType<DesktopApi['saveFile']>,
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request) as ReturnType<DesktopApi['openFile']>,
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request) as ReturnType<DesktopApi['printPdf']>,
  appVersion: () => ipcRenderer.invoke(CHANNELS.appVersion) as ReturnType<DesktopApi['appVersion']>,
  eraseDeviceData: () => ipcRenderer.invoke(CHANNELS.eraseDeviceData) as ReturnType<DesktopApi['eraseDeviceData']>,
  onLockRequest: (listener) => {
    lockListeners.add(listener);
    return () => {
      lockListeners.delete(listener);
    };
  },
  backupWrite: (request) => ipcRenderer.invoke(CHANNELS.backupWrite, request) as ReturnType<DesktopApi['backupWrite']>,
  backupList: () => ipcRenderer.invoke(CHANNELS.backupList) as ReturnType<DesktopApi['backupList']>,
  backupRead: (request) => ipcRenderer.invoke(CHANNELS.backupRead, request) as ReturnType<DesktopApi['backupRead']>,
  deviceStateGet: () => ipcRenderer.invoke(CHANNELS.deviceStateGet) as ReturnType<DesktopApi['deviceStateGet']>,
  deviceStateSet: (request) => ipcRenderer.invoke(CHANNELS.deviceStateSet, request) as ReturnType<DesktopApi['deviceStateSet']>,
  onQuitBackupRequest: (listener) => {
    quitBackupListeners.add(listener);
    return () => {
      quitBackupListeners.delete(listener);
    };
  },
  teamRequest: (request) => ipcRenderer.invoke(CHANNELS.teamRequest, request) as ReturnType<DesktopApi['teamRequest']>,
  camera: (request) => ipcRenderer.invoke(CHANNELS.camera, request) as ReturnType<DesktopApi['camera']>,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
