import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_VERSION, VaultDatabase, recordAad } from '../database';
import { createVault } from '../../vault/keystore';
import { encryptJson } from '../../vault/crypto';
import { VaultSession } from '../../vault/session';
import { emptyPerson } from '../../../shared/persons/person';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v2', () => {
  it('is frozen', () => {
    expect(SCHEMA_V2).toEqual({ ...SCHEMA_V1, templates: '[id+version], id', endingNotes: 'id, personId, updatedAt, deletedAt' });
  });

  it('upgrades a v1 vault: old persons (sealed under v1) still open, new tables are usable', async () => {
    const name = `fixture-v1-to-v2-${Math.random()}`;
    names.push(name);
    // A v1 vault as an installed app would have left it: keys, and a person sealed with v1 AAD.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const asVault = v1 as unknown as VaultDatabase;
    const { keys } = await createVault(asVault, 'a long passphrase here', 0);
    const content = { ...emptyPerson('d01'), name: '𠮷田 ハル' };
    const enc = { ...(await encryptJson(keys.data, recordAad('persons', 'p1', 1), content)), sv: 1 };
    await v1.table('persons').put({ id: 'p1', districtId: 'd01', status: '見守り中', createdAt: 1, updatedAt: 1, deletedAt: 0, enc });
    v1.close();

    const db = new VaultDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Opened the way every reader opens a row: with the schema version it was sealed under.
    const session = await VaultSession.open(db, 'main', keys, { id: 'u', role: 'care-plaza', name: 'u' });
    const row = await db.persons.get('p1');
    expect(row && (await session.open('persons', 'p1', row.enc))).toEqual(content);
    await db.templates.put({ id: 't', version: 1, savedAt: 1, template: {} as never });
    expect(await db.templates.where('id').equals('t').count()).toBe(1);
    db.close();
  });
});
