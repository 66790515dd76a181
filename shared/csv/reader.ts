// A CSV file's bytes → rows of strings, or an AppError with a Csv… code that says what is wrong
// with the file. Nothing else is ever thrown for any input (a property test feeds it arbitrary
// bytes), and nothing is returned until the whole file has been read.
//
// Encoding: a UTF-8 byte-order mark means UTF-8; otherwise the bytes are tried as UTF-8 (what
// Excel's 「CSV UTF-8」 writes, and what real Shift_JIS text practically never is) and then as
// Shift_JIS (Excel's plain 「CSV」 on Japanese Windows; the WHATWG decoder is CP932's table). Both
// decoders are fatal: a byte sequence the encoding does not define is an error, never U+FFFD.
// The bytes are decoded in one piece before parsing: decoding chunk by chunk is where readers
// corrupt Shift_JIS (papaparse decodes each chunk on its own, splitting double-byte characters),
// and the file is in memory anyway, capped at maxBytes.
//
// Parsing: csv-parse, fed as a stream in chunks of text (it keeps a CRLF or a quoted cell split
// across chunks whole), so the row, column and cell limits stop a hostile file early.
// Records are arrays, never objects keyed by the header: a header named __proto__ is only text.
import { CsvError, parse } from 'csv-parse/browser/esm';
import { AppError, type ErrorCode } from '../errors/codes';
import { strictDecoder } from './textCodec';
import { CSV_LIMITS, type CsvLimits } from './limits';

export { CSV_LIMITS, type CsvLimits } from './limits';

export type CsvFileEncoding = 'utf-8' | 'shift_jis';

export interface CsvTable {
  readonly encoding: CsvFileEncoding;
  /** Every record as read, the header first; a blank line is a row of one empty cell. */
  readonly rows: readonly (readonly string[])[];
  /**
   * Set when the same bytes also read without error as this other encoding, as different text:
   * the choice was a judgement (short Shift_JIS text can be valid UTF-8 too; 霓　 is E9 81 81 40,
   * UTF-8 轁@), so the screen offers to read the file again that way.
   */
  readonly alternative?: CsvFileEncoding;
}

const fail = (code: ErrorCode, detail?: Record<string, unknown>) => new AppError(code, detail);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Files people pick by mistake, recognised by their first bytes. */
function notCsv(bytes: Uint8Array): ErrorCode | null {
  // .xlsx/.ods are ZIP archives, .xls an OLE compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return 'CsvWorkbook';
  // UTF-16 and UTF-32 (Excel's 「Unicode テキスト」 is UTF-16LE with a BOM).
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return 'CsvEncodingUnsupported';
  const magic = [
    [0x25, 0x50, 0x44, 0x46], // %PDF
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  ];
  return magic.some((m) => startsWith(bytes, m)) ? 'CsvNotCsv' : null;
}

function tryDecode(bytes: Uint8Array, label: CsvFileEncoding): string | null {
  try {
    return strictDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/** How many bytes at the end start a UTF-8 character that the file does not finish (0 if none). */
function utf8CutTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needs = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    return needs > back ? back : 0;
  }
  return 0;
}

const isHighSurrogate = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isShiftJisLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);

/**
 * ASCII, Japanese punctuation, kana, CJK ideographs and full-width forms: what a roster is made of.
 * CJK Extension A (U+3400–U+4DBF) is left out: no Shift_JIS file holds it, and Shift_JIS bytes
 * often read as valid UTF-8 in it (羯　 is E3 B9 81 40, which UTF-8 reads as 㹁@).
 */
const JAPANESE = /[\t\n\r\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/u;

function japaneseShare(text: string): number {
  let n = 0;
  let all = 0;
  for (const c of text) {
    all++;
    if (JAPANESE.test(c)) n++;
  }
  return all === 0 ? 0 : n / all;
}

interface Decoded {
  readonly text: string;
  readonly encoding: CsvFileEncoding;
  readonly alternative?: CsvFileEncoding;
}

function decode(bytes: Uint8Array, forced?: CsvFileEncoding): Decoded {
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (forced !== undefined) {
    // Read as the person asked: a byte sequence that encoding does not define is still an error.
    const text = tryDecode(bytes, forced);
    if (text === null) throw fail('CsvNotText', { encoding: forced });
    const otherEncoding = forced === 'utf-8' ? 'shift_jis' : 'utf-8';
    const other = hasBom ? null : tryDecode(bytes, otherEncoding);
    return other !== null && other !== text ? { text, encoding: forced, alternative: otherEncoding } : { text, encoding: forced };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    // A short Shift_JIS file can happen to be valid UTF-8 too (皀　 is E1 9F 81 40): then the
    // reading that looks like Japanese wins, and UTF-8 on a tie. Either way the other reading is
    // named, so the person can pick it when the preview looks garbled.
    const sjis = hasBom ? null : tryDecode(bytes, 'shift_jis');
    const other = sjis !== null && sjis !== utf8;
    if (other && japaneseShare(sjis) > japaneseShare(utf8)) return { text: sjis, encoding: 'shift_jis', alternative: 'utf-8' };
    return other ? { text: utf8, encoding: 'utf-8', alternative: 'shift_jis' } : { text: utf8, encoding: 'utf-8' };
  }
  // Checked before Shift_JIS: UTF-8 Japanese cut short often still "decodes" as Shift_JIS garbage.
  const cut = utf8CutTail(bytes);
  if (cut > 0 && tryDecode(bytes.subarray(0, bytes.length - cut), 'utf-8') !== null) throw fail('CsvTruncated', { encoding: 'utf-8' });
  if (hasBom) throw fail('CsvNotText', { encoding: 'utf-8' });
  const sjis = tryDecode(bytes, 'shift_jis');
  if (sjis !== null) return { text: sjis, encoding: 'shift_jis' };
  const last = bytes[bytes.length - 1] ?? 0;
  if (isShiftJisLead(last) && tryDecode(bytes.subarray(0, bytes.length - 1), 'shift_jis') !== null)
    throw fail('CsvTruncated', { encoding: 'shift_jis' });
  throw fail('CsvNotText');
}

/** C0 controls other than TAB, LF, CR, and DEL: a text file (a CSV) has none of them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** A web page, an XML spreadsheet (Excel's 「XML スプレッドシート 2003」) or JSON saved as .csv. */
const MARKUP = /^\s*(?:<(?:!doctype|html|\?xml|table|head|body)\b|\{\s*"|\[\s*[{[])/i;

/** Where csv-parse stopped, as the record number a spreadsheet shows (1 = the header). */
const recordOf = (e: CsvError, fallback: number) => (typeof e.records === 'number' ? e.records + 1 : fallback);

/** A csv-parse failure as our code; anything else is a bug here or in csv-parse, kept as itself. */
function parseError(e: unknown, records: number): unknown {
  if (e instanceof CsvError) {
    const row = recordOf(e, records + 1);
    if (/QUOTE/.test(e.code)) return fail('CsvQuotes', { row, csv: e.code });
    return fail('CsvMalformed', { row, csv: e.code });
  }
  return e;
}

/**
 * Reads a whole CSV file. `chunkChars` is how much text is handed to the parser at a time (tests
 * vary it to put characters, quotes and line ends across chunk boundaries).
 */
export async function readCsv(
  bytes: Uint8Array,
  opts: { limits?: Partial<CsvLimits>; chunkChars?: number; encoding?: CsvFileEncoding } = {},
): Promise<CsvTable> {
  const limits = { ...CSV_LIMITS, ...opts.limits };
  if (bytes.length > limits.maxBytes) throw fail('CsvTooLarge', { max: Math.floor(limits.maxBytes / (1024 * 1024)) });
  const kind = notCsv(bytes);
  if (kind) throw fail(kind);
  const { text, encoding, alternative } = decode(bytes, opts.encoding);
  if (text.trim() === '') throw fail('CsvEmpty');
  if (CONTROL.test(text)) throw fail('CsvNotText', { encoding });
  if (MARKUP.test(text)) throw fail('CsvNotCsv');

  const rows: string[][] = [];
  const parser = parse({
    bom: false,
    encoding: 'utf8',
    delimiter: ',',
    quote: '"',
    escape: '"',
    // CRLF first, so that Windows line ends are one break; a file mixing LF and CR (a cell
    // pasted from a Mac) still reads.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    columns: false,
  });
  let failure: unknown = null;
  let settle = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  // The bundled stream has no destroy(): a refused file stops being fed and is left to the
  // garbage collector, its rows so far with it.
  const stop = (e: unknown) => {
    failure ??= e;
    settle();
  };
  parser.on('readable', () => {
    let record: string[] | null;
    while (failure === null && (record = parser.read()) !== null) {
      const row = rows.length + 1;
      if (row > limits.maxRows) return stop(fail('CsvTooManyRows', { max: limits.maxRows }));
      if (record.length > limits.maxColumns) return stop(fail('CsvTooManyColumns', { row, max: limits.maxColumns }));
      const long = record.findIndex((cell) => cell.length > limits.maxCellChars);
      if (long >= 0) return stop(fail('CsvCellTooLong', { row, column: long + 1, max: limits.maxCellChars }));
      rows.push(record);
    }
  });
  parser.on('error', (e) => stop(parseError(e, rows.length)));
  parser.on('end', () => settle());

  const size = Math.max(2, opts.chunkChars ?? 64 * 1024);
  for (let at = 0; at < text.length && failure === null;) {
    let end = Math.min(text.length, at + size);
    // Never between the two halves of a surrogate pair (𠮷): each chunk is encoded on its own.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const more = parser.write(text.slice(at, end));
    at = end;
    if (!more) await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), finished]);
  }
  if (failure === null) parser.end();
  await finished;
  if (failure !== null) throw failure;
  return alternative === undefined ? { encoding, rows } : { encoding, rows, alternative };
}
