// npm run bench:print — generation time (median) and size of the engine's PDFs next to
// Chromium's own page.pdf() of equivalent HTML (same fonts, same content), same machine and
// run. Numbers are printed, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { loadPrintEngine, readPrintFonts, root } from './lib/print-engine.mjs';
import { toHtml } from './lib/print-html.mjs';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

const engine = await loadPrintEngine();
const files = readPrintFonts();
const sample = (fileName) => engine.printSamples.find((x) => x.fileName === fileName).build();
const docs = [
  ['blank ending-note form (標準)', sample('ending-note-blank.pdf')],
  ['blank ending-note form (大きな文字)', sample('ending-note-blank-large.pdf')],
  ['filled ending note (21 pages)', sample('ending-note-filled.pdf')],
];

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: systemChromium(),
  args: [...CHROMIUM_ARGS],
});
const page = await browser.newPage();

console.log(`print bench — median of ${RUNS} runs (cold = first run incl. parsing the 4 font files)`);
console.log(
  `${'document'.padEnd(28)} ${'engine'.padStart(10)} ${'cold'.padStart(8)} ${'size'.padStart(10)} | ${'chromium'.padStart(10)} ${'size'.padStart(10)}`,
);
for (const [name, doc] of docs) {
  const t0 = performance.now();
  const fonts = new engine.FontSet(files);
  let bytes = engine.renderPdf(doc, fonts);
  const cold = performance.now() - t0;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    bytes = engine.renderPdf(doc, fonts);
    times.push(performance.now() - t);
  }
  const htmlFile = join(outDir, `${name.replace(/\W+/g, '_')}.html`);
  writeFileSync(htmlFile, toHtml(doc));
  const ctimes = [];
  let cpdf;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.evaluate(() => globalThis.document.fonts.ready);
    cpdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    ctimes.push(performance.now() - t);
  }
  console.log(
    `${name.padEnd(28)} ${ms(median(times)).padStart(10)} ${ms(cold).padStart(8)} ${kb(bytes.length).padStart(10)} | ${ms(median(ctimes)).padStart(10)} ${kb(cpdf.length).padStart(10)}`,
  );
}
await browser.close();
