// When the camera may be used: only while the team screen's camera panel is open, in the window
// that opened it, and for at most two minutes from the last "on" (a panel left open and
// forgotten closes itself). The permission handlers (main/security.ts) ask `allows` on every
// camera request and check, on top of isAllowedPermission (main/app-url.ts). No Electron import,
// so main/camera-gate.test.ts runs under plain Node.

/** How long one "on" lets the camera be asked for. */
export const CAMERA_WINDOW_MS = 120_000;

export interface CameraGate {
  /** "on" opens the gate for this window's contents until now + CAMERA_WINDOW_MS; "off" shuts it. */
  set(contentsId: number, on: boolean, now: number): { allowedUntil: number | null };
  /** True only for the contents that opened the gate, before it shuts. */
  allows(contentsId: number | null | undefined, now: number): boolean;
}

export function createCameraGate(): CameraGate {
  let open: { contentsId: number; until: number } | null = null;
  return {
    set(contentsId, on, now) {
      if (on) {
        open = { contentsId, until: now + CAMERA_WINDOW_MS };
        return { allowedUntil: open.until };
      }
      if (open?.contentsId === contentsId) open = null;
      return { allowedUntil: null };
    },
    allows(contentsId, now) {
      if (open === null || contentsId == null || contentsId !== open.contentsId) return false;
      if (now >= open.until) {
        open = null;
        return false;
      }
      return true;
    },
  };
}
