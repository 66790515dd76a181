// npm run bench:print — generation time (median) and size of the engine's PDFs next to
// Chromium's own page.pdf() of equivalent HTML (same fonts, same content), same machine and
// run. Numbers are printed, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { loadPrintEngine, readPrintFonts, root } from './lib/print-engine.mjs';
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

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const lines = (n) => '<div class="wl"></div>'.repeat(n);
function blockHtml(b) {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'field':
      return `<div class="field"><b>${esc(b.label)}</b><div>${b.value ? esc(b.value) : lines(b.lines ?? 1)}</div></div>`;
    case 'lines':
      return `${b.label ? `<p><b>${esc(b.label)}</b></p>` : ''}${lines(b.count)}`;
    case 'box':
      return `${b.label ? `<p><b>${esc(b.label)}</b></p>` : ''}<div class="box" style="height:${b.height}mm"></div>`;
    case 'checkboxes':
      return `${b.label ? `<p><b>${esc(b.label)}</b></p>` : ''}<p>${b.options.map((o) => `<span class="cb">${(b.checked ?? []).includes(o) ? '☑' : '☐'} ${esc(o)}</span>`).join('')}</p>`;
    case 'table':
      return `${b.label ? `<p><b>${esc(b.label)}</b></p>` : ''}<table><thead><tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${[...(b.rows ?? []).map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`), ...Array.from({ length: b.blankRows ?? 0 }, () => `<tr>${b.columns.map(() => '<td class="blank"></td>').join('')}</tr>`)].join('')}</tbody></table>`;
    case 'signature':
      return (
        (b.labels ?? ['氏名']).map((l) => `<div class="field"><b>${esc(l)}</b><div>${lines(1)}</div></div>`).join('') +
        (b.date ? '<p>日付　　年　　月　　日</p>' : '')
      );
    case 'note':
      return `<div class="note">${b.title ? `<b>${esc(b.title)}</b><br>` : ''}${esc(b.text)}</div>`;
    case 'code':
      return `<div class="box code">${esc(b.text)}</div>`;
    case 'pageBreak':
      return '<div style="break-after:page"></div>';
    case 'group':
      return b.blocks.map(blockHtml).join('');
    default:
      return '';
  }
}
function toHtml(doc) {
  const face = (name, file, weight) =>
    `@font-face{font-family:${name};src:url("${pathToFileURL(join(root, 'node_modules/@expo-google-fonts', file)).href}");font-weight:${weight}}`;
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>${esc(doc.title)}</title><style>
${face('BIZ', 'biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf', 400)}${face('BIZ', 'biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf', 700)}
${face('Noto', 'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 400)}${face('Noto', 'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', 700)}
@page{size:A4;margin:22mm 15mm 20mm 25mm}body{font:10.5pt/1.6 BIZ,Noto;line-break:strict}
.field{display:flex;gap:3mm;break-inside:avoid}.field>b{width:48mm;flex:none}.field>div{flex:1}
.wl{height:9mm;border-bottom:0.25mm solid #000}.box{border:0.25mm solid #000;break-inside:avoid}.code{font-size:22pt;text-align:center;white-space:pre}
.cb{margin-right:7mm}table{width:100%;border-collapse:collapse}th,td{border:0.25mm solid #000;padding:1.5mm}th{background:#e6e6e6}td.blank{height:9mm}
.note{border:0.5mm solid #000;background:#eee;padding:3mm;break-inside:avoid}h1,h2,h3{break-after:avoid}</style>
<body>${doc.blocks.map(blockHtml).join('\n')}</body></html>`;
}

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
