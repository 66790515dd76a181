import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V4 } from './v4';
import { SCHEMA_V5 } from './v5';
import { VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v5', () => {
  it('is frozen', () => {
    expect(SCHEMA_V5).toEqual({ ...SCHEMA_V4, staging: '[batch+n], batch' });
  });

  it('upgrades a v4 vault without touching its rows and adds an empty staging table', async () => {
    const name = `fixture-v4-to-v5-${Math.random()}`;
    names.push(name);
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const row = {
      id: 'p1',
      rev: 2,
      districtId: 'd01',
      status: '見守り中',
      createdAt: 1,
      updatedAt: 2,
      deletedAt: 0,
      enc: { v: 1, sv: 4, iv: new Uint8Array(12), ct: new Uint8Array(20) },
    };
    await v4.table('persons').put(row);
    v4.close();
    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.persons.get('p1')).toEqual(row);
    expect(await db.staging.count()).toBe(0);
    db.close();
  });
});
