// Sizes for 標準 and 大きな文字. Font sizes in pt, lengths in mm.
import type { PrintSize } from './model';

export interface Theme {
  readonly body: number;
  readonly small: number;
  readonly heading: readonly [number, number, number];
  /** Line height as a multiple of the font size. */
  readonly leading: number;
  /** Pitch of ruled writing lines (handwriting needs ≥ 9 mm). */
  readonly writingPitch: number;
  readonly blockGap: number;
  readonly checkbox: number;
  readonly scale: number;
}

export const THEMES: Record<PrintSize, Theme> = {
  standard: {
    body: 10.5,
    small: 8,
    heading: [16, 13, 11.5],
    leading: 1.6,
    writingPitch: 9,
    blockGap: 3.5,
    checkbox: 3.8,
    scale: 1,
  },
  large: {
    body: 14,
    small: 10.5,
    heading: [20, 17, 15],
    leading: 1.6,
    writingPitch: 12.5,
    blockGap: 5,
    checkbox: 5.2,
    scale: 1.35,
  },
};

export const PAGE = {
  width: 210,
  height: 297,
  /** Binding margin on the left. */
  left: 25,
  right: 15,
  top: 22,
  bottom: 20,
} as const;

export const PT_TO_MM = 25.4 / 72;
