// Dropping staged rows needs no backup format: the app does it at every start (a restore or an
// import cut short), so it lives apart from the reader and its age dependency.
import type { VaultDatabase } from '../db/database';

export async function dropStaging(db: VaultDatabase, batch?: string): Promise<void> {
  if (batch === undefined) await db.staging.clear();
  else await db.staging.where('batch').equals(batch).delete();
}
