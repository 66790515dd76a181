// npm run samples: writes every sample document of the print engine into samples/ (git-ignored).
// To add documents, append {fileName, build} entries to `printSamples` in shared/samples/index.ts
// (or to another registry exported from shared/print/index.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrintEngine, readPrintFonts, root } from './lib/print-engine.mjs';
import { loadSampleFiles } from './lib/sample-files.mjs';

const engine = await loadPrintEngine();
// Every face, the Korean and Chinese fallbacks too (documents that do not need them embed nothing of them).
const fonts = new engine.FontSet(readPrintFonts({ all: true }));
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
// A backup of a fictional demo vault (passphrases in the README), to try restoring and to open
// with the age tool.
try {
  const files = await loadSampleFiles();
  const { bytes, rows } = await files.sampleDemoBackup(Date.UTC(2026, 3, 1, 0, 0, 0), 'samples');
  writeFileSync(join(outDir, 'demo-backup.age'), bytes);
  const handover = await files.sampleDemoHandover(Date.UTC(2026, 3, 1, 0, 0, 0), 'samples');
  writeFileSync(join(outDir, 'demo-handover.age'), handover);
  console.log(
    `${'demo-handover.age'.padEnd(36)}     ${(handover.length / 1024).toFixed(1).padStart(7)} KB  (to the DEMO identity in the README)`,
  );
  console.log(
    `${'demo-backup.age'.padEnd(36)} ${String(rows).padStart(3)} rows  ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  (passphrase ${files.SAMPLE_BACKUP_PASSPHRASE})`,
  );
} catch (e) {
  failed = true;
  console.error(`demo-backup.age: ${e instanceof Error ? e.stack : String(e)}`);
}
if (failed) process.exit(1);
