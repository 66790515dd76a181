import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V7 } from './v7';
import { SCHEMA_V8 } from './v8';
import { VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v8', () => {
  it('is frozen', () => {
    expect(SCHEMA_V8).toEqual({ ...SCHEMA_V7, teamOutbox: 'key', teamState: 'docId' });
  });

  it('adds an empty team outbox to a v7 vault, leaving its rows as they were', async () => {
    const name = `fixture-v7-to-v8-${Math.random()}`;
    names.push(name);
    const v7 = new Dexie(name);
    v7.version(7).stores(SCHEMA_V7);
    await v7.open();
    const enc = { v: 1, sv: 7, iv: new Uint8Array(12), ct: new Uint8Array(20) };
    const row = { id: 'p1', rev: 2, createdAt: 1, updatedAt: 2, deletedAt: 0, enc, districtId: 'd01', status: '見守り中' };
    await v7.table('persons').put(row);
    v7.close();

    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await db.persons.get('p1')).toEqual(row);
    expect(await db.teamOutbox.count()).toBe(0);
    expect(await db.teamState.count()).toBe(0);
  });
});
