import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V3 } from './v3';
import { REVISIONED_TABLES_V4, SCHEMA_V4 } from './v4';
import { VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v4', () => {
  it('is frozen', () => {
    expect(SCHEMA_V4).toEqual({ ...SCHEMA_V3 });
    expect(REVISIONED_TABLES_V4).toEqual(['persons', 'endingNotes', 'contacts', 'meetings', 'actions', 'directory', 'referrals']);
  });

  it('upgrades a v3 vault: every record row gets revision 1, nothing else changes', async () => {
    const name = `fixture-v3-to-v4-${Math.random()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const enc = { v: 1, sv: 3, iv: new Uint8Array(12), ct: new Uint8Array(20) };
    const meta = { createdAt: 1, updatedAt: 2, deletedAt: 0, enc };
    await v3.table('persons').put({ id: 'p1', districtId: 'd01', status: '見守り中', ...meta });
    await v3.table('contacts').put({ id: 'c1', date: '2026-11-01', personId: 'p1', recordedBy: 'u', ...meta });
    await v3
      .table('actions')
      .put({ id: 'a1', sourceId: 'c1', status: 'open', due: '2026-12-01', districtId: 'd01', personId: 'p1', ...meta });
    await v3.table('settings').put({ key: 'idleMinutes', value: 7 });
    v3.close();

    const db = new VaultDatabase(name);
    await db.open();
    // Opened by today's code, so it goes on to later versions too.
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.persons.get('p1')).toEqual({ id: 'p1', districtId: 'd01', status: '見守り中', ...meta, rev: 1 });
    expect((await db.contacts.get('c1'))?.rev).toBe(1);
    expect((await db.actions.get('a1'))?.rev).toBe(1);
    // Settings can only be sealed with the keys: that waits for the first unlock.
    expect(await db.settings.get('idleMinutes')).toEqual({ key: 'idleMinutes', value: 7 });
    db.close();
  });
});
