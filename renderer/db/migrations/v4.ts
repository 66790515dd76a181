// Schema version 4: every record row gets a revision (`rev`), starting at 1 for what is already
// there. The indexes stay as they were. Settings and templates, which schema 3 kept in the clear,
// can only be sealed once the keys are there: that happens at the first unlock
// (records/upgrade.ts), not here. Frozen once shipped.
import type { Transaction } from 'dexie';
import { SCHEMA_V3 } from './v3';

export const SCHEMA_V4 = { ...SCHEMA_V3 } as const;

/** The tables whose rows are sealed records with a revision. */
export const REVISIONED_TABLES_V4 = ['persons', 'endingNotes', 'contacts', 'meetings', 'actions', 'directory', 'referrals'] as const;

export async function upgradeToV4(tx: Transaction): Promise<void> {
  for (const name of REVISIONED_TABLES_V4) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: { rev?: number }) => {
        if (typeof row.rev !== 'number') row.rev = 1;
      });
  }
}
