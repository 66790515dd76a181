// The renderer's one door to the platform: the Electron bridge when present, otherwise a
// browser implementation (Blob downloads, file input, visibility-based lock) so the whole UI
// runs in a plain Chromium for development and tests.
import type { LockReason } from '../../shared/ipc';
import { desktopApiFromWindow } from './desktop';

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, bytes: Uint8Array, filter: { name: string; extensions: string[] }): Promise<boolean>;
  appVersion(): Promise<string>;
  onLockRequest(listener: (reason: LockReason) => void): () => void;
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
    appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'dev',
    onLockRequest(listener) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onVisibility = () => {
        clearTimeout(timer);
        if (document.visibilityState === 'hidden') timer = setTimeout(() => listener('lock-screen'), HIDDEN_LOCK_MS);
      };
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}

function desktopPlatform(): Platform | null {
  const api = desktopApiFromWindow();
  if (!api) return null;
  return {
    kind: 'desktop',
    async saveFile(suggestedName, bytes, filter) {
      const result = await api.saveFile({ suggestedName, bytes, filters: [filter] });
      return result.saved;
    },
    appVersion: () => api.appVersion(),
    onLockRequest: (listener) => api.onLockRequest(listener),
  };
}

export const platform: Platform = desktopPlatform() ?? browserPlatform();
