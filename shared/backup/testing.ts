// Test helpers: make files of every kind, good and broken, quickly (a low scrypt work factor).
import { Encrypter } from 'age-encryption';
import {
  BackupError,
  bytesStream,
  collect,
  readBackupFile,
  writeBackupFile,
  type BackupProblem,
  type Key,
  type ReadOptions,
  type RowItem,
} from './index';

/** The reason a promise was refused with (fails the test when it was not refused). */
export async function refusal(p: Promise<unknown>): Promise<BackupProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.problem;
    throw e;
  }
  throw new Error('not refused');
}

export const TEST_LOG_N = 10;
export const TABLES = new Set(['persons', 'contacts', 'audit']);

export const testOptions: ReadOptions = {
  kind: 'backup',
  maxSchema: 4,
  tables: TABLES,
  keyOf: (table, row) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return null;
    const k = table === 'audit' ? (row as { seq?: unknown }).seq : (row as { id?: unknown }).id;
    return typeof k === 'string' || typeof k === 'number' ? String(k) : null;
  },
};

export const header = { kind: 'backup' as const, app: '0.1.0-test', schema: 4, createdAt: 1_764_547_200_000, source: { vault: 'main' } };

export async function* fromArray(rows: readonly RowItem[]): AsyncGenerator<RowItem> {
  for (const r of rows) yield r;
}

export async function makeFile(rows: readonly RowItem[], passphrase = 'correct horse battery', extra = {}): Promise<Uint8Array> {
  return collect(await writeBackupFile(header, fromArray(rows), () => extra, { passphrase, logN: TEST_LOG_N }));
}

/** Encrypts any plaintext as an age passphrase file (for plaintexts our writer would never make). */
export async function ageOf(plain: Uint8Array | string, passphrase = 'correct horse battery', logN = TEST_LOG_N): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(logN);
  return e.encrypt(plain);
}

export async function readAll(bytes: Uint8Array, key: Key = { passphrase: 'correct horse battery' }, opts: ReadOptions = testOptions) {
  const got: RowItem[] = [];
  const result = await readBackupFile(bytesStream(bytes, 4096), bytes.byteLength, key, opts, {
    rows: async (table, rows) => {
      for (const row of rows) got.push({ table, row });
    },
  });
  return { ...result, rows: got };
}
