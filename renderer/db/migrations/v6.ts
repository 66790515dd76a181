// Schema version 6: the query columns issue 12's reach view and dashboard need, so they count
// without decrypting — contacts' district at the time and every record's pillar-2 goals
// (goals, districtId, doneDate: see records/tables.ts) — and two contact indexes: a person's
// last live contact, and live contacts by date. The new columns come from the sealed content,
// which only an unlocked vault can read: this upgrade leaves a marker, and the first unlock
// fills them in (records/clearColumns.ts). Frozen once shipped.
import type { Transaction } from 'dexie';
import { SCHEMA_V5 } from './v5';

export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  contacts: 'id, date, personId, [recordedBy+date], deletedAt, [deletedAt+personId+date], [deletedAt+date]',
} as const;

/** The tables whose rows gained clear columns in schema 6. */
export const CLEAR_REFRESH_TABLES_V6 = ['contacts', 'meetings', 'actions', 'referrals', 'endingNotes'] as const;

export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx.table('vaultMeta').put({ id: 'clearRefresh', tables: [...CLEAR_REFRESH_TABLES_V6] });
}
