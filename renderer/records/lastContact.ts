// Each person's last live contact-log date, kept in its own small table (contactLast: personId →
// date, both already clear columns of contacts) in the transaction of every contact write. The
// reach view and the person list read 10,000 of these in a few milliseconds; finding them from
// the contacts index instead walks a key cursor over every entry (50,000: about 0.7 s).
import type { ContactRow, VaultDatabase } from '../db/database';
import { lastContactFromKeys } from '../../shared/reach/reach';

export const LAST_CONTACT_INDEX = '[deletedAt+personId+date]';

/** The newest live entry of one person, from the index (one short cursor). */
async function lastOf(db: VaultDatabase, personId: string): Promise<string | undefined> {
  const row = await db.contacts.where(LAST_CONTACT_INDEX).between([0, personId, ''], [0, personId, '\uffff'], true, true).last();
  return row?.date;
}

/**
 * Brings contactLast up to date inside the caller's transaction (over contacts and contactLast):
 * `added` are new live-or-trashed rows just written; `changed` are persons whose entries were
 * edited, trashed, restored, detached or deleted (their last date may have gone back).
 */
export async function updateLastContacts(db: VaultDatabase, added: readonly ContactRow[], changed: Iterable<string>): Promise<void> {
  const recompute = new Set([...changed].filter((p) => p !== ''));
  const newest = new Map<string, string>();
  for (const r of added) {
    if (r.deletedAt !== 0 || r.personId === '' || recompute.has(r.personId)) continue;
    const d = newest.get(r.personId);
    if (d === undefined || r.date > d) newest.set(r.personId, r.date);
  }
  if (newest.size > 0) {
    const ids = [...newest.keys()];
    const existing = await db.contactLast.bulkGet(ids);
    const puts = ids.flatMap((personId, i) => {
      const date = newest.get(personId) ?? '';
      const before = existing[i]?.date;
      return before !== undefined && before >= date ? [] : [{ personId, date }];
    });
    if (puts.length > 0) await db.contactLast.bulkPut(puts);
  }
  for (const personId of recompute) {
    const date = await lastOf(db, personId);
    if (date === undefined) await db.contactLast.delete(personId);
    else await db.contactLast.put({ personId, date });
  }
}

/** Rebuilds the whole table from the contacts index (after a restore; in the caller's transaction). */
export async function rebuildLastContacts(db: VaultDatabase): Promise<void> {
  // [0] sorts before every [0, personId, date] and [0, []] after them (arrays sort above strings).
  const keys = await db.contacts.where(LAST_CONTACT_INDEX).between([0], [0, []]).keys();
  const newest = lastContactFromKeys(keys as unknown as (readonly unknown[])[]);
  await db.contactLast.clear();
  await db.contactLast.bulkPut([...newest].map(([personId, date]) => ({ personId, date })));
}

/** Every person's last live contact date. */
export async function readLastContacts(db: VaultDatabase): Promise<Map<string, string>> {
  return new Map((await db.contactLast.toArray()).map((r) => [r.personId, r.date]));
}
