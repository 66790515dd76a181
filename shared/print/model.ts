// The document model: templates and features turn their content into blocks; the engine
// lays the blocks out on A4 pages. Lengths are millimetres at 標準 size; 大きな文字 scales them.

export type PrintSize = 'standard' | 'large';

export type PrintBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; muted?: boolean }
  /** A label and its value. An empty/absent value prints a line to write on (`lines` of them). */
  | { kind: 'field'; label: string; value?: string; lines?: number; hint?: string }
  /** Ruled lines for handwriting, `count` of them, optionally pre-filled with text. */
  | { kind: 'lines'; label?: string; count: number; text?: string }
  /** An empty framed area for free writing or drawing; height in mm at 標準 size. */
  | { kind: 'box'; label?: string; height: number; text?: string }
  | { kind: 'checkboxes'; label?: string; options: readonly string[]; checked?: readonly string[]; other?: boolean }
  | {
      kind: 'table';
      label?: string;
      columns: readonly { header: string; width?: number }[];
      rows?: readonly (readonly string[])[];
      blankRows?: number;
    }
  /** Signature / name lines with an optional date line. */
  | { kind: 'signature'; labels?: readonly string[]; date?: boolean }
  | { kind: 'note'; title?: string; text: string }
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
  | { kind: 'pageBreak' }
  /** Blocks that must stay on one page (moved whole to the next page when they do not fit). */
  | { kind: 'group'; blocks: readonly PrintBlock[] };

export interface PrintDocument {
  readonly title: string;
  /** Personal content: every page carries the 取扱注意 mark. */
  readonly personal: boolean;
  readonly size: PrintSize;
  readonly blocks: readonly PrintBlock[];
  /** Small text at the bottom left of every page (e.g. issuing office). */
  readonly footerNote?: string;
  /** Prints 「記入日　　年　　月　　日」 under the header of every page (hand-filled forms). */
  readonly entryDateLine?: boolean;
  /** Language of the fixed strings the engine adds (header mark, date line). */
  readonly lang?: 'ja' | 'en';
  /** PDF metadata. */
  readonly subject?: string;
  readonly author?: string;
}

/** Where in a document a piece of text sits, e.g. `blocks[3].options[1]`. */
export type TextLocation = string;
