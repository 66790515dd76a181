// Checking a file without importing it (`npm run backup -- verify FILE`, and the app before a
// restore): the age header and its KDF bounds without any key, then with a key every chunk,
// every row's shape and the manifest's counts and hashes. Nothing is written anywhere.
import { readHandoverPackage } from '../../shared/backup/handover';
import {
  BackupError,
  decryptStream,
  inspectHeader,
  readPlaintext,
  type HeaderInfo,
  type Key,
  type Manifest,
  type BackupHeader,
} from '../../shared/backup';
import { SCHEMA_VERSION } from '../db/database';
import { BACKUP_TABLE_SET, backupRowKey } from './rows';

export interface Verified {
  info: HeaderInfo;
  header: BackupHeader;
  manifest: Manifest;
  rows: Record<string, number>;
}

/** The age header alone: how the file is locked and whether its KDF is within bounds. */
export function verifyHeader(prefix: Uint8Array): HeaderInfo {
  return inspectHeader(prefix);
}

/** A backup or a hand-over package, read to the end (`open` is called again for a package). */
export async function verifyFile(open: () => ReadableStream<Uint8Array>, size: number, key: Key): Promise<Verified> {
  try {
    return await verifyBackup(open(), size, key);
  } catch (e) {
    if (!(e instanceof BackupError && e.problem === 'wrongKind' && e.detail.kind === 'handover')) throw e;
  }
  const rows: Record<string, number> = {};
  const { info, header, manifest } = await readHandoverPackage(open(), size, key, async (table, batch) => {
    rows[table] = (rows[table] ?? 0) + batch.length;
  });
  return { info, header, manifest, rows };
}

export async function verifyBackup(file: ReadableStream<Uint8Array>, size: number, key: Key): Promise<Verified> {
  const { info, plain } = await decryptStream(file, size, key);
  const rows: Record<string, number> = {};
  const { header, manifest } = await readPlaintext(
    plain,
    { kind: 'backup', maxSchema: SCHEMA_VERSION, tables: BACKUP_TABLE_SET, keyOf: backupRowKey },
    {
      rows: async (table, batch) => {
        rows[table] = (rows[table] ?? 0) + batch.length;
      },
    },
  );
  return { info, header, manifest, rows };
}
