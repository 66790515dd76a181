// The contactLast table (each person's last live contact date) must always equal what the
// contacts index says, whatever path wrote the contacts: a form save, an edit that moves the date
// back or to another person, the trash and back, a bulk import, emptying the trash, purging the
// person. Random sequences of those, checked after every step against the index read directly.
import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../shared/contactLog/contact';
import { emptyPerson } from '../../shared/persons/person';
import { lastContactFromKeys } from '../../shared/reach/reach';
import { addContactsInBulk, saveContact, trashContact, type Contact } from '../features/contactLog';
import { listTrashedRecords, purgeTrashedRecords, restoreRecord } from '../features/trash';
import { PersonStore } from '../records/personStore';
import { LAST_CONTACT_INDEX, readLastContacts } from '../records/lastContact';
import type { VaultSession } from '../vault/session';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function fromIndex(s: VaultSession) {
  const keys = await s.db.contacts.where(LAST_CONTACT_INDEX).between([0], [0, []]).keys();
  return lastContactFromKeys(keys as unknown as (readonly unknown[])[]);
}

describe('each person’s last contact', () => {
  for (const seed of [1, 2, 3]) {
    it(`stays equal to the contacts index through 40 random writes (seed ${seed})`, async () => {
      const s = await openTestVault('commissioner');
      const store = new PersonStore(s);
      await store.load();
      const people = [];
      for (let i = 0; i < 4; i++) people.push(await store.create({ ...emptyPerson('d01'), name: `架空 ${i}` }, 1));
      const rnd = random(seed);
      const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
      const day = () =>
        `2026-${String(1 + Math.floor(rnd() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      let live: Contact[] = [];
      let t = 10;
      let most = 0;
      for (let step = 0; step < 40; step++) {
        t++;
        const op = rnd();
        const who = pick(people)?.id ?? '';
        if (op < 0.3 || live.length === 0) {
          live.push(await saveContact(s, emptyContact(day(), 'u1', '民生', who), 'd01', t));
        } else if (op < 0.5) {
          const c = pick(live);
          if (!c) continue;
          const moved = await saveContact(s, { ...c, date: day(), personId: rnd() < 0.3 ? who : c.personId }, 'd01', t, c);
          live = live.map((x) => (x.id === c.id ? moved : x));
        } else if (op < 0.65) {
          const c = pick(live);
          if (!c) continue;
          await trashContact(s, c, t);
          live = live.filter((x) => x.id !== c.id);
        } else if (op < 0.75) {
          const trashed = (await listTrashedRecords(s)).items.filter((r) => r.table === 'contacts');
          const r = pick(trashed);
          if (r) await restoreRecord(s, r, t);
          // Re-read what is live: restoring brings back an entry with a new revision.
          const rows = await s.db.contacts.where('deletedAt').equals(0).toArray();
          const { openRecords } = await import('../records/sealed');
          const { contactsTable } = await import('../records/tables');
          live = (await openRecords(s, contactsTable, rows)).records;
        } else if (op < 0.85) {
          await addContactsInBulk(s, [emptyContact(day(), 'u1', '民生', who), emptyContact(day(), 'u1', '民生', who)], t);
          const rows = await s.db.contacts.where('deletedAt').equals(0).toArray();
          const { openRecords } = await import('../records/sealed');
          const { contactsTable } = await import('../records/tables');
          live = (await openRecords(s, contactsTable, rows)).records;
        } else if (op < 0.92) {
          await purgeTrashedRecords(s, t);
        } else {
          // The person is trashed and purged: their entries stay, detached (personId '').
          const p = people.pop();
          if (!p) continue;
          await store.trash(p.id, t);
          await store.emptyTrash(t + 1);
          const rows = await s.db.contacts.where('deletedAt').equals(0).toArray();
          const { openRecords } = await import('../records/sealed');
          const { contactsTable } = await import('../records/tables');
          live = (await openRecords(s, contactsTable, rows)).records;
        }
        const kept = await readLastContacts(s.db);
        expect(Object.fromEntries(kept), `after step ${step}`).toEqual(Object.fromEntries(await fromIndex(s)));
        most = Math.max(most, kept.size);
      }
      // The sequence did reach several persons at once (the comparison was not of empty maps).
      expect(most).toBeGreaterThan(1);
    });
  }
});
