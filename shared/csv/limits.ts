// What the CSV reader accepts at most; a module of its own so a screen can ask for a file of at
// most maxBytes before the reader (csv-parse) is loaded.
export interface CsvLimits {
  readonly maxBytes: number;
  /** Records, the header included. */
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Characters (UTF-16 units) in one cell; Excel's own limit is 32,767. */
  readonly maxCellChars: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 20_001, maxColumns: 200, maxCellChars: 32_767 };
