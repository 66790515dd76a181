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

  /** `widths` (mm by code point) overrides the font for stand-in characters (ruby groups, ruby.ts). */
  wrap(text: string, maxWidth: number, size: number, bold = false, widths?: ReadonlyMap<number, number>): string[] {
    const k = size * PT_TO_MM;
    const measure = (piece: string): number => {
      if (!widths) return this.fonts.widthEm(piece, bold) * k;
      let standIns = 0;
      let rest = '';
      for (const ch of piece) {
        const w = widths.get(ch.codePointAt(0) ?? 0);
        if (w === undefined) rest += ch;
        else standIns += w;
      }
      return standIns + (rest ? this.fonts.widthEm(rest, bold) * k : 0);
    };
    return breakLines(text, maxWidth, measure);
  }
}
