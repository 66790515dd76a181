// The svg block's place on the page: its size at the document's scale, never wider than the
// text column nor taller than a page's frame (shrunk in proportion), as one chunk so it never
// splits across pages.
import type { BlockContext } from './blocks';
import type { PrintBlock } from './model';
import type { Chunk } from './pager';
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
  const { h } = svgBox(b, ctx);
  return [{ height: h, draw: () => [] }];
}
