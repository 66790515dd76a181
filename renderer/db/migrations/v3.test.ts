import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_V3 } from './v3';
import { VaultDatabase, recordAad } from '../database';
import { createVault } from '../../vault/keystore';
import { encryptJson } from '../../vault/crypto';
import { VaultSession } from '../../vault/session';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema v3', () => {
  it('is frozen', () => {
    expect(SCHEMA_V3).toEqual({
      ...SCHEMA_V2,
      contacts: 'id, date, personId, [recordedBy+date], deletedAt',
      meetings: 'id, date, [type+districtId+date], *personIds, deletedAt',
      actions: 'id, sourceId, status, due, districtId, personId, deletedAt',
      directory: 'id, deletedAt',
      referrals: 'id, personId, status, districtId, deletedAt',
    });
  });

  it('upgrades a v2 vault: an ending note sealed under v2 still opens, the new tables are usable', async () => {
    const name = `fixture-v2-to-v3-${Math.random()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const { keys } = await createVault(v2 as unknown as VaultDatabase, 'a long passphrase here', 0);
    const content = { templateId: 'standard-ja', templateVersion: 1, answers: { name: '𠮷田 ハル' } };
    const enc = { ...(await encryptJson(keys.data, recordAad('endingNotes', 'n1', 2), content)), sv: 2 };
    await v2.table('endingNotes').put({ id: 'n1', personId: 'p1', createdAt: 1, updatedAt: 1, deletedAt: 0, enc });
    v2.close();

    // Frozen: versions 2 and 3 exactly as shipped, not today's database class.
    const db = new Dexie(name);
    db.version(2).stores(SCHEMA_V2);
    db.version(3).stores(SCHEMA_V3);
    await db.open();
    expect(db.verno).toBe(3);
    const session = await VaultSession.open(db as unknown as VaultDatabase, 'main', keys, { id: 'u', role: 'commissioner', name: 'u' });
    const note = await db.table('endingNotes').get('n1');
    expect(note && (await session.open('endingNotes', 'n1', note.enc))).toEqual(content);
    await db.table('meetings').put({
      id: 'm1',
      date: '2026-11-01',
      type: 'case',
      districtId: 'd01',
      personIds: ['p1', 'p2'],
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      enc,
    });
    expect(await db.table('meetings').where('personIds').equals('p2').count()).toBe(1);
    expect(
      await db
        .table('meetings')
        .where('[type+districtId+date]')
        .between(['case', 'd01', Dexie.minKey], ['case', 'd01', '2026-11-30'])
        .count(),
    ).toBe(1);
    db.close();
  });
});
