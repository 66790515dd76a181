// Reading a backup file into the staging table, then moving it into the vault in one
// transaction. age hands out plaintext before the file's last tag is checked, so nothing leaves
// staging until readBackupFile has resolved (every chunk, the manifest, every row's shape);
// killed at any moment, a restore leaves either the whole vault or none of it (leftover staging
// rows are dropped at the next start).
import { LATE_CLEAR_TABLES, markClearRefresh } from '../records/clearColumns';
import { rebuildLastContacts } from '../records/lastContact';
import { BackupError, readBackupFile, type BackupHeader, type HeaderInfo, type Key, type Manifest } from '../../shared/backup';
import { AppError } from '../../shared/errors/codes';
import { SCHEMA_VERSION, type StagingRow, type VaultDatabase } from '../db/database';
import { BACKUP_TABLE_SET, BACKUP_TABLES, backupRowKey } from './rows';
import { dropStaging } from './staging';

export { dropStaging };

export interface StagedFile {
  batch: string;
  info: HeaderInfo;
  header: BackupHeader;
  manifest: Manifest;
}

export interface FileSource {
  stream(): ReadableStream<Uint8Array>;
  size: number;
}

/** Progress in rows staged so far (the total is known only at the end: the manifest is last). */
export type Progress = (rowsStaged: number) => void;

/**
 * Stages every row of a backup file under a new batch id. On any failure the batch is dropped and
 * the BackupError (or a storage error) is rethrown: zero rows are left anywhere.
 */
export async function stageBackup(db: VaultDatabase, file: FileSource, key: Key, onProgress?: Progress): Promise<StagedFile> {
  const batch = globalThis.crypto.randomUUID();
  let n = 0;
  let count = 0;
  try {
    const { info, header, manifest } = await readBackupFile(
      file.stream(),
      file.size,
      key,
      { kind: 'backup', maxSchema: SCHEMA_VERSION, tables: BACKUP_TABLE_SET, keyOf: backupRowKey, batchRows: 500 },
      {
        rows: async (table, rows) => {
          const chunk: StagingRow = { batch, n: n++, table, rows };
          await db.staging.add(chunk);
          count += rows.length;
          onProgress?.(count);
        },
      },
    );
    return { batch, info, header, manifest };
  } catch (e) {
    await dropStaging(db, batch).catch(() => undefined);
    throw e;
  }
}

/** Staged chunks moved per read inside the commit (each holds up to 500 rows). */
const PAGE = 4;

/** Per-table counts of a staged batch, read from the manifest the reader already checked. */
export function stagedCounts(staged: StagedFile): Record<string, number> {
  return Object.fromEntries(Object.entries(staged.manifest.tables).map(([t, s]) => [t, s.count]));
}

/**
 * Moves a staged backup into an empty database as it was: one transaction over every table, so
 * the vault appears whole or not at all. Refuses when a vault is already there (that is a merge).
 */
export async function commitRestore(db: VaultDatabase, batch: string, fileSchema: number = SCHEMA_VERSION): Promise<number> {
  const tables = [...BACKUP_TABLES.map((t) => db.table(t)), db.staging, db.contactLast];
  let moved = 0;
  await db.transaction('rw', tables, async () => {
    if ((await db.vaultMeta.get('keys')) !== undefined) throw new AppError('NotPermitted', { reason: 'vault-exists' });
    // Whatever a reset or an earlier broken restore left behind goes with it.
    for (const t of BACKUP_TABLES) await db.table(t).clear();
    let last = -1;
    for (;;) {
      const page = await db.staging
        .where('[batch+n]')
        .between([batch, last + 1], [batch, Number.MAX_SAFE_INTEGER], true, true)
        .limit(PAGE)
        .toArray();
      if (page.length === 0) break;
      for (const chunk of page) {
        await db.table(chunk.table).bulkAdd(chunk.rows);
        moved += chunk.rows.length;
      }
      last = page[page.length - 1]?.n ?? last;
    }
    if ((await db.vaultMeta.get('keys')) === undefined) throw new BackupError('badRow', { reason: 'no-keys' });
    // Rows of an older schema lack the clear columns added since: the first unlock fills them in.
    if (fileSchema < 6) await markClearRefresh({ db }, LATE_CLEAR_TABLES);
    await rebuildLastContacts(db);
    await db.staging.where('batch').equals(batch).delete();
  });
  return moved;
}
