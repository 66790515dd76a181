// Rows → a CSV file that Excel on Japanese Windows opens as it was written: RFC 4180 quoting,
// CRLF after every row, UTF-8 with a byte-order mark (without one Excel reads UTF-8 as CP932 and
// shows mojibake) or, on request, Shift_JIS (CP932) for older Excel and for other software that
// only reads Shift_JIS.
//
// A small writer of our own rather than csv-stringify: the quoting is four characters, every
// cell passes our own steps anyway (the formula guard, the Shift_JIS check with row and column),
// and csv-stringify's browser build bundles a Node Buffer and stream polyfill for it.
import { encodeShiftJis, fitsShiftJis } from './shiftJis';
import { utf8Bytes } from './textCodec';

export type CsvCell = string | number;
export type CsvRows = readonly (readonly CsvCell[])[];
export type CsvEncoding = 'utf-8' | 'shift_jis';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * CSV injection: Excel (and LibreOffice, Google Sheets) runs a cell that starts with = + - @ as a
 * formula, even from a CSV (=HYPERLINK to a phishing page, DDE =cmd|'…'!A0 to start a program),
 * and a leading TAB or CR is dropped before that decision. Leading spaces are skipped too, and
 * Japanese input easily gives the full-width ＝＋－＠, which spreadsheet software may normalise;
 * so the test is on the first non-blank character after compatibility normalisation (NFKC:
 * ＝ ﹦ ⁼ → =, ＋ ﹢ ⁺ → +, － ﹣ → -, ＠ ﹫ → @), and U+2212 − and what normalises to it. Such a cell
 * gets a leading apostrophe, which makes it text; nothing is removed.
 */
export function neutraliseFormula(cell: string): string {
  return guarded(cell) ? `'${cell}` : cell;
}

/**
 * The guard undone for a cell read back from a CSV: an apostrophe before what would start a
 * formula is the guard's (ours, or another program's), so a roster exported and imported again
 * keeps =, + and - where the record had them. A cell that itself starts with an apostrophe and
 * then =, as typed, was guarded once more on the way out, so it comes back as typed too.
 */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && guarded(cell.slice(1)) ? cell.slice(1) : cell;
}

function guarded(cell: string): boolean {
  let i = 0;
  while (cell[i] === "'") i++;
  return startsLikeFormula(cell.slice(i));
}

function startsLikeFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const first = /^\s*(\S)/u.exec(cell)?.[1];
  if (first === undefined) return false;
  const folded = first.normalize('NFKC');
  return /^[=+\-@\u2212]/.test(folded) || /^[=+\-@\u2212]/.test(first);
}

function field(cell: CsvCell): string {
  // Numbers are ours (counts), never typed text: -1 stays a number.
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text (no byte-order mark): every row ends with CRLF, line breaks inside cells stay. */
export function csvText(rows: CsvRows): string {
  let out = '';
  for (const row of rows) out += row.map(field).join(',') + CRLF;
  return out;
}

/** A character Shift_JIS cannot hold, where it is: row and column count from 1, the header is row 1. */
export interface Unfit {
  /** One user-perceived character (a grapheme: an emoji with its modifiers, a kanji with its variation selector). */
  readonly text: string;
  /** 'U+20BB7' (several for a grapheme of several code points): invisible ones can still be named. */
  readonly codePoints: string;
  readonly row: number;
  readonly column: number;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const ASCII = /^[\x20-\x7e\t\r\n]*$/;
const codePointsOf = (s: string) => [...s].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
const cellFits = (s: string) => ASCII.test(s) || [...s].every(fitsShiftJis);

/** Every character of the rows that Shift_JIS cannot hold exactly, in reading order. */
export function shiftJisUnfit(rows: CsvRows): Unfit[] {
  const out: Unfit[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell !== 'string' || cellFits(cell)) return;
      for (const { segment } of graphemes.segment(cell)) {
        if (!cellFits(segment)) out.push({ text: segment, codePoints: codePointsOf(segment), row: r + 1, column: c + 1 });
      }
    }),
  );
  return out;
}

/** Each character Shift_JIS cannot hold becomes '?' (only after the person chose so). */
function replaceUnfit(rows: CsvRows): CsvRows {
  return rows.map((row) =>
    row.map((cell) => {
      if (typeof cell !== 'string' || cellFits(cell)) return cell;
      let out = '';
      for (const { segment } of graphemes.segment(cell)) out += cellFits(segment) ? segment : '?';
      return out;
    }),
  );
}

export type EncodedCsv = { ok: true; bytes: Uint8Array; replaced: readonly Unfit[] } | { ok: false; unfit: readonly Unfit[] };

/**
 * The file's bytes. UTF-8 always succeeds. Shift_JIS refuses (`ok: false`, with the list) while
 * any character cannot be held, unless `replaceUnfit` says the person has seen that list and
 * chose to go on: then those characters become '?' and `replaced` lists them.
 */
export function encodeCsv(rows: CsvRows, encoding: CsvEncoding, opts: { replaceUnfit?: boolean } = {}): EncodedCsv {
  if (encoding === 'utf-8') return { ok: true, bytes: utf8Bytes(BOM + csvText(rows)), replaced: [] };
  const unfit = shiftJisUnfit(rows);
  if (unfit.length > 0 && !opts.replaceUnfit) return { ok: false, unfit };
  return { ok: true, bytes: encodeShiftJis(csvText(unfit.length > 0 ? replaceUnfit(rows) : rows)), replaced: unfit };
}
