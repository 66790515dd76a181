// The document model: templates and features turn their content into blocks; the engine
// lays the blocks out on A4 pages. Lengths are millimetres at 標準 size; 大きな文字 scales them.

export type PrintSize = 'standard' | 'large';

/**
 * Ruby (ふりがな): `ruby` is printed centred above `base` at half the size. The group is never
 * split across lines; pdftotext reads it back as 「base（ruby）」.
 */
export interface RubyRun {
  readonly base: string;
  readonly ruby: string;
}
/** A piece of printed text: plain, or a base with its reading. */
export type TextRun = string | RubyRun;
/**
 * Text a template or form writes (labels, headings, guidance): a plain string, or runs that may
 * carry ruby. What a person typed (answers, values) stays a plain string and is never read as ruby.
 */
export type RichText = string | readonly TextRun[];

export type PrintBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: RichText }
  /** `keepWithNext`: stays on the page of the block after it (a section's guidance with its first question). */
  | { kind: 'paragraph'; text: RichText; bold?: boolean; muted?: boolean; keepWithNext?: boolean }
  /** A label and its value. An empty/absent value prints a line to write on (`lines` of them). */
  | { kind: 'field'; label: RichText; value?: string; lines?: number; hint?: RichText }
  /**
   * Ruled lines for handwriting, `count` of them, optionally pre-filled with text. A `hint` (here
   * and below) prints small under the label.
   */
  | { kind: 'lines'; label?: RichText; hint?: RichText; count: number; text?: string }
  /** An empty framed area for free writing or drawing; height in mm at 標準 size. */
  | { kind: 'box'; label?: RichText; hint?: RichText; height: number; text?: string }
  /** `checked` holds the plain text (the bases, without readings) of the checked options. */
  | {
      kind: 'checkboxes';
      label?: RichText;
      hint?: RichText;
      options: readonly RichText[];
      checked?: readonly string[];
      other?: boolean;
    }
  | {
      kind: 'table';
      label?: RichText;
      hint?: RichText;
      columns: readonly { header: RichText; width?: number }[];
      rows?: readonly (readonly string[])[];
      blankRows?: number;
    }
  /** Signature / name lines with an optional date line. */
  | { kind: 'signature'; labels?: readonly string[]; date?: boolean }
  | { kind: 'note'; title?: RichText; text: RichText }
  /** Large fixed-pitch text in a frame, centred (recovery keys, reference numbers). Size in pt at 標準. */
  | { kind: 'code'; text: string; size?: number }
  /** A QR code of `text` (drawn as filled squares, with its quiet zone), centred; side in mm at 標準. */
  | { kind: 'qr'; text: string; size?: number }
  /**
   * A vector drawing given as SVG (the subset Apache ECharts' SVG renderer writes: charts with
   * axes, legends, titles and decal patterns), drawn as PDF paths and text in the document's own
   * fonts, scaled to `width` × `height` mm at 標準 and kept on one page. `alt` says in words what
   * it shows (ECharts' aria description), for the screen and for the record.
   */
  | { kind: 'svg'; svg: string; width: number; height: number; alt: string }
  | { kind: 'spacer'; height: number }
  /**
   * A new page. `soft`: only when the page so far is at least half full; otherwise what follows
   * continues on the same page (a section whose tail spilled over shares that page with the next).
   */
  | { kind: 'pageBreak'; soft?: boolean }
  /**
   * Blocks that stay on one page (moved whole to the next page when they do not fit). `split`:
   * may break between its blocks (never inside one, never after a heading) where keeping it
   * whole would cost a page.
   */
  | { kind: 'group'; blocks: readonly PrintBlock[]; split?: boolean };

export interface PrintDocument {
  readonly title: string;
  /** Personal content: every page carries the 取扱注意 mark. */
  readonly personal: boolean;
  readonly size: PrintSize;
  readonly blocks: readonly PrintBlock[];
  /** Small text at the bottom left of every page (e.g. issuing office). */
  readonly footerNote?: string;
  /**
   * Prints 「記入日　　年　　月　　日」 under the header of every page (hand-filled forms), or the
   * given label and date pattern (e.g. with ruby for a form in やさしい日本語).
   */
  readonly entryDateLine?: boolean | { readonly label: RichText; readonly ymd: RichText };
  /**
   * Template text is written with spaces between phrases (分かち書き, as in やさしい日本語): its
   * lines break only at those spaces, unless a phrase is wider than the line.
   */
  readonly keepPhrases?: boolean;
  /** Language of the fixed strings the engine adds (header mark, date line). */
  readonly lang?: 'ja' | 'en';
  /** PDF metadata. */
  readonly subject?: string;
  readonly author?: string;
}

/** Where in a document a piece of text sits, e.g. `blocks[3].options[1]`. */
export type TextLocation = string;
