// CSV text as Excel reads it: RFC 4180 quoting, CRLF after every row, and the formula guard. No
// encoding here (writer.ts turns the text into UTF-8 or Shift_JIS bytes), so the screens that
// only build rows do not load the Shift_JIS tables.

export type CsvCell = string | number;
export type CsvRows = readonly (readonly CsvCell[])[];
export type CsvEncoding = 'utf-8' | 'shift_jis';

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
