// Serves the built renderer and resources/ over app://bundle. The page never sees file://, so
// it gets a real origin (for IndexedDB and the CSP) and cannot read anything outside the roots.
import { protocol, type Session } from 'electron';
import { promises as fs } from 'node:fs';
import { RENDERER_CSP } from '../shared/csp';
import { APP_SCHEME, appResponseHeaders, contentTypeFor, resolveAppPath, type AppRoots } from './app-url';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure: a real, secure-context origin, so IndexedDB, WebCrypto and module
      // scripts work. No bypassCSP, no service workers, no CORS to other origins.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function errorResponse(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Error', {
    status,
    headers: appResponseHeaders('text/plain; charset=utf-8', RENDERER_CSP),
  });
}

export function serveAppProtocol(session: Session, roots: AppRoots): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveAppPath(request.url, roots);
    if (!resolved.ok) return errorResponse(resolved.status);
    try {
      const body = await fs.readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: appResponseHeaders(contentTypeFor(resolved.filePath), RENDERER_CSP),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return errorResponse(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500);
    }
  });
}
