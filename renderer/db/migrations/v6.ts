// Schema version 6: the query columns issue 12's reach view and dashboard need, so they count
// without decrypting — contacts' district at the time and every record's pillar-2 goals
// (goals, districtId, doneDate: see records/tables.ts) — two contact indexes (a person's last
// live contact, live contacts by date), live ending notes by when they were written, and each
// person's last contact date in a table of its own (records/lastContact.ts). The new
// columns come from the sealed content, which only an unlocked vault can read: this upgrade
// leaves a marker, and the first unlock fills them in (records/clearColumns.ts). Frozen once
// shipped.
import type { Transaction } from 'dexie';
import { SCHEMA_V5 } from './v5';

export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  contacts: 'id, date, personId, [recordedBy+date], deletedAt, [deletedAt+personId+date], [deletedAt+date]',
  endingNotes: 'id, personId, updatedAt, deletedAt, [deletedAt+createdAt]',
  contactLast: 'personId',
} as const;

/** The tables whose rows gained clear columns in schema 6. */
export const CLEAR_REFRESH_TABLES_V6 = ['contacts', 'meetings', 'actions', 'referrals', 'endingNotes'] as const;

export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx.table('vaultMeta').put({ id: 'clearRefresh', tables: [...CLEAR_REFRESH_TABLES_V6] });
  // Each person's last live contact, from columns that were already clear.
  const newest = new Map<string, string>();
  await tx
    .table('contacts')
    .toCollection()
    .each((r: { personId: string; date: string; deletedAt: number }) => {
      if (r.deletedAt !== 0 || r.personId === '') return;
      const d = newest.get(r.personId);
      if (d === undefined || r.date > d) newest.set(r.personId, r.date);
    });
  await tx.table('contactLast').bulkPut([...newest].map(([personId, date]) => ({ personId, date })));
}
