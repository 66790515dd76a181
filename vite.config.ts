import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { RENDERER_CSP } from './shared/csp';

// The built page carries the same CSP as the Electron protocol handler sends, so the browser
// build used by the e2e suite is held to the desktop's rules. The dev server (HMR needs inline
// scripts) does not get it.
const cspMeta = (): Plugin => ({
  name: 'ainet-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`,
    ),
});

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), cspMeta()],
  // The key-derivation worker (renderer/vault/kdf.worker.ts) is an ES module worker, as constructed.
  worker: { format: 'es' },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // out/renderer/.vite/manifest.json: which chunk imports which, so scripts/bundle-report.mjs
    // can tell the first load (the entry and its static imports) from what loads on demand.
    manifest: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // The preview (the browser build the e2e suite drives) sends the CSP as a header on every
  // response, as main's protocol handler does: a worker takes its policy from its own script's
  // response, not from the page's meta tag, so without this the KDF worker would run unchecked.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': RENDERER_CSP } },
});
