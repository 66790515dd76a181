// Print engine: document model → PDF bytes, in the renderer and under Node alike.
export type { PrintBlock, PrintDocument, PrintSize, RichText, RubyRun, TextLocation, TextRun } from './model';
export type { PageEntry, PageReport } from './ops';
export { plainText, readableText, RUBY_SCALE } from './ruby';
export { FALLBACK_FAMILIES, FontSet, nextFallback, type FallbackFamily, type FallbackFiles, type PrintFontFiles } from './fonts';
export { renderPdf, countPages, fontSetOf, pageReport, type RenderOptions } from './render';
export { findMissingGlyphs, isPrintError, PrintError, type MissingGlyph } from './missing';
export { breakLines, NO_LINE_END, NO_LINE_START, type MeasureText } from './linebreak';
export { recoverySheet, type RecoverySheetOptions } from './recoverySheet';
export { handoverKeySheet, recipientGroups, recipientLines, type HandoverKeySheetOptions } from './handoverKeySheet';
export { qrModules } from './qr';
export { engineShowcase, filledRecord } from './showcase';
/** File names under resources/fonts (copied there by scripts/copy-fonts.mjs). */
export const PRINT_FONT_FILES = {
  regular: 'BIZUDGothic-Regular.ttf',
  bold: 'BIZUDGothic-Bold.ttf',
  fallbackRegular: 'NotoSansJP-Regular.ttf',
  fallbackBold: 'NotoSansJP-Bold.ttf',
} as const;
/** The Korean and Chinese fallbacks under resources/fonts, fetched only for a document that needs them. */
export const FALLBACK_FONT_FILES = {
  kr: { regular: 'NotoSansKR-Regular.ttf', bold: 'NotoSansKR-Bold.ttf' },
  sc: { regular: 'NotoSansSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf' },
  tc: { regular: 'NotoSansTC-Regular.ttf', bold: 'NotoSansTC-Bold.ttf' },
} as const;
