// Rows → a CSV file that Excel on Japanese Windows opens as it was written: RFC 4180 quoting,
// CRLF after every row, UTF-8 with a byte-order mark (without one Excel reads UTF-8 as CP932 and
// shows mojibake) or, on request, Shift_JIS (CP932) for older Excel and for other software that
// only reads Shift_JIS.
//
// A small writer of our own rather than csv-stringify: the quoting is four characters, every
// cell passes our own steps anyway (the formula guard, the Shift_JIS check with row and column),
// and csv-stringify's browser build bundles a Node Buffer and stream polyfill for it.
import { csvText, type CsvEncoding, type CsvRows } from './format';
import { encodeShiftJis, fitsShiftJis } from './shiftJis';
import { utf8Bytes } from './textCodec';

export { csvText, neutraliseFormula, restoreNeutralised, type CsvCell, type CsvEncoding, type CsvRows } from './format';

const BOM = '\uFEFF';

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
