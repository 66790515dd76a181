import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../shared/csp';
import { appResponseHeaders, contentTypeFor, isAllowedPermission, isAllowedRequestUrl, isAppBundleUrl, resolveAppPath } from './app-url';

const roots = { renderer: path.resolve('/srv/app/out/renderer'), resources: path.resolve('/srv/app/resources') };
const ok = (url: string) => {
  const r = resolveAppPath(url, roots);
  return r.ok ? r.filePath : undefined;
};
const refused = (url: string) => !resolveAppPath(url, roots).ok;

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and for /', () => {
    expect(ok('app://bundle')).toBe(path.join(roots.renderer, 'index.html'));
    expect(ok('app://bundle/')).toBe(path.join(roots.renderer, 'index.html'));
  });

  it('maps bundle files into out/renderer, ignoring query and hash', () => {
    expect(ok('app://bundle/index.html')).toBe(path.join(roots.renderer, 'index.html'));
    expect(ok('app://bundle/assets/index-abc.js?v=1#x')).toBe(path.join(roots.renderer, 'assets', 'index-abc.js'));
  });

  it('maps /resources/ into resources/', () => {
    expect(ok('app://bundle/resources/fonts/BIZUDGothic-Regular.ttf')).toBe(path.join(roots.resources, 'fonts', 'BIZUDGothic-Regular.ttf'));
  });

  it('decodes percent-encoded names that stay inside the root', () => {
    expect(ok('app://bundle/resources/templates/%E8%A8%98%E9%8C%B2.json')).toBe(path.join(roots.resources, 'templates', '記録.json'));
  });

  it.each([
    'app://bundle/../secret',
    'app://bundle/assets/../../secret',
    'app://bundle/%2e%2e/secret',
    'app://bundle/%2E%2E/%2e%2e/etc/passwd',
    'app://bundle/.%2e/secret',
    'app://bundle/resources/%2e%2e/package.json',
    'app://bundle/resources/../out/main/index.cjs',
    'app://bundle/./index.html',
    'app://bundle/assets/%2fetc%2fpasswd',
    'app://bundle/..%2fsecret',
    'app://bundle/..%5csecret',
    'app://bundle/..\\secret',
    'app://bundle\\..\\secret',
    'app://bundle/assets\\..\\..\\secret',
    'app://bundle//etc/passwd',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/c%3a/Windows/win.ini',
    'app://bundle/index.html%00.png',
    'app://bundle/index.html\u0000.png',
    'app://bundle/%E0%A4%A',
    'app://bundle/resources/',
    'app://bundle/resources',
  ])('refuses %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://bundle:8080/index.html',
    'app://user:pw@bundle/index.html',
    'app:///etc/passwd',
    'app:/etc/passwd',
    'file:///etc/passwd',
    'https://bundle/index.html',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '',
  ])('refuses a URL that is not app://bundle: %s', (url) => {
    expect(resolveAppPath(url, roots)).toEqual({ ok: false, status: 403 });
  });
});

describe('isAppBundleUrl', () => {
  it('accepts only app://bundle', () => {
    expect(isAppBundleUrl('app://bundle/index.html')).toBe(true);
    expect(isAppBundleUrl('app://bundle')).toBe(true);
    expect(isAppBundleUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isAppBundleUrl('app://evil/index.html')).toBe(false);
    expect(isAppBundleUrl('http://bundle/index.html')).toBe(false);
    expect(isAppBundleUrl('not a url')).toBe(false);
    expect(isAppBundleUrl(undefined)).toBe(false);
    expect(isAppBundleUrl(null)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each(['app://bundle/assets/x.js', 'blob:app://bundle/4b9c…', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/x.html'])(
    'allows %s',
    (url) => expect(isAllowedRequestUrl(url)).toBe(true),
  );
  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/',
    'ws://localhost/',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://other/x',
    'blob:https://example.com/uuid',
    'chrome://gpu',
    'nonsense',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

describe('contentTypeFor', () => {
  it('names the types the bundle uses and falls back to octet-stream', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/f.ttf')).toBe('font/ttf');
    expect(contentTypeFor('/a/x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/a/x.exe')).toBe('application/octet-stream');
  });
});

describe('appResponseHeaders', () => {
  it('puts the CSP and nosniff on every response', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8', RENDERER_CSP);
    expect(headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none'/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});

describe('isAllowedPermission', () => {
  const page = 'app://bundle/index.html#/team';
  it('lets the app’s own page use the camera, video only, in its top frame', () => {
    expect(
      isAllowedPermission('media', { mediaTypes: ['video'], requestingUrl: page, securityOrigin: 'app://bundle', isMainFrame: true }),
    ).toBe(true);
    expect(isAllowedPermission('media', { mediaType: 'video', requestingUrl: page, isMainFrame: true })).toBe(true);
    expect(isAllowedPermission('media', { mediaType: 'video', securityOrigin: 'app://bundle', isMainFrame: true })).toBe(true);
  });
  it('refuses the microphone, the screen and unknown media, alone or with the camera', () => {
    expect(isAllowedPermission('media', { mediaTypes: ['audio'], requestingUrl: page, isMainFrame: true })).toBe(false);
    expect(isAllowedPermission('media', { mediaTypes: ['video', 'audio'], requestingUrl: page, isMainFrame: true })).toBe(false);
    expect(isAllowedPermission('media', { mediaTypes: [], requestingUrl: page, isMainFrame: true })).toBe(false);
    expect(isAllowedPermission('media', { requestingUrl: page, isMainFrame: true })).toBe(false);
    expect(isAllowedPermission('media', { mediaType: 'unknown', requestingUrl: page, isMainFrame: true })).toBe(false);
    expect(isAllowedPermission('display-capture', { mediaTypes: ['video'], requestingUrl: page, isMainFrame: true })).toBe(false);
  });
  it('refuses any other origin, a subframe, and a page that names another origin', () => {
    for (const url of [
      'https://example.com/',
      'file:///tmp/x.html',
      'app://other/index.html',
      'app://bundle:80/',
      'about:blank',
      'data:text/html,x',
    ])
      expect(isAllowedPermission('media', { mediaTypes: ['video'], requestingUrl: url, isMainFrame: true }), url).toBe(false);
    expect(isAllowedPermission('media', { mediaTypes: ['video'], requestingUrl: page, isMainFrame: false })).toBe(false);
    expect(
      isAllowedPermission('media', {
        mediaTypes: ['video'],
        requestingUrl: page,
        securityOrigin: 'https://example.com',
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(isAllowedPermission('media', { mediaTypes: ['video'], isMainFrame: true })).toBe(false);
  });
  it('refuses every other permission', () => {
    for (const p of [
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
      'fullscreen',
      'midiSysex',
      'hid',
      'usb',
      'serial',
      'unknown',
    ])
      expect(isAllowedPermission(p, { mediaTypes: ['video'], requestingUrl: page, isMainFrame: true }), p).toBe(false);
  });
});
