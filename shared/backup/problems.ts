// Why a backup or hand-over file is refused. Each reason has its own sentence (renderer/i18n and
// the `npm run backup` command word them), so a person or the ward's IT can tell a wrong
// passphrase from a damaged file from a file of a newer app.
export const BACKUP_PROBLEMS = [
  /** Does not start with the age header line. */
  'notAge',
  /** An age file in the ASCII "armor" form (-----BEGIN AGE ENCRYPTED FILE-----). */
  'armored',
  /** The age header is malformed, too long, or its MAC does not match (altered header). */
  'headerDamaged',
  /** Encrypted to something this app cannot open (an SSH key, a plugin, a post-quantum key). */
  'unsupportedRecipient',
  /** The scrypt work factor is above the app's cap: it would take gigabytes to try. */
  'workFactorTooHigh',
  /** A passphrase file opened with a key, or the other way round. */
  'needsPassphrase',
  'needsIdentity',
  /** The passphrase (or the key) does not open the file, or the key stanza is damaged. */
  'wrongKey',
  /** Larger than the app reads. */
  'tooLarge',
  /** Shorter than any age file can be, or its length is impossible (cut off). */
  'truncated',
  /** An encrypted chunk failed its check before the end: bytes were changed. */
  'bodyDamaged',
  /** The last chunk failed its check: the file was cut off or its end changed. */
  'endDamaged',
  /** Decrypts, but is not a file of this app. */
  'notBackup',
  /** Made by a newer version of the app (format or database schema). */
  'newerVersion',
  /** A hand-over package where a backup was expected, or the other way round. */
  'wrongKind',
  /** A line over the length limit. */
  'lineTooLong',
  /** JSON nested deeper than any record is. */
  'tooDeep',
  /** A line that is not JSON (or not UTF-8). */
  'badJson',
  /** A `__proto__` (or `constructor`, `prototype`) key. */
  'forbiddenKey',
  /** A row of a table the app does not have. */
  'unknownTable',
  /** A row whose shape does not fit its table. */
  'badRow',
  /** The same row twice. */
  'duplicateRow',
  /** Anything after the closing manifest. */
  'afterEnd',
  /** The stream ended without the closing manifest. */
  'noEnd',
  /** The manifest's counts or hashes do not match the rows. */
  'manifestMismatch',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** What the backup reader throws: a reason and, where it helps, where (line, table, byte). */
export class BackupError extends Error {
  readonly problem: BackupProblem;
  readonly detail: Record<string, unknown>;
  constructor(problem: BackupProblem, detail: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(`backup refused: ${problem}`, options);
    this.name = 'BackupError';
    this.problem = problem;
    this.detail = detail;
  }
}

export function isBackupError(e: unknown): e is BackupError {
  return e instanceof BackupError;
}
