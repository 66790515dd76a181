export interface AnatomyPart {
  /** e.g. 'font programs', 'ToUnicode CMaps', 'widths', 'content streams', 'xref & trailer' */
  readonly kind: string;
  /** the font (subset tag removed) for font parts, else '' */
  readonly label: string;
  readonly objects: number;
  readonly streams: number;
  /** streams with a /Filter (compressed) */
  readonly filteredStreams: number;
  /** bytes in the file */
  readonly fileBytes: number;
  /** bytes once streams are decoded (dictionaries as they are) */
  readonly decodedBytes: number;
}

export interface AnatomyFont {
  readonly name: string;
  readonly subtype: string;
  /** how many font dictionaries draw with this font (1 = embedded once) */
  readonly embeddings: number;
  readonly glyphs?: number;
  readonly glyphInstructions?: number;
  readonly tables?: readonly { tag: string; length: number }[];
  readonly tableShare?: readonly { tag: string; length: number; compressedShare: number }[];
}

export interface PdfAnatomy {
  readonly total: number;
  readonly parts: readonly AnatomyPart[];
  readonly fonts: readonly AnatomyFont[];
}

export const KIND_ORDER: readonly string[];
export function pdfAnatomy(bytes: Uint8Array): PdfAnatomy;
export function sfntTables(
  font: Uint8Array,
): { tables: { tag: string; length: number }[]; glyphs?: number; glyphInstructions: number } | undefined;
export function formatAnatomy(columns: readonly { name: string; anatomy: PdfAnatomy }[]): string;
