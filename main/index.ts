// Entry of the Electron main process: wiring only. Each concern lives in its own module.
import { app, BrowserWindow, session } from 'electron';
import { performTeamRequest } from './team-route';
import path from 'node:path';
import { APP_INDEX_URL, type AppRoots } from './app-url';
import { BACKUPS_FOLDER, VAULT_STATE_FILE, listBackups, readBackup, readDeviceState, writeBackup, writeDeviceState } from './backups';
import { eraseDeviceData } from './device-data';
import { openFileWithDialog, saveFileWithDialog } from './files';
import { registerIpcHandlers } from './ipc';
import { printPdfFromMemory } from './print';
import { forwardOsLockEvents, lockBeforeClose } from './lock';
import { installMenu } from './menu';
import { backupBeforeQuit, backupOnQuit, installQuitBackup } from './quit-backup';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { reportEnforcedStorageQuota } from './storage-quota';
import { guardAllWebContents, hardenSession } from './security';
import { createCameraGate } from './camera-gate';
import { userDataPath } from './user-data';
import { windowOptions } from './window';

// This file is bundled to <root>/out/main/index.cjs; <root> is the project in development and
// app.asar when packaged.
const appRoot = path.resolve(__dirname, '..', '..');
const roots: AppRoots = {
  renderer: path.join(appRoot, 'out', 'renderer'),
  resources: path.join(appRoot, 'resources'),
};
const preloadPath = path.join(appRoot, 'out', 'preload', 'index.cjs');

// Before ready, in this order: userData first (the single-instance lock lives there), then the
// sandbox for every renderer, then the privileged scheme.
app.setPath('userData', userDataPath({ appData: app.getPath('appData'), isPackaged: app.isPackaged, env: process.env }));
app.enableSandbox();
// Japanese UI locale for Chromium's own widgets (date inputs read 年/月/日 order, spellcheck off).
app.commandLine.appendSwitch('lang', 'ja');
// estimate() must report the enforced quota, so the storage warning can come in time.
reportEnforcedStorageQuota(app.commandLine);
registerAppScheme();
guardAllWebContents();

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): void {
  const window = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  mainWindow = window;
  backupOnQuit(window);
  // The backup first: once the page has locked it has no keys to make one with.
  lockBeforeClose(window, () => backupBeforeQuit(window.webContents));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_INDEX_URL);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances on one vault would race each other's writes; the first one gets the focus.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Also on macOS: with its window closed the vault is locked and there is nothing to keep.
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) createMainWindow();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId('jp.yokohama.tsurumi.ainet-records');
    const cameraGate = createCameraGate();
    hardenSession(session.defaultSession, cameraGate);
    serveAppProtocol(session.defaultSession, roots);
    const backupsDir = path.join(app.getPath('userData'), BACKUPS_FOLDER);
    const vaultStateFile = path.join(app.getPath('userData'), VAULT_STATE_FILE);
    registerIpcHandlers({
      saveFile: (request, window) => saveFileWithDialog(window, request),
      openFile: (request, window) => openFileWithDialog(window, request),
      printPdf: (request) => printPdfFromMemory(request),
      appVersion: async () => app.getVersion(),
      backupWrite: async ({ bytes }) => {
        const { name, notRemoved } = await writeBackup(backupsDir, bytes, Date.now());
        if (notRemoved.length > 0) console.warn(`[backup] could not remove ${notRemoved.length} old backup(s); retried after the next one`);
        return { name };
      },
      backupList: () => listBackups(backupsDir),
      backupRead: ({ name }) => readBackup(backupsDir, name),
      deviceStateGet: () => readDeviceState(vaultStateFile),
      deviceStateSet: (request) => writeDeviceState(vaultStateFile, request, Date.now()),
      // Its own in-memory session: no cookies, no cache, and none of the page session's blocking
      // (that one lets the page reach nothing but the bundle).
      teamRequest: (request) =>
        performTeamRequest(request, (url, init) => session.fromPartition('ainet-team', { cache: false }).fetch(url, init)),
      camera: async ({ on }, window) => {
        if (!window) return { allowedUntil: null };
        return cameraGate.set(window.webContents.id, on, Date.now());
      },
      eraseDeviceData: async () => {
        await eraseDeviceData(app.getPath('userData'));
        return { erased: true };
      },
    });
    forwardOsLockEvents();
    installQuitBackup();
    installMenu(app.isPackaged);
    createMainWindow();
  });
}
