// Schema version 7: the `facts` table, column mirrors of the live contacts, action items and ending
// notes (their counting columns, no ciphertext, one row per source and month) for the pillar-2
// dashboard, kept by db/mirrors.ts in every write's transaction.
// This upgrade builds them from the rows already there (the middleware leaves versionchange
// writes alone). Nothing new is in the clear: every mirrored column is already a clear column of
// its source. Frozen once shipped.
import type { Transaction } from 'dexie';
import { SCHEMA_V6 } from './v6';
import { rebuildMirrors } from '../mirrors';

export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  facts: 'key',
} as const;

export async function upgradeToV7(tx: Transaction): Promise<void> {
  await rebuildMirrors(tx);
}
