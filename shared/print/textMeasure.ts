// Text measuring and wrapping with the face that actually draws each character.
import type { FontSet } from './fonts';
import { breakLines } from './linebreak';
import { PT_TO_MM } from './theme';

export class TextMeasure {
  constructor(readonly fonts: FontSet) {}

  /** Width in mm of `text` at `size` pt. */
  width(text: string, size: number, bold = false): number {
    return this.fonts.widthEm(text, bold) * size * PT_TO_MM;
  }

  wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
    const k = size * PT_TO_MM;
    return breakLines(text, maxWidth, (piece) => this.fonts.widthEm(piece, bold) * k);
  }
}
