// Pure rules for the app:// origin: which URL maps to which file, and which URLs the app may
// request at all. No Electron import, so main/app-url.test.ts runs under plain Node.
import path from 'node:path';

export const APP_SCHEME = 'app';
/**
 * The renderer's origin is app://bundle. IndexedDB (the vault) is stored per origin, so
 * renaming the scheme or host would orphan every user's data: never change these two.
 */
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** URL path prefix served from resources/ instead of the renderer bundle. */
const RESOURCES_PREFIX = 'resources/';

export interface AppRoots {
  /** Absolute path of the built renderer (out/renderer). */
  renderer: string;
  /** Absolute path of resources/ (fonts, icons, templates). */
  resources: string;
}

export type AppPathResult = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/** True for app://bundle URLs only (no user info, no port). */
export function isAppBundleUrl(raw: string | undefined | null): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}

/**
 * Maps an app:// request URL to a file inside one of the roots, or refuses it. Refuses rather
 * than normalises: a request with `..`, `.`, a backslash, an encoded separator, a NUL, a drive
 * letter or an empty segment is never one the bundle itself makes.
 */
export function resolveAppPath(rawUrl: string, roots: AppRoots): AppPathResult {
  if (!isAppBundleUrl(rawUrl)) return { ok: false, status: 403 };

  // The path as written, before the URL parser gets to collapse dot segments.
  const authorityAndPath = rawUrl.slice(rawUrl.indexOf('://') + 3);
  const hostEnd = authorityAndPath.search(/[/?#\\]/);
  const rawPath = hostEnd === -1 ? '' : (authorityAndPath.slice(hostEnd).split(/[?#]/, 1)[0] ?? '');
  if (rawPath !== '' && !rawPath.startsWith('/')) return { ok: false, status: 400 };
  if (rawPath.includes('\\') || /%(2f|5c|00)/i.test(rawPath)) return { ok: false, status: 400 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return { ok: false, status: 400 };

  let relative = decoded.replace(/^\//, '');
  if (relative === '') relative = 'index.html';
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return { ok: false, status: 400 };

  const fromResources = relative === 'resources' || relative.startsWith(RESOURCES_PREFIX);
  const root = path.resolve(fromResources ? roots.resources : roots.renderer);
  const rest = fromResources ? relative.slice(RESOURCES_PREFIX.length) : relative;
  if (rest === '') return { ok: false, status: 404 };

  const filePath = path.resolve(root, ...rest.split('/'));
  if (!filePath.startsWith(root + path.sep)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The app makes no network request. Everything the page loads is app://bundle, an in-memory
 * blob: or data: URL, or DevTools' own pages in development.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return isAppBundleUrl(raw);
    case 'blob:':
      return raw.startsWith(`blob:${APP_ORIGIN}/`);
    case 'data:':
    case 'devtools:':
      return true;
    default:
      return false;
  }
}

/**
 * Headers on every app:// response, errors included. The CSP is the same string Vite writes
 * into index.html as a meta tag; the header also covers responses the meta tag cannot reach.
 */
export function appResponseHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** What Electron tells a permission handler about the asking page (request and check handlers). */
export interface PermissionAsk {
  /** Request handler: the kinds of media asked for. */
  mediaTypes?: readonly string[];
  /** Check handler: the kind of media checked. */
  mediaType?: string;
  requestingUrl?: string;
  securityOrigin?: string;
  isMainFrame: boolean;
}

/**
 * The one browser permission the app uses: the camera, video only, for the app's own page in its
 * top frame, where a team admin reads a member's key sheet (its QR code) to add them. The picture
 * stays in the page and is never recorded. No microphone, no screen, no other origin or frame, and
 * nothing else (notifications, clipboard-read, geolocation…).
 */
export function isAllowedPermission(permission: string, ask: PermissionAsk): boolean {
  if (permission !== 'media' || !ask.isMainFrame) return false;
  const kinds = ask.mediaTypes ?? (ask.mediaType !== undefined ? [ask.mediaType] : []);
  if (kinds.length === 0 || kinds.some((k) => k !== 'video')) return false;
  const from = ask.requestingUrl ?? ask.securityOrigin;
  return isAppBundleUrl(from) && (ask.securityOrigin === undefined || isAppBundleUrl(ask.securityOrigin));
}
