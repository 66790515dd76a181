import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V3 } from '../db/migrations/v3';
import { recordAad, VaultDatabase } from '../db/database';
import { createVault } from '../vault/keystore';
import { encryptJson } from '../vault/crypto';
import { VaultSession } from '../vault/session';
import { GENESIS_HASH, legacyEntryHash, verifyAuditChain } from '../audit/auditLog';
import { STANDARD_JA } from '../../shared/endingNotes/defaults';
import { emptyPerson } from '../../shared/persons/person';
import { upgradeAtUnlock } from './upgrade';
import { readSingleton } from './singletons';
import { openRecords } from './sealed';
import { personsTable } from './tables';
import { districtsForTest } from './upgrade.fixture';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('the first unlock after schema 4', () => {
  it('seals what schema 3 kept in the clear, keys the audit chain, and old records still open', async () => {
    const name = `fixture-v3-unlock-${Math.random()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const { keys } = await createVault(v3 as unknown as VaultDatabase, 'a long passphrase here', 0);
    const person = { ...emptyPerson('d01'), name: '𠮷田 ハル' };
    const enc = { ...(await encryptJson(keys.data, recordAad('persons', 'p1', 3), person)), sv: 3 };
    await v3.table('persons').put({ id: 'p1', districtId: 'd01', status: '見守り中', createdAt: 1, updatedAt: 1, deletedAt: 0, enc });
    await v3.table('settings').put({ key: 'districts', value: districtsForTest });
    await v3
      .table('templates')
      .put({ id: STANDARD_JA.id, version: 2, savedAt: 1, template: { ...STANDARD_JA, version: 2, name: '秘密のテンプレート名' } });
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 2; seq++) {
      const body = { seq, at: seq, actorId: 'u1', actorRole: 'care-plaza', action: 'person.create', table: 'persons', recordId: `p${seq}` };
      const hash = legacyEntryHash(prev, body);
      await v3.table('audit').add({ ...body, prevHash: prev, hash });
      prev = hash;
    }
    v3.close();

    const db = new VaultDatabase(name);
    await db.open();
    const session = await VaultSession.open(db, 'main', keys, { id: 'u1', role: 'care-plaza', name: '試験' });
    expect(await upgradeAtUnlock(session, 100)).toEqual({ sealed: 2, chainKeyed: true });

    const settingsRow = await db.settings.get('districts');
    expect(settingsRow && 'value' in settingsRow).toBe(false);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('秘密');
    expect(JSON.stringify((await db.templates.toArray()).map((r) => ({ ...r, enc: undefined })))).not.toContain('秘密');
    expect((await readSingleton(session, 'settings', 'districts', z.array(z.unknown()))).value).toEqual(districtsForTest);
    const { records, corrupt } = await openRecords(session, personsTable, await db.persons.toArray());
    expect(corrupt).toEqual([]);
    expect(records[0]).toMatchObject({ name: '𠮷田 ハル', rev: 1 });
    expect(await verifyAuditChain(session)).toMatchObject({ ok: true, count: 4 });
    expect((await db.audit.orderBy('seq').toArray()).map((r) => r.action)).toEqual([
      'person.create',
      'person.create',
      'audit.upgrade',
      'vault.upgrade',
    ]);

    // A second unlock changes nothing.
    expect(await upgradeAtUnlock(session, 200)).toEqual({ sealed: 0, chainKeyed: false });
    db.close();
  });
});
