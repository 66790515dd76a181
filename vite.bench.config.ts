import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark page (renderer/bench) only: built into out/bench by `npm run bench`, so the
// product build (vite.config.ts → out/renderer) never contains it.
export default defineConfig({
  root: 'renderer/bench',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '../../out/bench',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Readable function names in the CPU profile the bench takes of PersonStore.load().
    minify: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: { bench: fileURLToPath(new URL('./renderer/bench/bench.html', import.meta.url)) } },
  },
});
