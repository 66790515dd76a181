// Loads renderer/bench/sampleFiles.ts under plain Node. Built with Vite in SSR mode rather than
// esbuild: esbuild's directory cache cannot tell contactForm.ts from ContactForm.tsx.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { root } from './print-engine.mjs';

export async function loadSampleFiles() {
  const outDir = join(root, '.tmp/sample-files');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    define: { 'import.meta.env.VITE_APP_VERSION': '"samples"' },
    build: { ssr: join(root, 'renderer/bench/sampleNode.ts'), outDir, emptyOutDir: true, target: 'node20', minify: false },
  });
  return import(`${pathToFileURL(join(outDir, 'sampleNode.js')).href}?t=${Date.now()}`);
}
