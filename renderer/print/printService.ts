// Printing in the renderer: fonts are fetched only when something is printed (the first screen
// never pays for them), characters no bundled font can draw are named before any PDF is made,
// and every output is logged (never its content). 印刷 hands the PDF to the print dialog from
// memory (platform.printPdf: no file anywhere) and logs `print`; PDFで保存 is a separate,
// explicit action through the save dialog, logged as `export.pdf` once the file was saved.
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

export type PrintOutcome =
  { kind: 'printed' } | { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'missing'; chars: string[]; where: string[] };

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

type Logger = AuditWriter | null;

/** What the log and the save dialog need: ids and dates only, never the content. */
export interface PrintMeta {
  fileName: string;
  table: string;
  recordId: string;
}

/** The PDF's bytes, or the characters that stop it from being made. */
async function renderChecked(doc: PrintDocument): Promise<Uint8Array | Extract<PrintOutcome, { kind: 'missing' }>> {
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
  return renderPdf(doc, fonts);
}

/**
 * 印刷: opens the print dialog for the document. Logged as `print` once the document reached
 * the dialog (the browser cannot tell a printed page from a cancelled dialog; the desktop can,
 * and a cancel is not logged). Without a session nothing is logged: every caller has one, the
 * recovery sheet at first run included (the new vault's setup session).
 */
export async function printDocument(session: Logger, doc: PrintDocument, meta: PrintMeta): Promise<PrintOutcome> {
  const bytes = await renderChecked(doc);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const { printed } = await platform.printPdf(bytes);
  if (!printed) return { kind: 'cancelled' };
  if (session) await logEvent(session, { action: 'print', table: meta.table, recordId: meta.recordId }, now());
  return { kind: 'printed' };
}

/** PDFで保存: the save dialog, after the UI's warning. Logged as `export.pdf` once saved. */
export async function savePdfDocument(session: Logger, doc: PrintDocument, meta: PrintMeta): Promise<PrintOutcome> {
  const bytes = await renderChecked(doc);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const saved = await platform.saveFile(meta.fileName, bytes, { name: 'PDF', extensions: ['pdf'] });
  if (!saved) return { kind: 'cancelled' };
  if (session) await logEvent(session, { action: 'export.pdf', table: meta.table, recordId: meta.recordId }, now());
  return { kind: 'saved' };
}
