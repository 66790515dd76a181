// ─────────────────────────────────────────────────────────────────────────────────────────────
// SECURITY-CRITICAL: do not change without review.
// These options are the renderer's sandbox. Every line below closes a door through which page
// content (or anything injected into it) could reach Node, the file system or other origins.
// main/window.test.ts pins each one; a change here must change the test in the same review.
// ─────────────────────────────────────────────────────────────────────────────────────────────
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsExtra {
  /** DevTools only in unpackaged (development) runs. */
  devTools?: boolean;
}

export function windowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'あいねっと記録帳',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links as new windows without passing will-navigate.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: extra.devTools === true,
    },
  };
}
