// Font faces and per-cluster font selection. The chain: BIZ UDGothic, Noto Sans JP, then — only
// when a document needs them — Noto Sans KR, SC and TC, in that order, so a character the
// Japanese faces have always keeps its Japanese form.
import { clustersOf, isHan, isHangul } from './clusters';
import { isVariationSelector, parseCmap, parseCmapVariations, type CodePointMap, type VariationMap } from './cmap';
import { isWordCluster } from './linebreak';
import { dataView, readAdvances, readMetrics, readTableDirectory, requireTable, type FontMetrics, type TableRecord } from './sfnt';

/** The fallbacks after the Japanese faces, in chain order. */
export const FALLBACK_FAMILIES = ['kr', 'sc', 'tc'] as const;
export type FallbackFamily = (typeof FALLBACK_FAMILIES)[number];

export interface FallbackFiles {
  readonly family: FallbackFamily;
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** Font files as bytes: the renderer fetches them, Node reads them from disk. */
export interface PrintFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Per-character fallback where the primary face lacks a glyph. */
  readonly fallbackRegular?: Uint8Array;
  readonly fallbackBold?: Uint8Array;
  /**
   * Korean and Chinese fallbacks, drawn after the Japanese faces (KR, then SC, then TC, whatever
   * order they are given in). Loaded only for documents that need them: see nextFallback.
   */
  readonly more?: readonly FallbackFiles[];
}

export interface FontFace {
  /** Stable key used inside one PDF, e.g. "primary-regular". */
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly tables: ReadonlyMap<string, TableRecord>;
  readonly metrics: FontMetrics;
  readonly cmap: CodePointMap;
  /** Variation sequences (cmap format 14), when the face has them. */
  readonly variations: VariationMap | undefined;
  readonly advances: Uint16Array;
}

const cache = new WeakMap<Uint8Array, Omit<FontFace, 'key'>>();

export function openFace(bytes: Uint8Array, key: string): FontFace {
  let parsed = cache.get(bytes);
  if (!parsed) {
    const tables = readTableDirectory(bytes);
    const metrics = readMetrics(bytes, tables);
    const cmapAt = requireTable(tables, 'cmap').offset;
    parsed = {
      bytes,
      tables,
      metrics,
      cmap: parseCmap(bytes, cmapAt),
      variations: parseCmapVariations(bytes, cmapAt),
      advances: readAdvances(bytes, tables, metrics),
    };
    cache.set(bytes, parsed);
  }
  return { ...parsed, key };
}

/** One glyph as placed: `dx` em moved before it is drawn (the pen then moves by its advance), `rise` em up. */
export interface PlacedGlyph {
  readonly gid: number;
  /** The text it stands for (what ToUnicode gives back): a character, a composed cluster, 葛 + U+E0100. */
  readonly text: string;
  readonly dx: number;
  /** em the glyph is drawn above the baseline (a mark over a capital). */
  readonly rise?: number;
  /**
   * On the base of a cluster drawn as base + marks: the cluster's text and its number of glyphs.
   * The PDF marks them as one piece of text (ActualText), as text extraction would otherwise
   * read a mark placed back over its base as a separate word.
   */
  readonly cluster?: { readonly text: string; readonly glyphs: number };
}

/** One run of text drawn with a single face. */
export interface FontRun {
  readonly face: FontFace;
  readonly text: string;
  readonly glyphs: readonly PlacedGlyph[];
  /** Width in em (multiply by font size). */
  readonly widthEm: number;
}

/** Characters that need no glyph of their own: they lay out as nothing. */
export function isIgnorable(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || isVariationSelector(cp);
}

/** The kana voicing marks sit at the upper right of their kana, not centred over it. */
const KANA_VOICING = new Set([0x3099, 0x309a]);

interface Shape {
  readonly glyphs: readonly PlacedGlyph[];
  readonly widthEm: number;
  /**
   * false when a variation sequence prints with the base glyph (this face lacks the variant), or
   * a mark is placed with a glyph that has a width of its own: a later face may do better.
   */
  readonly exact: boolean;
}

/** A glyph's bounding box [xMin, yMin, xMax, yMax] in font units (zeros for an empty glyph). */
function glyphBounds(face: FontFace, gid: number): [number, number, number, number] {
  const view = dataView(face.bytes);
  const loca = requireTable(face.tables, 'loca').offset;
  const glyf = requireTable(face.tables, 'glyf').offset;
  const at = (g: number): number => (face.metrics.indexToLocFormat === 0 ? view.getUint16(loca + g * 2) * 2 : view.getUint32(loca + g * 4));
  const start = at(gid);
  if (at(gid + 1) <= start) return [0, 0, 0, 0];
  const p = glyf + start;
  return [view.getInt16(p + 2), view.getInt16(p + 4), view.getInt16(p + 6), view.getInt16(p + 8)];
}

const isCompatibilityIdeograph = (cp: number): boolean => (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);

/**
 * A cluster drawn with one face, or undefined when the face cannot draw all of it:
 * - one character: its glyph;
 * - a base and a variation selector: the glyph the sequence selects (cmap format 14), else the
 *   base glyph (exact: false);
 * - a base and combining marks: the precomposed glyph of the NFC form when the face has one,
 *   otherwise the base with each mark placed over it (centred, or at the upper right for the kana
 *   voicing marks).
 */
function shapeIn(face: FontFace, cluster: string): Shape | undefined {
  const cps = [...cluster].map((c) => c.codePointAt(0) ?? 0);
  const selector = cps.find(isVariationSelector);
  const core = cps.filter((cp) => !isIgnorable(cp));
  const em = face.metrics.unitsPerEm;
  const single = (cp: number, text: string, exact = true): Shape | undefined => {
    const gid = face.cmap.get(cp);
    if (gid === undefined) return undefined;
    return { glyphs: [{ gid, text, dx: 0 }], widthEm: (face.advances[gid] ?? 0) / em, exact };
  };
  const [base] = core;
  if (base === undefined) return { glyphs: [], widthEm: 0, exact: true };
  if (core.length === 1) {
    if (selector === undefined) return single(base, String.fromCodePoint(base));
    const text = String.fromCodePoint(base, selector);
    const variant = face.variations?.glyph(base, selector);
    if (typeof variant === 'number')
      return { glyphs: [{ gid: variant, text, dx: 0 }], widthEm: (face.advances[variant] ?? 0) / em, exact: true };
    return single(base, text, variant === 'default');
  }
  const cpsOf = (form: 'NFC' | 'NFD'): number[] => [...String.fromCodePoint(...core).normalize(form)].map((c) => c.codePointAt(0) ?? 0);
  // A compatibility ideograph is never normalised (NFC would turn 神 U+FA19 into 神 U+795E).
  const forms = isCompatibilityIdeograph(base) ? [core] : [cpsOf('NFC'), cpsOf('NFD')];
  const [composed] = forms;
  if (composed?.length === 1) {
    const shape = single(composed[0] ?? 0, String.fromCodePoint(...composed));
    if (shape) return shape;
  }
  // Otherwise the base with its marks over it: the NFC form's (ê + U+0303), else the NFD form's (W + U+0308).
  for (const seq of forms) {
    const shape = withMarks(face, seq);
    if (shape) return shape;
  }
  return undefined;
}

function withMarks(face: FontFace, seq: readonly number[]): Shape | undefined {
  const [first, ...marks] = seq;
  if (!marks.length) return undefined;
  const em = face.metrics.unitsPerEm;
  const baseGid = face.cmap.get(first ?? 0);
  if (baseGid === undefined) return undefined;
  const baseW = (face.advances[baseGid] ?? 0) / em;
  // The marks are drawn first and the base last, so the cluster ends where the base does (text
  // extraction takes a piece of text to end where its last glyph does).
  const glyphs: PlacedGlyph[] = [];
  let exact = true;
  let pen = 0;
  // Marks above stack: each clears the top of what is below it (a capital, an earlier mark).
  let top = (glyphBounds(face, baseGid)[3] ?? 0) / em;
  for (const mark of marks) {
    const gid = face.cmap.get(mark);
    if (gid === undefined) return undefined;
    const [x0, y0, x1, y1] = glyphBounds(face, gid).map((v) => v / em) as [number, number, number, number];
    const advance = (face.advances[gid] ?? 0) / em;
    // Where the mark's origin goes, from the base's: centred over it, or for the kana voicing
    // marks at its upper right.
    const at = KANA_VOICING.has(mark) ? baseW - 0.03 - x1 : baseW / 2 - (x0 + x1) / 2;
    // A mark drawn above the x-height (accents; not the kana voicing marks, not marks below)
    // is raised when it would touch what is under it: the fonts draw them for lowercase letters.
    const above = !KANA_VOICING.has(mark) && y0 > 0.3;
    const rise = above ? Math.max(0, top + 0.04 - y0) : 0;
    if (above) top = y1 + rise;
    glyphs.push({ gid, text: String.fromCodePoint(mark), dx: at - pen, ...(rise ? { rise } : {}) });
    pen = at + advance;
    // A spacing glyph for a mark (BIZ UDGothic's are a half or a full em wide) overlaps its
    // neighbours in the PDF's text layer: a face whose mark has no width of its own draws the
    // cluster if there is one.
    if (advance !== 0) exact = false;
  }
  glyphs.push({ gid: baseGid, text: String.fromCodePoint(first ?? 0), dx: -pen });
  const head = glyphs[0];
  if (head) glyphs[0] = { ...head, cluster: { text: String.fromCodePoint(...seq), glyphs: glyphs.length } };
  return { glyphs, widthEm: baseW, exact };
}

interface Piece {
  readonly face: FontFace;
  readonly cluster: string;
  readonly shape: Shape;
}

export class FontSet {
  private readonly chains: Record<'regular' | 'bold', readonly FontFace[]>;
  /** The Korean and Chinese fallbacks this set has, in chain order. */
  readonly families: readonly FallbackFamily[];
  private readonly shapes = new Map<FontFace, Map<string, Shape | null>>();

  constructor(files: PrintFontFiles) {
    const regular = [openFace(files.regular, 'primary-regular')];
    const bold = [openFace(files.bold, 'primary-bold')];
    if (files.fallbackRegular) regular.push(openFace(files.fallbackRegular, 'fallback-regular'));
    if (files.fallbackBold) bold.push(openFace(files.fallbackBold, 'fallback-bold'));
    const families: FallbackFamily[] = [];
    for (const family of FALLBACK_FAMILIES) {
      const more = files.more?.find((m) => m.family === family);
      if (!more) continue;
      families.push(family);
      regular.push(openFace(more.regular, `${family}-regular`));
      bold.push(openFace(more.bold, `${family}-bold`));
    }
    this.families = families;
    // A character missing from every face of its weight is drawn in the other weight.
    this.chains = { regular: [...regular, ...bold], bold: [...bold, ...regular] };
  }

  private shapeWith(face: FontFace, cluster: string): Shape | undefined {
    let byCluster = this.shapes.get(face);
    if (!byCluster) this.shapes.set(face, (byCluster = new Map()));
    let s = byCluster.get(cluster);
    if (s === undefined) byCluster.set(cluster, (s = shapeIn(face, cluster) ?? null));
    return s ?? undefined;
  }

  /** The first face that draws the cluster exactly, else the first that draws it at all. */
  private pieceOf(cluster: string, bold: boolean): Piece | undefined {
    let fallback: Piece | undefined;
    for (const face of this.chains[bold ? 'bold' : 'regular']) {
      const shape = this.shapeWith(face, cluster);
      if (!shape) continue;
      if (shape.exact) return { face, cluster, shape };
      fallback ??= { face, cluster, shape };
    }
    return fallback;
  }

  /** The face that draws all of `clusters`, exactly where one can. */
  private faceForAll(clusters: readonly string[], bold: boolean): FontFace | undefined {
    const chain = this.chains[bold ? 'bold' : 'regular'];
    return (
      chain.find((f) => clusters.every((c) => this.shapeWith(f, c)?.exact)) ??
      chain.find((f) => clusters.every((c) => this.shapeWith(f, c)))
    );
  }

  /**
   * Each cluster of `text` with the face that draws it; clusters no face can draw are left out
   * (reported earlier). A run of words (Latin, Hangul, digits, with the spaces between them) is
   * drawn in one face where one face can draw it all, so that a Vietnamese sentence is not
   * half BIZ UDGothic, half Noto Sans JP; else each word in one face where it can be.
   */
  private pieces(text: string, bold: boolean): Piece[] {
    const clusters = clustersOf(text);
    const out: Piece[] = [];
    const push = (cs: readonly string[], face: FontFace | undefined): void => {
      for (const c of cs) {
        const shape = face && this.shapeWith(face, c);
        const p = face && shape ? { face, cluster: c, shape } : this.pieceOf(c, bold);
        if (p) out.push(p);
      }
    };
    for (let i = 0; i < clusters.length;) {
      const cluster = clusters[i] ?? '';
      if (!isWordCluster(cluster)) {
        push([cluster], undefined);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < clusters.length && (isWordCluster(clusters[j] ?? '') || clusters[j] === ' ')) j++;
      const run = clusters.slice(i, j);
      const face = this.faceForAll(run, bold);
      if (face) push(run, face);
      else {
        for (let w = 0; w < run.length;) {
          let e = w;
          while (e < run.length && run[e] !== ' ') e++;
          while (e < run.length && run[e] === ' ') e++;
          push(run.slice(w, e), this.faceForAll(run.slice(w, e), bold));
          w = e;
        }
      }
      i = j;
    }
    return out;
  }

  /** The face that draws `cp` on its own, or undefined when no bundled font can. */
  faceFor(cp: number, bold: boolean): FontFace | undefined {
    return this.pieceOf(String.fromCodePoint(cp), bold)?.face;
  }

  canDraw(cp: number): boolean {
    return isIgnorable(cp) || this.faceFor(cp, false) !== undefined;
  }

  /**
   * The code points of `text` that cannot be drawn: characters no face has, and the marks of a
   * cluster no face can draw whole (no precomposed glyph and no face with the base and the mark).
   */
  undrawable(text: string): number[] {
    const out: number[] = [];
    for (const cluster of clustersOf(text)) {
      if (this.pieceOf(cluster, false)) continue;
      const cps = [...cluster].map((c) => c.codePointAt(0) ?? 0).filter((cp) => !isIgnorable(cp));
      const lacking = cps.filter((cp) => !this.canDraw(cp));
      out.push(...(lacking.length ? lacking : cps.slice(1)));
    }
    return out;
  }

  /** Width of one code point in em. Unknown characters measure as a full em (they are reported, never drawn). */
  advanceEm(cp: number, bold: boolean): number {
    if (isIgnorable(cp)) return 0;
    return this.pieceOf(String.fromCodePoint(cp), bold)?.shape.widthEm ?? 1;
  }

  /** Width of `text` in em, as runs() draws it. */
  widthEm(text: string, bold: boolean): number {
    let em = 0;
    for (const p of this.pieces(text, bold)) em += p.shape.widthEm;
    return em;
  }

  /** Splits text into runs per face. Clusters no face can draw are dropped here (reported earlier). */
  runs(text: string, bold: boolean): FontRun[] {
    const out: { face: FontFace; text: string; glyphs: PlacedGlyph[]; widthEm: number }[] = [];
    for (const { face, cluster, shape } of this.pieces(text, bold)) {
      if (!shape.glyphs.length) continue;
      const last = out[out.length - 1];
      if (last && last.face === face) {
        last.text += cluster;
        last.glyphs.push(...shape.glyphs);
        last.widthEm += shape.widthEm;
      } else {
        out.push({ face, text: cluster, glyphs: [...shape.glyphs], widthEm: shape.widthEm });
      }
    }
    return out;
  }
}

/**
 * The fallback family to load next for characters the current set cannot draw, or undefined.
 * Families load in chain order (KR, then SC, then TC), so a document prints the same whichever
 * were loaded before, and only for Hangul and Han characters: they are all these faces add.
 */
export function nextFallback(undrawable: Iterable<number>, loaded: readonly FallbackFamily[]): FallbackFamily | undefined {
  let needed = false;
  for (const cp of undrawable) if (isHangul(cp) || isHan(cp)) needed = true;
  if (!needed) return undefined;
  return FALLBACK_FAMILIES.find((f) => !loaded.includes(f));
}
