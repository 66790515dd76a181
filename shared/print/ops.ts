// Positioned drawing operations: the output of layout and the input of the PDF writer.
// Coordinates in mm from the top-left corner of the page; text y is the baseline.
import type { PathSeg } from './svgPath';

/** A colour as red, green, blue in 0…1. */
export type Rgb = readonly [number, number, number];

/**
 * A repeating tile (an SVG <pattern>): its ops are in the tile's own units, `matrix` maps those
 * units onto the page in mm (y down). The same tile object used with the same matrix is written
 * to the PDF once.
 */
export interface TilePattern {
  readonly tile: { readonly w: number; readonly h: number; readonly ops: readonly DrawOp[] };
  readonly matrix: readonly [number, number, number, number, number, number];
}

export type DrawOp =
  | {
      op: 'text';
      x: number;
      y: number;
      size: number;
      bold: boolean;
      text: string;
      gray?: number;
      rgb?: Rgb;
      alpha?: number;
      /** Rotation / skew of the glyphs on the page (a, b, c, d of a y-down affine, no scale). */
      matrix?: readonly [number, number, number, number];
      /** What text extraction reads instead of the glyphs ('' for nothing): a ruby group's base and reading. */
      actualText?: string;
    }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray?: number; dash?: boolean }
  | { op: 'rect'; x: number; y: number; w: number; h: number; width: number; fill?: number; stroke?: boolean }
  /** Vector graphics from an SVG drawing: filled and/or stroked, in colour, with transparency. */
  | {
      op: 'path';
      segs: readonly PathSeg[];
      fill?: Rgb | TilePattern;
      fillAlpha?: number;
      evenOdd?: boolean;
      stroke?: Rgb;
      strokeAlpha?: number;
      /** Stroke width in mm. */
      width?: number;
      dash?: readonly number[];
      dashOffset?: number;
      cap?: 0 | 1 | 2;
      join?: 0 | 1 | 2;
      miter?: number;
    }
  /** save … clip … restore bracket what a clip path applies to (PDF q / W n / Q). */
  | { op: 'save' }
  | { op: 'restore' }
  | { op: 'clip'; segs: readonly PathSeg[]; evenOdd?: boolean };

/** What a page holds of one block: the engine's report of its pagination (tests, tools). */
export interface PageEntry {
  /** e.g. `blocks[3]`, `blocks[7].blocks[1]` */
  readonly path: string;
  readonly kind: string;
  /** The block's label or text, plain, shortened. */
  readonly label: string;
  /** Its lines on this page (writing lines, table rows, lines of text). */
  lines: number;
  /** Its lines on all pages. */
  totalLines: number;
}

export interface LaidOutPage {
  readonly ops: DrawOp[];
  readonly contents?: readonly PageEntry[];
  /** How much of the page's frame the content fills, 0…1. */
  readonly fill?: number;
}

/** The engine's report of one page: what it holds and how full it is. */
export interface PageReport {
  readonly contents: readonly PageEntry[];
  readonly fill: number;
}
