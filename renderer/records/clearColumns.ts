// Clear query columns added by a schema upgrade come from the sealed content, so only an unlocked
// vault can fill them in. Schema 6's upgrade (and a restore or merge of rows from an older schema)
// leaves a `clearRefresh` marker in vaultMeta naming the tables; this copies the columns into every
// row of those tables that lacks one, then removes the marker. Rows that cannot be opened are left
// as they are: reading them reports them as damaged, as before.
import type { ClearRefreshRow, SealedRow } from '../db/database';
import type { VaultSession } from '../vault/session';
import { openRecord } from './sealed';
import { actionsTable, contactsTable, dexieTable, endingNotesTable, meetingsTable, referralsTable, type RecordTable } from './tables';

const TABLES: Record<string, RecordTable<unknown, SealedRow>> = Object.fromEntries(
  [contactsTable, meetingsTable, actionsTable, referralsTable, endingNotesTable].map((t) => [t.name, t as RecordTable<unknown, SealedRow>]),
);

/** Every table with late clear columns: what a restore or merge from an older schema marks. */
export const LATE_CLEAR_TABLES: readonly string[] = Object.keys(TABLES);

const PAGE = 1000;

function lacksColumns(table: RecordTable<unknown, SealedRow>, row: SealedRow): boolean {
  return (table.lateClear ?? []).some((k) => (row as unknown as Record<string, unknown>)[k] === undefined);
}

/** Marks tables for a refresh at the next call (inside the caller's transaction over vaultMeta). */
export async function markClearRefresh(session: Pick<VaultSession, 'db'>, tables: readonly string[]): Promise<void> {
  const prev = (await session.db.vaultMeta.get('clearRefresh')) as ClearRefreshRow | undefined;
  const all = [...new Set([...(prev?.tables ?? []), ...tables])];
  await session.db.vaultMeta.put({ id: 'clearRefresh', tables: all });
}

/** Fills in missing clear columns of the marked tables; returns how many rows were updated. */
export async function refreshClearColumns(session: VaultSession): Promise<number> {
  const db = session.db;
  const marker = (await db.vaultMeta.get('clearRefresh')) as ClearRefreshRow | undefined;
  if (!marker) return 0;
  let updated = 0;
  for (const name of marker.tables) {
    const table = TABLES[name];
    if (!table) continue;
    const dexie = dexieTable(db, table);
    let after: string | undefined;
    for (;;) {
      const page = await (after === undefined ? dexie.orderBy(':id') : dexie.where(':id').above(after)).limit(PAGE).toArray();
      if (page.length === 0) break;
      after = page[page.length - 1]?.id;
      const lacking = page.filter((r) => lacksColumns(table, r));
      const fills: { id: string; rev: number; cols: Record<string, unknown> }[] = [];
      await Promise.all(
        lacking.map(async (row) => {
          try {
            const record = await openRecord(session, table, row);
            fills.push({ id: row.id, rev: row.rev, cols: table.clear(record) as Record<string, unknown> });
          } catch {
            // damaged: left for the screens to report
          }
        }),
      );
      if (fills.length === 0) continue;
      await db.transaction('rw', dexie, async () => {
        for (const f of fills) {
          const now = await dexie.get(f.id);
          // Saved meanwhile (by another window): that write already carries every column.
          if (now && now.rev === f.rev) await dexie.update(f.id, f.cols as never);
        }
      });
      updated += fills.length;
    }
  }
  await db.transaction('rw', db.vaultMeta, async () => {
    const now = (await db.vaultMeta.get('clearRefresh')) as ClearRefreshRow | undefined;
    // A merge that marked more tables while this ran keeps its marker for the next call.
    if (now && JSON.stringify(now.tables) === JSON.stringify(marker.tables)) await db.vaultMeta.delete('clearRefresh');
  });
  return updated;
}
