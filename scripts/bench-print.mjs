// npm run bench:print — generation time (median) and size of the engine's PDFs next to
// Chromium's own page.pdf() of equivalent HTML (same fonts, same content, same print size), same
// machine and run, then where the bytes of each go (scripts/lib/pdf-anatomy.mjs). Both PDFs are
// left in bench-results/. Numbers are printed, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { loadPrintEngine, readPrintFonts, root } from './lib/print-engine.mjs';
import { toHtml } from './lib/print-html.mjs';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.mjs';
import { formatAnatomy, pdfAnatomy } from './lib/pdf-anatomy.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

const engine = await loadPrintEngine();
const files = readPrintFonts();
const sample = (fileName) => engine.printSamples.find((x) => x.fileName === fileName).build();
const docs = [
  ['blank ending-note form (標準)', 'ending-note-blank.pdf'],
  ['blank ending-note form (大きな文字)', 'ending-note-blank-large.pdf'],
  ['filled ending note (21 pages)', 'ending-note-filled.pdf'],
  ['filled record (20 pages)', 'filled-record-20pages.pdf'],
  ['minutes (case meeting)', 'minutes-case.pdf'],
  ['activity report (month)', 'activity-report-month.pdf'],
  ['activity report (fiscal year)', 'activity-report-fiscal-year.pdf'],
].map(([name, file]) => [name, file, sample(file)]);

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: systemChromium(),
  args: [...CHROMIUM_ARGS],
});
const page = await browser.newPage();

console.log(`print bench — median of ${RUNS} runs (cold = first run incl. parsing the 4 font files)`);
console.log(
  `${'document'.padEnd(28)} ${'engine'.padStart(10)} ${'cold'.padStart(8)} ${'size'.padStart(10)} ${'unhinted'.padStart(10)} | ${'chromium'.padStart(10)} ${'size'.padStart(10)}`,
);
const anatomies = [];
for (const [name, file, doc] of docs) {
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
  const base = file.replace(/\.pdf$/, '');
  const htmlFile = join(outDir, `${base}.chromium.html`);
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
  // the same document without the fonts' TrueType hinting (RenderOptions.hinting = false)
  const unhinted = engine.renderPdf(doc, fonts, { hinting: false });
  writeFileSync(join(outDir, file), bytes);
  writeFileSync(join(outDir, `${base}.unhinted.pdf`), unhinted);
  writeFileSync(join(outDir, `${base}.chromium.pdf`), cpdf);
  anatomies.push([name, bytes, unhinted, cpdf]);
  console.log(
    `${name.padEnd(28)} ${ms(median(times)).padStart(10)} ${ms(cold).padStart(8)} ${kb(bytes.length).padStart(10)} ${kb(unhinted.length).padStart(10)} | ${ms(median(ctimes)).padStart(10)} ${kb(cpdf.length).padStart(10)}`,
  );
}
await browser.close();

console.log('\nwhere the bytes go (ours | ours without hinting | Chromium; ratios to Chromium)');
for (const [name, ours, unhinted, theirs] of anatomies) {
  const ratio = (x) => (x.length / theirs.length).toFixed(2);
  console.log(`\n${name}: ${kb(ours.length)} (${ratio(ours)}) | ${kb(unhinted.length)} (${ratio(unhinted)}) | ${kb(theirs.length)}`);
  console.log(
    formatAnatomy([
      { name: 'ours', anatomy: pdfAnatomy(ours) },
      { name: 'ours, unhinted', anatomy: pdfAnatomy(unhinted) },
      { name: 'chromium', anatomy: pdfAnatomy(new Uint8Array(theirs)) },
    ]),
  );
}
