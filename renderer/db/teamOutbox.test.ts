// The outbox must name, after any write by any Dexie API while the vault is in a team, exactly
// the shared records the write touched; nothing while it is not in a team, nothing for what the
// team itself sent, and nothing for a transaction that rolled back.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDatabase, type ContactRow, type PersonRow, type SealedBlob } from './database';
import { markInbound, onOutboxQueued, queueAll, setTeamOutbox } from './teamOutbox';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) {
    setTeamOutbox(n, false);
    await Dexie.delete(n);
  }
});

async function freshDb(inTeam: boolean): Promise<VaultDatabase> {
  const name = `outbox-${Math.random()}`;
  names.push(name);
  setTeamOutbox(name, inTeam);
  const db = new VaultDatabase(name);
  await db.open();
  return db;
}

const enc = { v: 1, sv: 8, iv: new Uint8Array(12), ct: new Uint8Array(40) } as unknown as SealedBlob;
const person = (id: string): PersonRow => ({
  id,
  rev: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  enc,
  districtId: 'd01',
  status: '見守り中',
});
const contact = (id: string, personId = 'p1'): ContactRow => ({
  id,
  rev: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  enc,
  date: '2026-11-30',
  personId,
  recordedBy: 'u1',
  districtId: 'd01',
  goals: ['2-1'],
});
const queued = async (db: VaultDatabase) => (await db.teamOutbox.toArray()).map((r) => r.key).sort();

describe('the team outbox', () => {
  it('stays empty, and no transaction is widened, while the vault is in no team', async () => {
    const db = await freshDb(false);
    await db.persons.add(person('p1'));
    await db.contacts.bulkPut([contact('c1'), contact('c2')]);
    await db.persons.delete('p1');
    expect(await queued(db)).toEqual([]);
    // A transaction over persons alone can still touch only persons.
    await db.transaction('rw', db.persons, async () => {
      await db.persons.put(person('p2'));
    });
    expect(await queued(db)).toEqual([]);
  });

  it('names every shared record each Dexie API touches, once', async () => {
    const db = await freshDb(true);
    await db.persons.add(person('p1'));
    await db.persons.bulkAdd([person('p2'), person('p3')]);
    await db.contacts.put(contact('c1'));
    await db.contacts.bulkPut([contact('c2'), contact('c2'), contact('c3', 'p2')]);
    expect(await queued(db)).toEqual(['contacts|c1', 'contacts|c2', 'contacts|c3', 'persons|p1', 'persons|p2', 'persons|p3']);

    await db.teamOutbox.clear(); // as the sync does once the team has them
    await db.persons.update('p2', { status: '支援終了' });
    await db.contacts.where('personId').equals('p2').modify({ districtId: 'd02' });
    await db.persons.bulkDelete(['p3']);
    await db.contacts.where('id').anyOf(['c1']).delete();
    expect(await queued(db)).toEqual(['contacts|c1', 'contacts|c3', 'persons|p2', 'persons|p3']);

    await db.teamOutbox.clear();
    await db.contacts.clear(); // a restore starts so
    expect(await queued(db)).toEqual(['contacts|c2', 'contacts|c3']);
  });

  it('leaves out tables the team never gets', async () => {
    const db = await freshDb(true);
    await db.drafts.put({ key: 'contact:new', updatedAt: 1, enc } as never);
    await db.settings.put({ id: 'settings', enc } as never).catch(() => undefined);
    expect(await queued(db)).toEqual([]);
  });

  it('does not queue what the team sent, nor a transaction that rolled back', async () => {
    const db = await freshDb(true);
    await db.transaction('rw', db.persons, async (tx) => {
      markInbound(tx.idbtrans);
      await db.persons.put(person('from-team'));
    });
    expect(await db.persons.get('from-team')).toBeDefined();
    await expect(
      db.transaction('rw', db.persons, async () => {
        await db.persons.put(person('rolled-back'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.persons.get('rolled-back')).toBeUndefined();
    expect(await queued(db)).toEqual([]);
  });

  it('queues every shared record when the vault joins a team', async () => {
    const db = await freshDb(false);
    await db.persons.bulkAdd([person('p1'), person('p2')]);
    await db.contacts.add(contact('c1'));
    setTeamOutbox(db.name, true);
    const n = await db.transaction(
      'rw',
      [db.persons, db.contacts, db.meetings, db.actions, db.referrals, db.endingNotes, db.directory, db.teamOutbox],
      (tx) => queueAll(tx, 5),
    );
    expect(n).toBe(3);
    expect(await queued(db)).toEqual(['contacts|c1', 'persons|p1', 'persons|p2']);
  });
});

describe('onOutboxQueued (the sync is told to send soon)', () => {
  it('is told once a transaction that queued entries has committed, not for a rollback, nor for what the team sent', async () => {
    const db = await freshDb(true);
    let told = 0;
    let queuedWhenTold = -1;
    const off = onOutboxQueued(db.name, () => {
      told++;
      void db.teamOutbox.count().then((n) => (queuedWhenTold = n));
    });
    await db.persons.add(person('p1'));
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBeGreaterThan(0);
    expect(queuedWhenTold).toBe(1);

    told = 0;
    await db
      .transaction('rw', db.persons, async () => {
        await db.persons.add(person('p2'));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await db.transaction('rw', db.persons, async (tx) => {
      markInbound(tx.idbtrans);
      await db.persons.add(person('p3'));
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(0);

    off();
    await db.persons.add(person('p4'));
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(0);
  });
});
