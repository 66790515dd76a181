// Small drawing helpers shared by blocks and the page frame.
import type { DrawOp } from './ops';
import { PT_TO_MM } from './theme';

export function lineHeight(size: number, leading: number): number {
  return size * PT_TO_MM * leading;
}

/** Baseline that centres the ideographic em box (≈ 0.88 em above, 0.12 below) in a line box. */
export function textBaseline(top: number, lh: number, size: number): number {
  return top + lh / 2 + size * PT_TO_MM * 0.38;
}

export function drawTextLines(
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  lh: number,
  bold: boolean,
  gray = 0,
): DrawOp[] {
  return lines.flatMap((text, i): DrawOp[] =>
    text ? [{ op: 'text', x, y: textBaseline(top + i * lh, lh, size), size, bold, text, ...(gray ? { gray } : {}) }] : [],
  );
}

/** A check mark drawn with two strokes inside a box at (x, y) of side `s`. */
export function drawCheck(x: number, y: number, s: number): DrawOp[] {
  const w = Math.max(0.45, s * 0.12);
  return [
    { op: 'line', x1: x + s * 0.2, y1: y + s * 0.52, x2: x + s * 0.42, y2: y + s * 0.78, width: w },
    { op: 'line', x1: x + s * 0.42, y1: y + s * 0.78, x2: x + s * 0.85, y2: y + s * 0.2, width: w },
  ];
}
