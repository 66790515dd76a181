// Text with ruby (ふりがな): measuring, line breaking and drawing. A ruby group is one
// unbreakable unit as wide as the wider of its base and its reading; its reading is drawn
// centred above the base at RUBY_SCALE of the size, and only a line that holds a group grows, by
// rubyRise(size). For line breaking each group stands in as one private-use character whose
// width is the group's, so linebreak.ts needs to know nothing about ruby: the stand-in is a wide
// character (breakable before and after, 禁則 applies to what follows it) that is never split.
import { textBaseline } from './draw';
import type { RichText, RubyRun, TextRun } from './model';
import type { DrawOp } from './ops';
import type { TextMeasure } from './textMeasure';
import { PT_TO_MM } from './theme';

/** Reading size as a fraction of the base size (JIS X 4051: half). */
export const RUBY_SCALE = 0.5;

/** One laid-out line of rich text. */
export interface RichLine {
  readonly runs: readonly TextRun[];
  /** The line holds at least one ruby group (and is rubyRise taller). */
  readonly ruby: boolean;
}

const isRuby = (r: TextRun): r is RubyRun => typeof r !== 'string';
const runsOf = (t: RichText): readonly TextRun[] => (typeof t === 'string' ? [t] : t);

/** What the text says without its readings (for titles, file names, matching options). */
export function plainText(t: RichText): string {
  return typeof t === 'string' ? t : t.map((r) => (isRuby(r) ? r.base : r)).join('');
}

/** The text with each reading in brackets after its base: 「漢字（かんじ）」 (what pdftotext reads). */
export function readableText(t: RichText): string {
  return typeof t === 'string' ? t : t.map((r) => (isRuby(r) ? `${r.base}（${r.ruby}）` : r)).join('');
}

export function hasRuby(t: RichText): boolean {
  return typeof t !== 'string' && t.some(isRuby);
}

/** Every character that is drawn: bases and readings (for the missing-glyph check). */
export function drawnText(t: RichText): string {
  return typeof t === 'string' ? t : t.map((r) => (isRuby(r) ? `${r.base}${r.ruby}` : r)).join('');
}

/** Extra height in mm of a line that carries ruby. */
export function rubyRise(size: number): number {
  return RUBY_SCALE * size * PT_TO_MM;
}

/** A reading wider than its base may reach over a neighbouring kana, punctuation or space (JIS X 4051). */
const OVERHANG_NEIGHBOUR = /[\u3000-\u30ff\u0020]/u;

interface Placed {
  readonly run: TextRun;
  /** Advance along the line. */
  readonly width: number;
  /** Offsets from the run's start: the base (or the plain text) and the reading. */
  readonly baseAt: number;
  readonly rubyAt: number;
}

/**
 * Where each run goes. A group advances by its base, or by its reading less what may overhang
 * on each side: half the excess, at most one ruby character (RUBY_SCALE em), and only over a kana,
 * punctuation or space beside it on the line — never over a kanji, another reading or the
 * line's edge. `overhang` false: no overhang at all (a group's width before its line is known).
 */
function placeRuns(m: TextMeasure, runs: readonly TextRun[], size: number, bold: boolean, overhang = true): Placed[] {
  const cap = overhang ? RUBY_SCALE * size * PT_TO_MM : 0;
  const side = (r: TextRun | undefined, last: boolean): boolean => {
    if (r === undefined || isRuby(r)) return false;
    const chars = [...r];
    const ch = last ? chars[chars.length - 1] : chars[0];
    return ch === undefined || OVERHANG_NEIGHBOUR.test(ch);
  };
  return runs.map((r, i): Placed => {
    if (!isRuby(r)) return { run: r, width: m.width(r, size, bold), baseAt: 0, rubyAt: 0 };
    const base = m.width(r.base, size, bold);
    const ruby = m.width(r.ruby, size * RUBY_SCALE, false);
    if (ruby <= base) return { run: r, width: base, baseAt: 0, rubyAt: (base - ruby) / 2 };
    const each = Math.min((ruby - base) / 2, cap);
    const left = side(runs[i - 1], true) ? each : 0;
    const right = side(runs[i + 1], false) ? each : 0;
    return { run: r, width: ruby - left - right, baseAt: (ruby - base) / 2 - left, rubyAt: -left };
  });
}

/** Width in mm of rich text on one line. */
export function richWidth(m: TextMeasure, t: RichText, size: number, bold = false): number {
  return placeRuns(m, runsOf(t), size, bold).reduce((w, p) => w + p.width, 0);
}

/** First private-use code point free for stand-ins in this text (plane 15, or past anything there). */
function standInBase(runs: readonly TextRun[]): number {
  let base = 0xf0000;
  for (const r of runs)
    for (const ch of isRuby(r) ? '' : r) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= base) base = cp + 1;
    }
  return base;
}

const SPACE = /[ \u3000\n]/u;
/** A phrase also ends after these (a sentence or clause): a line may break there. */
const PHRASE_END = /[。、！？]/u;

/** Runs split into phrases (between spaces, line breaks and the end of a clause) and the spaces between them. */
function phrasesOf(runs: readonly TextRun[]): { runs: TextRun[]; space: boolean }[] {
  const out: { runs: TextRun[]; space: boolean }[] = [];
  let open = false;
  const add = (r: TextRun, space: boolean): void => {
    const last = out[out.length - 1];
    if (last && last.space === space && (space || open)) {
      const tail = last.runs[last.runs.length - 1];
      if (typeof r === 'string' && typeof tail === 'string') last.runs[last.runs.length - 1] = tail + r;
      else last.runs.push(r);
    } else out.push({ runs: [r], space });
    open = !space;
  };
  for (const r of runs) {
    if (isRuby(r)) {
      add(r, false);
      continue;
    }
    for (const ch of r) {
      add(ch, SPACE.test(ch));
      if (PHRASE_END.test(ch)) open = false;
    }
  }
  return out;
}

/**
 * Breaks rich text into lines no wider than `maxWidth` mm; a ruby group is never split. With
 * `keepPhrases` (text written with spaces between phrases, 分かち書き, as in やさしい日本語) a
 * line breaks only at a space or after 。、！？, unless a phrase is wider than the line.
 */
export function wrapRich(m: TextMeasure, t: RichText, maxWidth: number, size: number, bold = false, keepPhrases = false): RichLine[] {
  if (typeof t === 'string' && !keepPhrases)
    return m.wrap(t, maxWidth, size, bold).map((line) => ({ runs: line ? [line] : [], ruby: false }));
  const runs = runsOf(t);
  // Each ruby group, and with keepPhrases each phrase that fits on a line, stands in as one
  // private-use character as wide as what it stands for.
  const base = standInBase(runs);
  const pieces: (readonly TextRun[])[] = [];
  const widths = new Map<number, number>();
  let text = '';
  const standIn = (rs: readonly TextRun[], width: number): void => {
    widths.set(base + pieces.length, width);
    text += String.fromCodePoint(base + pieces.length);
    pieces.push(rs);
  };
  // Measured without overhang: where its line breaks is not known yet (drawn, it may be narrower).
  const loose = (rs: readonly TextRun[]): void => {
    for (const p of placeRuns(m, rs, size, bold, false)) {
      if (isRuby(p.run)) standIn([p.run], p.width);
      else text += p.run;
    }
  };
  if (keepPhrases) {
    for (const phrase of phrasesOf(runs)) {
      const width = richWidth(m, phrase.runs, size, bold);
      if (phrase.space || width > maxWidth) loose(phrase.runs);
      else standIn(phrase.runs, width);
    }
  } else loose(runs);
  return m.wrap(text, maxWidth, size, bold, widths).map((line) => {
    const out: TextRun[] = [];
    let plain = '';
    const push = (r: TextRun): void => {
      if (isRuby(r)) {
        if (plain) out.push(plain);
        plain = '';
        out.push(r);
      } else plain += r;
    };
    for (const ch of line) {
      const piece = pieces[(ch.codePointAt(0) ?? 0) - base];
      if (piece) piece.forEach(push);
      else plain += ch;
    }
    if (plain) out.push(plain);
    return { runs: out, ruby: out.some(isRuby) };
  });
}

/** Height in mm of one line box: the leading, plus the rise where the line has ruby. */
export function lineBox(line: RichLine, lh: number, size: number): number {
  return lh + (line.ruby ? rubyRise(size) : 0);
}

export function linesHeight(lines: readonly RichLine[], lh: number, size: number): number {
  return lines.reduce((h, l) => h + lineBox(l, lh, size), 0);
}

export interface RichStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly gray?: number;
}

/**
 * Draws one line whose line box starts at `top` (`lh` high, plus the rise on a ruby line). Plain
 * runs are one text op each; a group is its base, centred in the group's width, and its reading,
 * centred above. The base carries the readable form as its ActualText and the reading none, so
 * text extraction (pdftotext, copy, screen readers) gets 「漢字（かんじ）」 once, in reading order.
 */
export function drawRichLine(m: TextMeasure, line: RichLine, x: number, top: number, lh: number, style: RichStyle): DrawOp[] {
  const { size, bold } = style;
  const tint = style.gray ? { gray: style.gray } : {};
  const baseline = textBaseline(top + (line.ruby ? rubyRise(size) : 0), lh, size);
  // The reading sits just above the ideographic em box (0.88 em above the baseline).
  const rubyBaseline = baseline - size * PT_TO_MM * 0.95 - rubyRise(size) * 0.12;
  const ops: DrawOp[] = [];
  let at = x;
  for (const p of placeRuns(m, line.runs, size, bold)) {
    const r = p.run;
    if (!isRuby(r)) {
      if (r) ops.push({ op: 'text', x: at, y: baseline, size, bold, text: r, ...tint });
    } else {
      ops.push(
        { op: 'text', x: at + p.baseAt, y: baseline, size, bold, text: r.base, actualText: `${r.base}（${r.ruby}）`, ...tint },
        { op: 'text', x: at + p.rubyAt, y: rubyBaseline, size: size * RUBY_SCALE, bold: false, text: r.ruby, actualText: '', ...tint },
      );
    }
    at += p.width;
  }
  return ops;
}

/** Draws lines one under the other from `top`; each ruby line is taller by the rise. */
export function drawRichLines(m: TextMeasure, lines: readonly RichLine[], x: number, top: number, lh: number, style: RichStyle): DrawOp[] {
  const ops: DrawOp[] = [];
  let y = top;
  for (const line of lines) {
    ops.push(...drawRichLine(m, line, x, y, lh, style));
    y += lineBox(line, lh, style.size);
  }
  return ops;
}
