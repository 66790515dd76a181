// The part of csv-parse's browser build (`csv-parse/browser/esm`) that shared/csv uses. The
// package's own declarations start with `/// <reference types="node" />`, which would put all
// of Node's globals (process, Buffer, require) into the shared and renderer type programs, where
// they must not typecheck; tsconfig.base.json points the module name here instead.
export interface Options {
  bom?: boolean;
  encoding?: 'utf8';
  delimiter?: string;
  quote?: string;
  escape?: string;
  record_delimiter?: string[];
  relax_column_count?: boolean;
  relax_quotes?: boolean;
  skip_empty_lines?: boolean;
  columns?: false;
}

/** A Node-style Transform stream (bundled polyfill): bytes in, one string[] per record out. */
export interface Parser {
  /** Its polyfilled Buffer takes strings; a Uint8Array is refused. */
  write(chunk: string): boolean;
  end(): void;
  read(): string[] | null;
  readonly info: { readonly records: number; readonly lines: number };
  on(event: 'readable' | 'end' | 'drain', listener: () => void): Parser;
  on(event: 'error', listener: (error: unknown) => void): Parser;
  once(event: 'drain', listener: () => void): Parser;
}

export declare function parse(options: Options): Parser;

export declare class CsvError extends Error {
  readonly code: string;
  readonly lines?: number;
  readonly records?: number;
}
