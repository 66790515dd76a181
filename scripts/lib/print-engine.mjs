// Loads shared/print and every printed document (shared/samples, TypeScript) under plain Node: esbuild bundles it at run time, and the
// bundled fonts are read from node_modules.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadPrintEngine() {
  const outfile = join(root, '.tmp/print-engine.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'shared/samples/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jspdf'],
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** The Japanese faces, and with `all` the Korean and Chinese fallbacks too (the app loads those only when a document needs them). */
export function readPrintFonts({ all = false } = {}) {
  const pkg = (p) => new Uint8Array(readFileSync(join(root, 'node_modules/@expo-google-fonts', p)));
  const family = (family, dir, name) => ({
    family,
    regular: pkg(`${dir}/400Regular/${name}_400Regular.ttf`),
    bold: pkg(`${dir}/700Bold/${name}_700Bold.ttf`),
  });
  return {
    regular: pkg('biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf'),
    bold: pkg('biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf'),
    fallbackRegular: pkg('noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
    fallbackBold: pkg('noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
    ...(all
      ? {
          more: [
            family('kr', 'noto-sans-kr', 'NotoSansKR'),
            family('sc', 'noto-sans-sc', 'NotoSansSC'),
            family('tc', 'noto-sans-tc', 'NotoSansTC'),
          ],
        }
      : {}),
  };
}
