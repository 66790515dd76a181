// The renderer's initial load from a built index.html: its module script, the chunks Vite
// preloads with it (the entry's static imports) and its stylesheets, raw and gzip; every other
// script in assets/ is loaded on demand. Sizes are deterministic for a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialBundle(outDir) {
  const html = path.join(outDir, 'index.html');
  if (!existsSync(html)) return null;
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const size = (rel) => {
    const bytes = readFileSync(path.join(outDir, rel));
    return { file: rel, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const initial = [...new Set(refs)].map(size);
  const lazy = readdirSync(path.join(outDir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !refs.includes(f))
    .map(size)
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
  return { initial, initialRaw: sum(initial, 'raw'), initialGzip: sum(initial, 'gzip'), lazy, lazyGzip: sum(lazy, 'gzip') };
}
