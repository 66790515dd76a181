import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDatabase } from '../db/database';
import { appendAuditMany, logEvent, verifyAuditChain } from './auditLog';

const dbs: VaultDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function dbWithEntries(n: number) {
  const db = new VaultDatabase(`audit-test-${Math.random()}`);
  dbs.push(db);
  for (let i = 0; i < n; i++)
    await logEvent(db, { id: 'u1', role: 'care-plaza' }, { action: 'person.update', table: 'persons', recordId: `p${i}` }, 1000 + i);
  return db;
}

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    const db = await dbWithEntries(5);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });
  it('detects an edited entry', async () => {
    const db = await dbWithEntries(5);
    await db.audit.update(3, { recordId: 'someone-else' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
  it('detects a deleted middle entry', async () => {
    const db = await dbWithEntries(5);
    await db.audit.delete(2);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
  it('never stores anything but ids and the action', async () => {
    const db = await dbWithEntries(1);
    const row = await db.audit.get(1);
    expect(Object.keys(row ?? {}).sort()).toEqual(['action', 'actorId', 'actorRole', 'at', 'hash', 'prevHash', 'recordId', 'seq', 'table']);
  });
  it('bulk appends continue the same chain', async () => {
    const db = await dbWithEntries(2);
    await db.transaction('rw', db.audit, () =>
      appendAuditMany(
        db,
        { id: 'u1', role: 'x' },
        [1, 2, 3].map((i) => ({ action: 'person.create', table: 'persons', recordId: `b${i}` })),
        5000,
      ),
    );
    await logEvent(db, { id: 'u1', role: 'x' }, { action: 'vault.lock', table: 'vaultMeta', recordId: 'button' }, 6000);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 6 });
    await db.audit.update(4, { action: 'person.purge' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 4 });
  });
});
