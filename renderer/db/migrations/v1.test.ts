import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_VERSION, VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v1', () => {
  it('is frozen: a shipped version is never edited (add version 2 with an upgrade instead)', () => {
    expect(SCHEMA_V1).toEqual({
      vaultMeta: 'id',
      settings: 'key',
      secrets: 'key',
      persons: 'id, districtId, status, updatedAt, deletedAt',
      drafts: 'key, updatedAt',
      audit: '++seq, at, action, recordId',
    });
  });

  it('opens a database written by the v1 schema and keeps its rows', async () => {
    const name = `fixture-v1-${Math.random()}`;
    names.push(name);
    // The fixture is written by a plain Dexie with the shipped v1 schema, as an installed app would have left it.
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('settings').put({ key: 'idleMinutes', value: 7 });
    await old.table('persons').put({
      id: 'p1',
      districtId: 'd01',
      status: '見守り中',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      enc: { v: 1, sv: 1, iv: new Uint8Array(12), ct: new Uint8Array(20) },
    });
    old.close();

    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.settings.get('idleMinutes'))?.value).toBe(7);
    expect((await db.persons.where('districtId').equals('d01').first())?.id).toBe('p1');
    db.close();
  });
});
