// Errors are values with codes; renderer/i18n turns each code into one Japanese sentence.
export const ERROR_CODES = [
  'VaultLocked',
  'WrongPassphrase',
  'WrongRecoveryKey',
  'TooManyAttempts',
  'PassphraseTooShort',
  'VaultCorrupt',
  'VaultParamsOutOfBounds',
  'QuotaExceeded',
  'StorageUnavailable',
  'RecordCorrupt',
  /** A save based on a copy of a record that has been saved since (another window, a screen left open). */
  'StaleRevision',
  'NotFound',
  'ValidationFailed',
  'AuditChainBroken',
  'NotPermitted',
  'FileNotWritable',
  'FileNotReadable',
  'PrintFailed',
  /** A drawing given to the print engine as SVG that it cannot read (shared/print/svgParse.ts, svgPaint.ts). */
  'SvgInvalid',
  /** The app's own data folder (automatic backups, the device state) cannot be read or written. */
  'AppDataUnavailable',
  /** A screen's code (a chunk of the built app, loaded when the screen is first opened) did not load. */
  'PageLoadFailed',
  /** Reading a CSV file (shared/csv/reader.ts): each way a file can fail, before anything is written. */
  /** Team replication (renderer/team): each way joining, creating or syncing can fail. */
  'TeamAddressInvalid',
  'TeamServerUnreachable',
  'TeamAuthFailed',
  'TeamDatabaseMissing',
  'TeamServerRefused',
  'TeamAlreadyExists',
  'TeamNoTeamHere',
  'TeamNotMember',
  'TeamAlreadyMember',
  'TeamBadKey',
  'TeamKeyringDamaged',
  /** The demo vault (its key is published) in a team, or its key given as a member's. */
  'TeamDemoKey',
  'CsvTooLarge',
  'CsvEmpty',
  'CsvWorkbook',
  'CsvNotCsv',
  'CsvNotText',
  'CsvEncodingUnsupported',
  'CsvTruncated',
  'CsvQuotes',
  'CsvMalformed',
  'CsvTooManyRows',
  'CsvTooManyColumns',
  'CsvCellTooLong',
  'Unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, detail?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns any thrown value into an AppError; IndexedDB quota failures become QuotaExceeded. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const name = (cur as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return new AppError('QuotaExceeded', undefined, { cause: e });
    const inner = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
    cur = inner;
  }
  return new AppError('Unknown', { message: e instanceof Error ? e.message : String(e) }, { cause: e });
}
