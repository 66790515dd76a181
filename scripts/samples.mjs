// npm run samples: writes every sample document of the print engine into samples/ (git-ignored).
// To add documents, append {fileName, build} entries to `printSamples` in shared/samples/index.ts
// (or to another registry exported from shared/print/index.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrintEngine, readPrintFonts, root } from './lib/print-engine.mjs';

const engine = await loadPrintEngine();
const fonts = new engine.FontSet(readPrintFonts());
const outDir = join(root, 'samples');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const sample of engine.printSamples) {
  try {
    const doc = sample.build();
    const bytes = engine.renderPdf(doc, fonts, { creationDate: new Date('2025-04-01T00:00:00Z') });
    writeFileSync(join(outDir, sample.fileName), bytes);
    console.log(
      `${sample.fileName.padEnd(36)} ${String(engine.countPages(doc, fonts)).padStart(3)} pages ${(bytes.length / 1024).toFixed(1).padStart(7)} KB`,
    );
  } catch (e) {
    failed = true;
    console.error(`${sample.fileName}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
if (failed) process.exit(1);
