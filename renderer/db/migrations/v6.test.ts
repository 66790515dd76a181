import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V5 } from './v5';
import { SCHEMA_V6 } from './v6';
import { VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v6', () => {
  it('is frozen', () => {
    expect(SCHEMA_V6).toEqual({
      ...SCHEMA_V5,
      contacts: 'id, date, personId, [recordedBy+date], deletedAt, [deletedAt+personId+date], [deletedAt+date]',
      endingNotes: 'id, personId, updatedAt, deletedAt, [deletedAt+createdAt]',
      contactLast: 'personId',
    });
  });

  it('upgrades a v5 vault without touching its rows and marks the tables whose clear columns the first unlock fills in', async () => {
    const name = `fixture-v5-to-v6-${Math.random()}`;
    names.push(name);
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    const enc = { v: 1, sv: 5, iv: new Uint8Array(12), ct: new Uint8Array(20) };
    const row = { id: 'c1', rev: 1, date: '2026-04-01', personId: 'p1', recordedBy: 'u1', createdAt: 1, updatedAt: 1, deletedAt: 0, enc };
    const trashed = { ...row, id: 'c2', date: '2026-05-01', deletedAt: 5 };
    await v5.table('contacts').bulkPut([row, trashed]);
    v5.close();
    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.contacts.get('c1')).toEqual(row);
    expect(await db.vaultMeta.get('clearRefresh')).toEqual({
      id: 'clearRefresh',
      tables: ['contacts', 'meetings', 'actions', 'referrals', 'endingNotes'],
    });
    // The new indexes hold the old rows: the live one under deletedAt 0.
    const live = await db.contacts.where('[deletedAt+personId+date]').between([0, ''], [0, '\uffff']).primaryKeys();
    expect(live).toEqual(['c1']);
    // The trashed entry is later but does not count.
    expect(await db.contactLast.toArray()).toEqual([{ personId: 'p1', date: '2026-04-01' }]);
    db.close();
  });

  it('leaves a new vault without the marker', async () => {
    const name = `fixture-v6-new-${Math.random()}`;
    names.push(name);
    const db = new VaultDatabase(name);
    await db.open();
    expect(await db.vaultMeta.get('clearRefresh')).toBeUndefined();
    db.close();
  });
});
