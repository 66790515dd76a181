import { describe, expect, it } from 'vitest';
import { newIdentity } from '../backup';
import { fromBase64 } from '../backup/json';
import {
  addMember,
  createKeyring,
  currentGeneration,
  KeyringError,
  openKeyring,
  removeMember,
  sealKeyring,
  type TeamKeyring,
} from './keyring';
import { importTeamDataKey, openTeamDoc, paddedLength, sealTeamDoc, TeamDocError, teamDocId, type TeamDataKey } from './teamDoc';

const AT = '2026-12-01T09:00:00.000Z';

async function keysOf(k: TeamKeyring): Promise<Map<string, TeamDataKey>> {
  const m = new Map<string, TeamDataKey>();
  for (const g of k.generations) m.set(g.keyId, await importTeamDataKey(g.keyId, g.key));
  return m;
}

const payload = (over: Partial<Parameters<typeof sealTeamDoc>[2]> = {}) => ({
  table: 'persons',
  id: 'p-1',
  revision: 3,
  updatedAt: AT,
  by: 'age1member',
  deleted: false,
  content: { name: '架空 𠮷子', districtId: 'd-1', note: 'MARKER-本文' },
  ...over,
});

describe('team documents', () => {
  it('name a record alike for every member, and say nothing of table or id', () => {
    const idKey = new Uint8Array(32).fill(7);
    const a = teamDocId(idKey, 'persons', 'p-1');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(teamDocId(new Uint8Array(32).fill(7), 'persons', 'p-1')).toBe(a);
    expect(teamDocId(idKey, 'contacts', 'p-1')).not.toBe(a);
    expect(teamDocId(new Uint8Array(32).fill(8), 'persons', 'p-1')).not.toBe(a);
  });

  it('seal everything into one ciphertext that opens only with its key, id and key id', async () => {
    const founder = await newIdentity();
    const k = createKeyring({ name: '馬場地区', founder: { recipient: founder.recipient, name: '架空 花子', role: '区役所' }, at: AT });
    const keys = await keysOf(k);
    const dataKey = keys.get(currentGeneration(k).keyId) as TeamDataKey;
    const doc = await sealTeamDoc(k.idKey, dataKey, payload());
    expect(Object.keys(doc).sort()).toEqual(['_id', 'c', 'k']);
    const wire = JSON.stringify(doc);
    for (const marker of ['架空', 'MARKER', 'persons', 'p-1', 'd-1', 'age1member', AT]) expect(wire).not.toContain(marker);
    expect(await openTeamDoc(k.idKey, keys, doc)).toEqual({ f: 'ainet-team-doc/1', ...payload() });

    // Moved under another record's id, relabelled to another key, or with one bit changed: refused.
    const other = teamDocId(k.idKey, 'persons', 'p-2');
    await expect(openTeamDoc(k.idKey, keys, { ...doc, _id: other })).rejects.toThrow(TeamDocError);
    await expect(openTeamDoc(k.idKey, keys, { ...doc, k: '0000000000000000' })).rejects.toMatchObject({ reason: 'unknownKey' });
    const bytes = fromBase64(doc.c) as Uint8Array;
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    const { toBase64 } = await import('../backup/json');
    await expect(openTeamDoc(k.idKey, keys, { ...doc, c: toBase64(bytes) })).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('pad plaintexts to buckets, so a size tells little', async () => {
    expect(paddedLength(0)).toBe(512);
    expect(paddedLength(508)).toBe(512);
    expect(paddedLength(509)).toBe(1024);
    expect(paddedLength(5000)).toBe(5120);
    for (const n of [1, 100, 4000, 4093, 4100, 9000, 70_000, 1_000_000]) {
      const p = paddedLength(n);
      expect(p).toBeGreaterThanOrEqual(n + 4);
      expect(p / (n + 4)).toBeLessThanOrEqual(n < 4096 ? 512 : 1.125);
    }
    const k = createKeyring({ name: 't', founder: { recipient: (await newIdentity()).recipient, name: 'a', role: '' }, at: AT });
    const keys = await keysOf(k);
    const dataKey = keys.get(currentGeneration(k).keyId) as TeamDataKey;
    const short = await sealTeamDoc(k.idKey, dataKey, payload({ content: { name: 'あ' } }));
    const longer = await sealTeamDoc(k.idKey, dataKey, payload({ content: { name: 'あいうえおかきくけこ' } }));
    expect(short.c.length).toBe(longer.c.length);
  });
});

describe('the team keyring', () => {
  it('opens for each member and for nobody else', async () => {
    const [a, b, outsider] = await Promise.all([newIdentity(), newIdentity(), newIdentity()]);
    let k = createKeyring({ name: '馬場地区', founder: { recipient: a.recipient, name: '架空 花子', role: '区役所' }, at: AT });
    k = addMember(k, a.recipient, { recipient: b.recipient, name: '架空 太郎', role: '民生委員', admin: false }, AT);
    const c = await sealKeyring(k);
    const forB = await openKeyring(c, b.identity);
    expect(forB.members.map((m) => m.name)).toEqual(['架空 花子', '架空 太郎']);
    expect(forB.idKey).toEqual(k.idKey);
    await expect(openKeyring(c, outsider.identity)).rejects.toMatchObject({ reason: 'notMember' });
    await expect(openKeyring(c.slice(0, 200), a.identity)).rejects.toBeInstanceOf(KeyringError);
  });

  it('only admins change it, and the last admin stays', async () => {
    const [a, b] = await Promise.all([newIdentity(), newIdentity()]);
    let k = createKeyring({ name: 't', founder: { recipient: a.recipient, name: 'A', role: '' }, at: AT });
    k = addMember(k, a.recipient, { recipient: b.recipient, name: 'B', role: '', admin: false }, AT);
    expect(() => addMember(k, b.recipient, { recipient: a.recipient, name: 'x', role: '', admin: false }, AT)).toThrow(/notAdmin/);
    expect(() => addMember(k, a.recipient, { recipient: b.recipient, name: 'B', role: '', admin: false }, AT)).toThrow(/alreadyMember/);
    expect(() => addMember(k, a.recipient, { recipient: 'age1nope', name: 'C', role: '', admin: false }, AT)).toThrow(/badRecipient/);
    expect(() => removeMember(k, a.recipient, a.recipient, AT)).toThrow(/lastAdmin/);
  });

  it('a removed member cannot read what is written after the removal, and still-members read all', async () => {
    const [a, b, c] = await Promise.all([newIdentity(), newIdentity(), newIdentity()]);
    let k = createKeyring({ name: 't', founder: { recipient: a.recipient, name: 'A', role: '' }, at: AT });
    k = addMember(k, a.recipient, { recipient: b.recipient, name: 'B', role: '', admin: false }, AT);
    k = addMember(k, a.recipient, { recipient: c.recipient, name: 'C', role: '', admin: false }, AT);
    // What B kept: the keyring as it was while they were a member.
    const keptByB = await openKeyring(await sealKeyring(k), b.identity);
    const before = await sealTeamDoc(k.idKey, (await keysOf(k)).get(currentGeneration(k).keyId) as TeamDataKey, payload({ id: 'old' }));

    k = removeMember(k, a.recipient, b.recipient, '2026-12-02T00:00:00.000Z');
    expect(k.generations.map((g) => g.gen)).toEqual([1, 2]);
    expect(k.removed).toEqual([{ recipient: b.recipient, name: 'B', removedAt: '2026-12-02T00:00:00.000Z', removedBy: a.recipient }]);
    const sealed = await sealKeyring(k);
    await expect(openKeyring(sealed, b.identity)).rejects.toMatchObject({ reason: 'notMember' });

    const forC = await openKeyring(sealed, c.identity);
    const after = await sealTeamDoc(k.idKey, (await keysOf(k)).get(currentGeneration(k).keyId) as TeamDataKey, payload({ id: 'new' }));
    // B, with every key they ever had, cannot open the new document; C opens both.
    await expect(openTeamDoc(keptByB.idKey, await keysOf(keptByB), after)).rejects.toMatchObject({ reason: 'unknownKey' });
    const bKeys = [...(await keysOf(keptByB)).values()];
    for (const key of bKeys) {
      await expect(openTeamDoc(keptByB.idKey, new Map([[after.k, key]]), after)).rejects.toMatchObject({ reason: 'damaged' });
    }
    expect((await openTeamDoc(forC.idKey, await keysOf(forC), after)).id).toBe('new');
    expect((await openTeamDoc(forC.idKey, await keysOf(forC), before)).id).toBe('old');
  });
});

describe('a deletion as a team document', () => {
  it('seals and opens (revision 0, no content); a record without a revision, or a deletion with content, is refused at sealing', async () => {
    const idKey = crypto.getRandomValues(new Uint8Array(32));
    const key = await importTeamDataKey('00112233aabbccdd', crypto.getRandomValues(new Uint8Array(32)));
    const keys = new Map([[key.keyId, key]]);
    const base = { table: 'persons', id: 'p1', updatedAt: '2026-12-02T00:00:00.000Z', by: 'age1x' };
    const gone = await sealTeamDoc(idKey, key, { ...base, revision: 0, deleted: true, content: null });
    expect(await openTeamDoc(idKey, keys, gone)).toMatchObject({ deleted: true, content: null, revision: 0 });
    await expect(sealTeamDoc(idKey, key, { ...base, revision: 0, deleted: false, content: { name: 'x' } })).rejects.toMatchObject({
      reason: 'badContent',
    });
    await expect(sealTeamDoc(idKey, key, { ...base, revision: 0, deleted: true, content: { name: 'x' } })).rejects.toMatchObject({
      reason: 'badContent',
    });
  });
});
