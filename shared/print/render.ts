// The engine's entry points.
import { FontSet, type PrintFontFiles } from './fonts';
import { layoutDocument } from './layout';
import { findMissingGlyphs, PrintError } from './missing';
import type { PrintDocument } from './model';
import type { PageReport } from './ops';
import { writePdf } from './pdf';

export interface RenderOptions {
  /** Fixed creation date and file id, for reproducible bytes. */
  readonly creationDate?: Date;
  /** Keep the fonts' TrueType hinting (default true; see SubsetOptions in subset.ts). */
  readonly hinting?: boolean;
}

/** Accepts font bytes or an already opened FontSet (reuse one across many documents). */
export function fontSetOf(fonts: PrintFontFiles | FontSet): FontSet {
  return fonts instanceof FontSet ? fonts : new FontSet(fonts);
}

/**
 * Lays out and writes a document. Throws PrintError('MissingGlyphs') — listing each
 * character and where it occurs — when a character cannot be drawn by any bundled font.
 */
export function renderPdf(doc: PrintDocument, fonts: PrintFontFiles | FontSet, options: RenderOptions = {}): Uint8Array {
  const set = fontSetOf(fonts);
  const missing = findMissingGlyphs(doc, set);
  if (missing.length) throw new PrintError('MissingGlyphs', missing);
  const pages = layoutDocument(doc, set);
  return writePdf(
    pages,
    set,
    {
      title: doc.title,
      lang: doc.lang ?? 'ja',
      ...(doc.subject ? { subject: doc.subject } : {}),
      ...(doc.author ? { author: doc.author } : {}),
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
    options.hinting === undefined ? {} : { hinting: options.hinting },
  );
}

/** Number of pages a document lays out to (for previews and tests). */
export function countPages(doc: PrintDocument, fonts: PrintFontFiles | FontSet): number {
  return layoutDocument(doc, fontSetOf(fonts)).length;
}

/**
 * What each page holds: per block (by path), how many of its lines (writing lines, table rows,
 * lines of text) are on the page and how many it has in all; and how full the page is. For
 * tests and tools that check pagination without reading the PDF.
 */
export function pageReport(doc: PrintDocument, fonts: PrintFontFiles | FontSet): PageReport[] {
  return layoutDocument(doc, fontSetOf(fonts)).map((p) => ({ contents: p.contents ?? [], fill: p.fill ?? 0 }));
}
