// ─────────────────────────────────────────────────────────────────────────────────────────────
// SECURITY-CRITICAL: do not change without review.
// The app holds case records of identifiable people. These guards keep every page inside
// app://bundle, refuse every browser permission but the camera (for the app's own page, while its
// camera panel is open), and make any network request fail, so that a bug in the renderer cannot
// become a leak. `npm run test:security` (Electronegativity) and
// e2e/electron.spec.ts check them.
// ─────────────────────────────────────────────────────────────────────────────────────────────
import { app, type Session, type WebContents } from 'electron';
import { isAllowedPermission, isAllowedRequestUrl, isAppBundleUrl } from './app-url';
import type { CameraGate } from './camera-gate';
import { isPrintSession } from './print';
import { isAllowedPrintUrl } from './print-guard';

/** Registers the per-WebContents guards. Call before any window exists. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  // WebRTC does not pass through session.webRequest: no UDP and no local addresses from it (what a
  // TCP relay could still carry is in docs/replication.md, "What the camera changes").
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');

  // No <webview>: it would be a second, unguarded browser inside the page.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // No new windows, ever: links and window.open go nowhere (there is nothing outside to open).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // The page may reload itself (for example to wipe memory after locking) but never leave
  // app://bundle, by link, by script or by redirect, in the top frame or a subframe. The hidden
  // print window (main/print.ts), in its own session, stays within its document and the PDF
  // viewer's internal pages instead.
  const allowed = isPrintSession(contents.session) ? isAllowedPrintUrl : isAppBundleUrl;
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!allowed(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
}

/** Session-wide guards: permissions, network, downloads, spellcheck. Call once the app is ready. */
export function hardenSession(session: Session, camera: CameraGate): void {
  // One browser permission only: the camera (video, the app's own page, top frame), while the team
  // screen's camera panel is open in that window (main/camera-gate.ts), to read a key sheet's QR
  // code. No microphone, notifications, clipboard-read, geolocation…
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(camera.allows(contents.id, Date.now()) && isAllowedPermission(permission, details)),
  );
  session.setPermissionCheckHandler(
    (contents, permission, requestingOrigin, details) =>
      camera.allows(contents?.id, Date.now()) &&
      isAllowedPermission(permission, { ...details, requestingUrl: details.requestingUrl ?? requestingOrigin }),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));

  // Offline by design: anything that is not the bundle, an in-memory URL or DevTools is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });

  // Files leave only through the save dialog in main/files.ts.
  session.on('will-download', (event) => event.preventDefault());

  // Chromium's spellchecker downloads dictionaries; typed case notes stay on this machine.
  session.setSpellCheckerEnabled(false);
}
