// QR codes on paper: the symbol comes from `qr` (zero-dependency, by the author of @noble/hashes
// and @scure/base, with a decoder the tests read our PDFs back with); drawing stays ours, as
// filled rectangles (one per run of dark modules in a row), so the code is vector, sharp at any
// printer resolution, and needs no image support in the PDF writer.
import { encodeQR } from 'qr';
import type { PrintBlock } from './model';
import type { DrawOp } from './ops';
import type { Chunk } from './pager';
import type { BlockContext } from './blocks';

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QR_QUIET_MODULES = 4;
const DEFAULT_SIDE_MM = 40;

/** The modules of a QR code of `text`, row by row, true for dark (medium error correction), quiet zone included. */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: QR_QUIET_MODULES });
}

/** Filled rectangles for the dark modules, a run of neighbours in a row as one rectangle. */
export function qrOps(modules: readonly (readonly boolean[])[], x: number, y: number, module: number): DrawOp[] {
  const ops: DrawOp[] = [];
  modules.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const dark = c < row.length && row[c] === true;
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        ops.push({
          op: 'rect',
          x: x + start * module,
          y: y + r * module,
          w: (c - start) * module,
          h: module,
          width: 0,
          fill: 0,
          stroke: false,
        });
        start = -1;
      }
    }
  });
  return ops;
}

export function qrChunks(b: Extract<PrintBlock, { kind: 'qr' }>, ctx: BlockContext): Chunk[] {
  const modules = qrModules(b.text);
  const count = modules.length;
  const side = Math.min((b.size ?? DEFAULT_SIDE_MM) * ctx.t.scale, ctx.width);
  const module = side / count;
  const left = ctx.left + (ctx.width - side) / 2;
  return [
    {
      height: side,
      draw: (top) => qrOps(modules, left, top, module),
    },
  ];
}
