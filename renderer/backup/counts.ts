// The counts the device keeps outside the database (vault-state), read at every unlock and lock:
// apart from the backup writer so that reading them does not load the backup format.
import type { VaultDatabase } from '../db/database';

/** The counts kept outside the database, to notice one that was reset or rolled back. */
export async function vaultCounts(db: VaultDatabase): Promise<{ rows: number; auditCount: number }> {
  const tables = ['persons', 'endingNotes', 'contacts', 'meetings', 'actions', 'directory', 'referrals'] as const;
  const counts = await Promise.all(tables.map((t) => db.table(t).count()));
  // The entries really there, not the head's count: entries removed behind the head's back count too.
  return { rows: counts.reduce((a, b) => a + b, 0), auditCount: await db.audit.count() };
}
