// Font faces and per-character font selection (BIZ UDGothic first, Noto Sans JP fallback).
import { parseCmap, type CodePointMap } from './cmap';
import { readAdvances, readMetrics, readTableDirectory, requireTable, type FontMetrics, type TableRecord } from './sfnt';

/** Font files as bytes: the renderer fetches them, Node reads them from disk. */
export interface PrintFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Per-character fallback where the primary face lacks a glyph. */
  readonly fallbackRegular?: Uint8Array;
  readonly fallbackBold?: Uint8Array;
}

export interface FontFace {
  /** Stable key used inside one PDF, e.g. "primary-regular". */
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly tables: ReadonlyMap<string, TableRecord>;
  readonly metrics: FontMetrics;
  readonly cmap: CodePointMap;
  readonly advances: Uint16Array;
}

const cache = new WeakMap<Uint8Array, Omit<FontFace, 'key'>>();

export function openFace(bytes: Uint8Array, key: string): FontFace {
  let parsed = cache.get(bytes);
  if (!parsed) {
    const tables = readTableDirectory(bytes);
    const metrics = readMetrics(bytes, tables);
    parsed = {
      bytes,
      tables,
      metrics,
      cmap: parseCmap(bytes, requireTable(tables, 'cmap').offset),
      advances: readAdvances(bytes, tables, metrics),
    };
    cache.set(bytes, parsed);
  }
  return { ...parsed, key };
}

/** One run of text drawn with a single face. */
export interface FontRun {
  readonly face: FontFace;
  readonly text: string;
  /** Glyph ids in the face, one per code point of `text`. */
  readonly glyphs: readonly number[];
  /** Width in em (multiply by font size). */
  readonly widthEm: number;
}

/** Characters that need no glyph: they lay out as nothing. */
export function isIgnorable(cp: number): boolean {
  return cp === 0x200b || cp === 0x200d || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export class FontSet {
  private readonly chains: Record<'regular' | 'bold', readonly FontFace[]>;

  constructor(files: PrintFontFiles) {
    const regular = [openFace(files.regular, 'primary-regular')];
    const bold = [openFace(files.bold, 'primary-bold')];
    if (files.fallbackRegular) regular.push(openFace(files.fallbackRegular, 'fallback-regular'));
    if (files.fallbackBold) bold.push(openFace(files.fallbackBold, 'fallback-bold'));
    // A character missing from every face of its weight is drawn in the other weight.
    this.chains = { regular: [...regular, ...bold], bold: [...bold, ...regular] };
  }

  /** The face that draws `cp`, or undefined when no bundled font can. */
  faceFor(cp: number, bold: boolean): FontFace | undefined {
    for (const face of this.chains[bold ? 'bold' : 'regular']) if (face.cmap.has(cp)) return face;
    return undefined;
  }

  canDraw(cp: number): boolean {
    return isIgnorable(cp) || this.faceFor(cp, false) !== undefined;
  }

  /** Width of one code point in em. Unknown characters measure as a full em (they are reported, never drawn). */
  advanceEm(cp: number, bold: boolean): number {
    if (isIgnorable(cp)) return 0;
    const face = this.faceFor(cp, bold);
    if (!face) return 1;
    return (face.advances[face.cmap.get(cp) ?? 0] ?? 0) / face.metrics.unitsPerEm;
  }

  /** Splits text into runs per face. Characters no face has are dropped here (reported earlier). */
  runs(text: string, bold: boolean): FontRun[] {
    const out: { face: FontFace; text: string; glyphs: number[]; widthEm: number }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (isIgnorable(cp)) continue;
      const face = this.faceFor(cp, bold);
      if (!face) continue;
      const glyph = face.cmap.get(cp) ?? 0;
      const w = (face.advances[glyph] ?? 0) / face.metrics.unitsPerEm;
      const last = out[out.length - 1];
      if (last && last.face === face) {
        last.text += ch;
        last.glyphs.push(glyph);
        last.widthEm += w;
      } else {
        out.push({ face, text: ch, glyphs: [glyph], widthEm: w });
      }
    }
    return out;
  }
}
