// Positioned drawing operations: the output of layout and the input of the PDF writer.
// Coordinates in mm from the top-left corner of the page; text y is the baseline.

export type DrawOp =
  | { op: 'text'; x: number; y: number; size: number; bold: boolean; text: string; gray?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray?: number; dash?: boolean }
  | { op: 'rect'; x: number; y: number; w: number; h: number; width: number; fill?: number; stroke?: boolean };

export interface LaidOutPage {
  readonly ops: DrawOp[];
}
