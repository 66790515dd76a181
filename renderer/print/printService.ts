// Printing in the renderer: fonts are fetched only when something is printed (the first screen
// never pays for them), the Korean and Chinese ones only for a document that needs them, characters no bundled font can draw are named before any PDF is made,
// and every output is logged (never its content). 印刷 hands the PDF to the print dialog from
// memory (platform.printPdf: no file anywhere) and logs `print`; PDFで保存 is a separate,
// explicit action through the save dialog, logged as `export.pdf` once the file was saved.
import {
  FALLBACK_FONT_FILES,
  FontSet,
  findMissingGlyphs,
  nextFallback,
  plainText,
  renderPdf,
  PRINT_FONT_FILES,
  type FallbackFamily,
  type FallbackFiles,
  type PrintBlock,
  type PrintDocument,
  type PrintFontFiles,
} from '../../shared/print';
import { platform } from '../platform';
import { logEvent } from '../audit/auditLog';
import type { AuditWriter } from '../audit/auditLog';
import { now } from '../platform/clock';

let japanese: Promise<PrintFontFiles> | null = null;
const fallbacks = new Map<FallbackFamily, Promise<FallbackFiles>>();
const sets = new Map<string, FontSet>();

async function fetchFont(name: string): Promise<Uint8Array> {
  const res = await fetch(`./resources/fonts/${name}`);
  if (!res.ok) throw new Error(`font ${name}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches once per app run; a failed fetch is tried again next time. */
function once<T>(get: () => Promise<T>, forget: () => void): Promise<T> {
  return get().catch((e: unknown) => {
    forget();
    throw e;
  });
}

function japaneseFiles(): Promise<PrintFontFiles> {
  japanese ??= once(
    async () => {
      const [regular, bold, fallbackRegular, fallbackBold] = await Promise.all(
        [PRINT_FONT_FILES.regular, PRINT_FONT_FILES.bold, PRINT_FONT_FILES.fallbackRegular, PRINT_FONT_FILES.fallbackBold].map(fetchFont),
      );
      return { regular: regular as Uint8Array, bold: bold as Uint8Array, fallbackRegular, fallbackBold };
    },
    () => (japanese = null),
  );
  return japanese;
}

function fallbackFiles(family: FallbackFamily): Promise<FallbackFiles> {
  let files = fallbacks.get(family);
  if (!files) {
    files = once(
      async () => {
        const names = FALLBACK_FONT_FILES[family];
        const [regular, bold] = await Promise.all([fetchFont(names.regular), fetchFont(names.bold)]);
        return { family, regular: regular as Uint8Array, bold: bold as Uint8Array };
      },
      () => fallbacks.delete(family),
    );
    fallbacks.set(family, files);
  }
  return files;
}

/** A font set with the Japanese faces and the given fallbacks, parsed once per app run. */
async function setWith(families: readonly FallbackFamily[]): Promise<FontSet> {
  const key = families.join('+');
  const known = sets.get(key);
  if (known) return known;
  const [files, more] = await Promise.all([japaneseFiles(), Promise.all(families.map(fallbackFiles))]);
  const set = new FontSet({ ...files, more });
  sets.set(key, set);
  return set;
}

/** Loads and parses the Japanese print fonts once per app run. */
export function loadPrintFonts(): Promise<FontSet> {
  return setWith([]);
}

/**
 * The fonts a document needs: the Japanese faces, and Noto Sans KR, SC and TC (10–21 MB a family)
 * only when it has Hangul or Han characters the Japanese faces lack, fetched in chain order until
 * nothing more can be drawn.
 */
export async function loadPrintFontsFor(doc: PrintDocument): Promise<FontSet> {
  let set = await loadPrintFonts();
  for (;;) {
    const missing = findMissingGlyphs(doc, set).map((g) => g.char.codePointAt(0) ?? 0);
    const next = nextFallback(missing, set.families);
    if (!next) return set;
    set = await setWith([...set.families, next]);
  }
}

export type PrintOutcome =
  { kind: 'printed' } | { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'missing'; chars: string[]; where: string[] };

function blockLabel(block: PrintBlock | undefined): string {
  if (!block) return '';
  if ('label' in block && block.label) return plainText(block.label);
  if ('title' in block && block.title) return plainText(block.title);
  if ('text' in block && block.text) return [...plainText(block.text)].slice(0, 20).join('');
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
  const fonts = await loadPrintFontsFor(doc);
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
