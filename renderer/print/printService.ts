// Printing in the renderer: fonts are fetched only when something is printed (the first screen
// never pays for them), characters no bundled font can draw are named before any PDF is made,
// the PDF goes to the platform's save dialog, and every print is logged (never its content).
import { FontSet, findMissingGlyphs, renderPdf, PRINT_FONT_FILES, type PrintBlock, type PrintDocument } from '../../shared/print';
import { platform } from '../platform';
import { logEvent } from '../audit/auditLog';
import type { AuditWriter } from '../audit/auditLog';
import { now } from '../platform/clock';

let fontSet: Promise<FontSet> | null = null;

async function fetchFont(name: string): Promise<Uint8Array> {
  const res = await fetch(`./resources/fonts/${name}`);
  if (!res.ok) throw new Error(`font ${name}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Loads and parses the print fonts once per app run. */
export function loadPrintFonts(): Promise<FontSet> {
  fontSet ??= (async () => {
    const [regular, bold, fallbackRegular, fallbackBold] = await Promise.all(
      [PRINT_FONT_FILES.regular, PRINT_FONT_FILES.bold, PRINT_FONT_FILES.fallbackRegular, PRINT_FONT_FILES.fallbackBold].map(fetchFont),
    );
    return new FontSet({ regular: regular as Uint8Array, bold: bold as Uint8Array, fallbackRegular, fallbackBold });
  })().catch((e: unknown) => {
    fontSet = null;
    throw e;
  });
  return fontSet;
}

export type PrintOutcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'missing'; chars: string[]; where: string[] };

function blockLabel(block: PrintBlock | undefined): string {
  if (!block) return '';
  if ('label' in block && block.label) return block.label;
  if ('title' in block && block.title) return block.title;
  if ('text' in block && typeof block.text === 'string') return block.text.slice(0, 20);
  return '';
}

/** Where a missing character sits, in words the user knows (the question label). */
export function describeLocations(doc: PrintDocument, locations: readonly string[]): string[] {
  const out = new Set<string>();
  for (const loc of locations) {
    const m = /^blocks\[(\d+)\]/.exec(loc);
    const label = m ? blockLabel(doc.blocks[Number(m[1])]) : loc === 'title' ? doc.title : '';
    out.add(label || loc);
  }
  return [...out];
}

export async function printDocument(
  session: AuditWriter | null,
  doc: PrintDocument,
  meta: { fileName: string; table: string; recordId: string },
): Promise<PrintOutcome> {
  const fonts = await loadPrintFonts();
  const missing = findMissingGlyphs(doc, fonts);
  if (missing.length > 0) {
    return {
      kind: 'missing',
      chars: missing.map((g) => g.char),
      where: describeLocations(
        doc,
        missing.flatMap((g) => g.locations),
      ),
    };
  }
  const bytes = renderPdf(doc, fonts);
  const saved = await platform.saveFile(meta.fileName, bytes, { name: 'PDF', extensions: ['pdf'] });
  if (!saved) return { kind: 'cancelled' };
  if (session) await logEvent(session, { action: 'print', table: meta.table, recordId: meta.recordId }, now());
  return { kind: 'saved' };
}
