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
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
