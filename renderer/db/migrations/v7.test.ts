import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V6 } from './v6';
import { SCHEMA_V7 } from './v7';
import { VaultDatabase } from '../database';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v7', () => {
  it('is frozen', () => {
    expect(SCHEMA_V7).toEqual({ ...SCHEMA_V6, facts: 'key' });
  });

  it('builds the column mirrors of the live contacts and notes already in a v6 vault, leaving the rows as they were', async () => {
    const name = `fixture-v6-to-v7-${Math.random()}`;
    names.push(name);
    const v6 = new Dexie(name);
    v6.version(6).stores(SCHEMA_V6);
    await v6.open();
    const enc = { v: 1, sv: 6, iv: new Uint8Array(12), ct: new Uint8Array(20) };
    const meta = { rev: 1, createdAt: 1_700_000_000_000, updatedAt: 1, enc };
    const live = {
      ...meta,
      id: 'c1',
      deletedAt: 0,
      date: '2026-04-01',
      personId: 'p1',
      recordedBy: 'u1',
      districtId: 'd01',
      goals: ['2-2'],
    };
    const trashed = { ...live, id: 'c2', deletedAt: 5 };
    // A row the first unlock has not yet given schema 6's columns.
    const old = { ...meta, id: 'c3', deletedAt: 0, date: '2026-03-01', personId: 'p2', recordedBy: 'u1' };
    await v6.table('contacts').bulkPut([live, trashed, old]);
    await v6.table('endingNotes').bulkPut([
      { ...meta, id: 'n1', deletedAt: 0, personId: 'p1', goals: ['2-3'] },
      { ...meta, id: 'n2', deletedAt: 9, personId: 'p1', goals: ['2-3'] },
    ]);
    v6.close();

    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.contacts.get('c1')).toEqual(live);
    expect(await db.contacts.get('c3')).toEqual(old);
    const buckets = await db.facts.toArray();
    expect(buckets.map((b) => b.key)).toEqual(['contacts|2026-03-01', 'contacts|2026-04-01', 'endingNotes|2023-11-15|n1']);
    expect(buckets[0]).toEqual({
      key: 'contacts|2026-03-01',
      id: ['c3'],
      date: ['2026-03-01'],
      personId: ['p2'],
      districtId: [''],
      goals: [''],
    });
    expect(buckets[1]).toEqual({
      key: 'contacts|2026-04-01',
      id: ['c1'],
      date: ['2026-04-01'],
      personId: ['p1'],
      districtId: ['d01'],
      goals: ['2-2'],
    });
    expect(buckets[2]).toEqual({
      key: 'endingNotes|2023-11-15|n1',
      id: ['n1'],
      personId: ['p1'],
      goals: ['2-3'],
      createdAt: ['1700000000000'],
    });
    // The refresh of schema 6's columns, at the first unlock, updates the mirror with them.
    await db.contacts.update('c3', { districtId: 'd02', goals: ['2-1'] });
    expect(await db.facts.get('contacts|2026-03-01')).toMatchObject({ districtId: ['d02'], goals: ['2-1'] });
    db.close();
  });
});
