import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { appendAudit, legacyEntryHash, GENESIS_HASH, logEvent, upgradeAuditChain, verifyAuditChain } from './auditLog';
import type { VaultSession } from '../vault/session';

async function vaultWithEntries(n: number): Promise<VaultSession> {
  const s = await openTestVault('care-plaza');
  for (let i = 0; i < n; i++) await logEvent(s, { action: 'person.update', table: 'persons', recordId: `p${i}` }, 1000 + i);
  return s;
}

describe('the keyed audit chain', () => {
  it('verifies an untouched chain', async () => {
    const s = await vaultWithEntries(5);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true, count: 5, firstBroken: null, problems: [] });
  });

  it('names an edited entry', async () => {
    const s = await vaultWithEntries(5);
    await s.db.audit.update(3, { recordId: 'someone-else' });
    const r = await verifyAuditChain(s);
    expect(r).toMatchObject({ ok: false, firstBroken: 3 });
    expect(r.problems).toEqual([{ kind: 'altered', seq: 3 }]);
  });

  it('names a gap where a middle entry was deleted', async () => {
    const s = await vaultWithEntries(5);
    await s.db.audit.delete(2);
    const r = await verifyAuditChain(s);
    expect(r.problems).toContainEqual({ kind: 'gap', from: 2, to: 2 });
    expect(r.firstBroken).toBe(2);
  });

  it('finds entries cut off the end, which a chain alone cannot', async () => {
    const s = await vaultWithEntries(6);
    await s.db.audit.bulkDelete([5, 6]);
    expect((await verifyAuditChain(s)).problems).toEqual([{ kind: 'truncated', missing: 2 }]);
    // The next entry keeps the hole visible instead of healing it.
    await logEvent(s, { action: 'vault.lock', table: 'vaultMeta', recordId: 'button' }, 9000);
    const after = await verifyAuditChain(s);
    expect(after.ok).toBe(false);
    expect(after.problems).toContainEqual({ kind: 'gap', from: 5, to: 6 });
  });

  it('notices a deleted head, now and after later entries', async () => {
    const s = await vaultWithEntries(3);
    await s.db.audit.delete(3);
    await s.db.vaultMeta.delete('auditHead');
    expect((await verifyAuditChain(s)).problems).toEqual([{ kind: 'headMissing' }]);
    await logEvent(s, { action: 'vault.lock', table: 'vaultMeta', recordId: 'button' }, 9000);
    expect((await verifyAuditChain(s)).problems).toEqual([{ kind: 'headLost', beforeSeq: 3 }]);
  });

  it('refuses a head changed without the key', async () => {
    const s = await vaultWithEntries(3);
    const head = await s.db.vaultMeta.get('auditHead');
    await s.db.vaultMeta.put({ ...(head as object), count: 2, seq: 2 } as never);
    expect((await verifyAuditChain(s)).problems).toContainEqual({ kind: 'headAltered' });
  });

  it('a row with a plain hash cannot be slipped in after the chain is keyed', async () => {
    const s = await vaultWithEntries(2);
    const last = await s.db.audit.get(2);
    const body = { seq: 3, at: 5, actorId: 'x', actorRole: 'x', action: 'person.purge', table: 'persons', recordId: 'p1' };
    await s.db.audit.add({ ...body, prevHash: last?.mac ?? '', hash: legacyEntryHash(last?.mac ?? '', body) });
    const r = await verifyAuditChain(s);
    expect(r.problems).toContainEqual({ kind: 'unkeyed', seq: 3 });
  });

  it('appends many entries in one transaction and keeps the count', async () => {
    const s = await vaultWithEntries(2);
    await s.db.transaction('rw', s.db.audit, s.db.vaultMeta, () =>
      appendAudit(
        s,
        [1, 2, 3].map((i) => ({ action: 'person.create', table: 'persons', recordId: `b${i}` })),
        5000,
      ),
    );
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true, count: 5 });
    expect(await s.db.vaultMeta.get('auditHead')).toMatchObject({ count: 5, seq: 5 });
  });

  it('stores ids and the action in the clear, the actor name only sealed, as it was at the time', async () => {
    const s = await vaultWithEntries(1);
    await s.setActor({ id: 'u1', role: 'commissioner', name: '新しい 名前' });
    await logEvent(s, { action: 'profile.update', table: 'secrets', recordId: 'profile' }, 2000);
    const [first, second] = await s.db.audit.orderBy('seq').toArray();
    expect(Object.keys(first ?? {}).sort()).toEqual([
      'action',
      'actorId',
      'actorRole',
      'at',
      'mac',
      'recordId',
      'seq',
      'table',
      'v',
      'who',
    ]);
    expect(JSON.stringify(first)).not.toContain('試験');
    expect(first?.who && (await s.openWho(first.who))).toEqual({ name: '試験 利用者', role: 'care-plaza' });
    expect(second?.who && (await s.openWho(second.who))).toEqual({ name: '新しい 名前', role: 'commissioner' });
  });

  it('swapping the sealed name of an entry breaks its MAC', async () => {
    const s = await vaultWithEntries(3);
    const first = await s.db.audit.get(1);
    await s.setActor({ id: 'u1', role: 'care-plaza', name: '別人' });
    await logEvent(s, { action: 'vault.lock', table: 'vaultMeta', recordId: 'button' }, 3000);
    const last = await s.db.audit.get(4);
    await s.db.audit.update(1, { who: last?.who });
    expect(first?.who).not.toEqual(last?.who);
    expect((await verifyAuditChain(s)).problems).toContainEqual({ kind: 'altered', seq: 1 });
  });

  it('keys a chain left by an older version, covering its last entry', async () => {
    const s = await openTestVault('care-plaza');
    // Three entries as schema 3 wrote them: a plain SHA-256 chain, no head.
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const body = { seq, at: seq, actorId: 'u1', actorRole: 'care-plaza', action: 'person.create', table: 'persons', recordId: `p${seq}` };
      const hash = legacyEntryHash(prev, body);
      await s.db.audit.add({ ...body, prevHash: prev, hash });
      prev = hash;
    }
    expect(await upgradeAuditChain(s, 10)).toBe(true);
    expect(await upgradeAuditChain(s, 11)).toBe(false);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true, count: 4 });
    // Rewriting the old part and recomputing its plain hashes still breaks the keyed entry.
    const rows = await s.db.audit.orderBy('seq').toArray();
    let p = GENESIS_HASH;
    for (const r of rows.slice(0, 3)) {
      const body = { ...r, recordId: r.seq === 2 ? 'forged' : r.recordId };
      const hash = legacyEntryHash(p, body);
      await s.db.audit.put({ ...body, prevHash: p, hash });
      p = hash;
    }
    expect((await verifyAuditChain(s)).problems).toEqual([{ kind: 'altered', seq: 4 }]);
  });

  it('cannot be appended to or verified once the vault is locked', async () => {
    const s = await vaultWithEntries(1);
    s.close();
    await expect(logEvent(s, { action: 'vault.lock', table: 'vaultMeta', recordId: 'x' }, 1)).rejects.toMatchObject({
      code: 'VaultLocked',
    });
    await expect(verifyAuditChain(s)).rejects.toMatchObject({ code: 'VaultLocked' });
  });
});
