// The renderer's single point of contact with the Electron bridge. Everything else in the
// renderer goes through renderer/platform, which falls back to the browser when this returns
// undefined (plain Chromium in development and in the e2e suite).
import { BRIDGE_GLOBAL, CHANNELS, type DesktopApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Set by main/preload only inside the desktop app. */
    readonly [BRIDGE_GLOBAL]?: DesktopApi;
  }
}

export function desktopApiFromWindow(): DesktopApi | undefined {
  if (typeof window === 'undefined') return undefined;
  const api: unknown = window[BRIDGE_GLOBAL];
  if (typeof api !== 'object' || api === null) return undefined;
  // A bridge from an older or foreign preload that lacks a method is treated as absent.
  const complete = (Object.keys(CHANNELS) as (keyof DesktopApi)[]).every(
    (method) => typeof (api as Partial<Record<keyof DesktopApi, unknown>>)[method] === 'function',
  );
  return complete ? (api as DesktopApi) : undefined;
}
