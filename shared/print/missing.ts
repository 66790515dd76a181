// Finds characters no bundled font can draw, with where they occur, before any PDF is made.
import type { FontSet } from './fonts';
import type { PrintBlock, PrintDocument, RichText, TextLocation } from './model';
import { drawnText } from './ruby';
import { svgTexts } from './svgPaint';

export interface MissingGlyph {
  readonly char: string;
  /** e.g. "U+1F600" */
  readonly codePoint: string;
  readonly locations: readonly TextLocation[];
}

export class PrintError extends Error {
  constructor(
    readonly code: 'MissingGlyphs',
    readonly missing: readonly MissingGlyph[],
  ) {
    super(`${code}: ${missing.map((g) => `${g.char} (${g.codePoint}) at ${g.locations.join(', ')}`).join('; ')}`);
    this.name = 'PrintError';
  }
}

export function isPrintError(e: unknown): e is PrintError {
  return e instanceof PrintError;
}

/** Every piece of text in a document with its location. */
export function* documentTexts(doc: PrintDocument): Generator<[TextLocation, string]> {
  yield ['title', doc.title];
  if (doc.footerNote) yield ['footerNote', doc.footerNote];
  if (doc.entryDateLine && doc.entryDateLine !== true) {
    yield ['entryDateLine.label', drawnText(doc.entryDateLine.label)];
    yield ['entryDateLine.ymd', drawnText(doc.entryDateLine.ymd)];
  }
  yield* blockTexts(doc.blocks, 'blocks');
}

/** Rich text as everything it draws: bases and readings. */
const d = (t: RichText): string => drawnText(t);

function* blockTexts(blocks: readonly PrintBlock[], path: string): Generator<[TextLocation, string]> {
  for (const [i, b] of blocks.entries()) {
    const at = `${path}[${i}]`;
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        yield [`${at}.text`, d(b.text)];
        break;
      case 'code':
        yield [`${at}.text`, b.text];
        break;
      case 'field':
        yield [`${at}.label`, d(b.label)];
        if (b.value) yield [`${at}.value`, b.value];
        if (b.hint) yield [`${at}.hint`, d(b.hint)];
        break;
      case 'lines':
      case 'box':
        if (b.label) yield [`${at}.label`, d(b.label)];
        if (b.hint) yield [`${at}.hint`, d(b.hint)];
        if (b.text) yield [`${at}.text`, b.text];
        break;
      case 'checkboxes':
        if (b.label) yield [`${at}.label`, d(b.label)];
        if (b.hint) yield [`${at}.hint`, d(b.hint)];
        for (const [j, o] of b.options.entries()) yield [`${at}.options[${j}]`, d(o)];
        break;
      case 'table':
        if (b.label) yield [`${at}.label`, d(b.label)];
        if (b.hint) yield [`${at}.hint`, d(b.hint)];
        for (const [j, c] of b.columns.entries()) yield [`${at}.columns[${j}].header`, d(c.header)];
        for (const [r, row] of (b.rows ?? []).entries()) for (const [c, cell] of row.entries()) yield [`${at}.rows[${r}][${c}]`, cell];
        break;
      case 'signature':
        for (const [j, l] of (b.labels ?? []).entries()) yield [`${at}.labels[${j}]`, l];
        break;
      case 'note':
        if (b.title) yield [`${at}.title`, d(b.title)];
        yield [`${at}.text`, d(b.text)];
        break;
      case 'group':
        yield* blockTexts(b.blocks, `${at}.blocks`);
        break;
      case 'svg':
        yield [`${at}.alt`, b.alt];
        for (const [j, t] of svgTexts(b.svg).entries()) yield [`${at}.svg.text[${j}]`, t];
        break;
      // A QR code's text is drawn as modules, not glyphs.
      case 'qr':
      case 'spacer':
      case 'pageBreak':
        break;
    }
  }
}

const CONTROL = /[\n\r\t]/;

/**
 * Characters that no bundled font draws, with where they occur. A combining mark that only some
 * font has, on a base that font lacks and with no precomposed form anywhere, is listed too: the
 * cluster as a whole cannot be drawn (see FontSet.undrawable).
 */
export function findMissingGlyphs(doc: PrintDocument, fonts: FontSet): MissingGlyph[] {
  const found = new Map<number, TextLocation[]>();
  for (const [where, text] of documentTexts(doc)) {
    for (const part of text.split(CONTROL)) {
      for (const cp of fonts.undrawable(part)) {
        const list = found.get(cp) ?? [];
        if (!list.includes(where)) list.push(where);
        found.set(cp, list);
      }
    }
  }
  return [...found].map(([cp, locations]) => ({
    char: String.fromCodePoint(cp),
    codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
    locations,
  }));
}
