// The svg block's place on the page: its size at the document's scale, never wider than the
// text column nor taller than a page's frame (shrunk in proportion), centred, as one chunk so
// it never splits across pages; the drawing itself comes from svgPaint.
import type { BlockContext } from './blocks';
import type { PrintBlock } from './model';
import type { Chunk } from './pager';
import { svgToOps } from './svgPaint';
import { PAGE } from './theme';

/** The tallest a drawing may be: the page frame less the header band and a date line. */
const MAX_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom - 20;

export function svgBox(b: Extract<PrintBlock, { kind: 'svg' }>, ctx: BlockContext): { w: number; h: number } {
  const w0 = Math.max(0, b.width) * ctx.t.scale;
  const h0 = Math.max(0, b.height) * ctx.t.scale;
  const k = Math.min(1, w0 > 0 ? ctx.width / w0 : 1, h0 > 0 ? MAX_HEIGHT / h0 : 1);
  return { w: w0 * k, h: h0 * k };
}

export function svgChunks(b: Extract<PrintBlock, { kind: 'svg' }>, ctx: BlockContext): Chunk[] {
  const { w, h } = svgBox(b, ctx);
  const x = ctx.left + (ctx.width - w) / 2;
  const measure = { width: (text: string, size: number, bold: boolean) => ctx.m.width(text, size, bold) };
  // Read once here so a drawing that cannot be read fails before any page is placed.
  svgToOps(b.svg, { x, y: 0, w, h }, measure);
  return [{ height: h, draw: (top) => svgToOps(b.svg, { x, y: top, w, h }, measure).ops }];
}
