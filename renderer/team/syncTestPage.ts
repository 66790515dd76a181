// Test-only (never imported by the app, so never in its bundle): bundled by e2e/teamSync.spec.ts
// (esbuild) into a page of the app's origin. A member's machine: a real vault (its own IndexedDB
// database, keys, sealing, the one write path, the audit log), in a team (the outbox on), with its
// replica; the test drives it through the product's own repositories and the sync step.
import { VaultDatabase } from '../db/database';
import { setTeamOutbox } from '../db/teamOutbox';
import { createVault } from '../vault/keystore';
import { ARGON2ID_MIN } from '../vault/kdf';
import { VaultSession } from '../vault/session';
import { PersonStore } from '../records/personStore';
import { emptyPerson, type PersonInput } from '../../shared/persons/person';
import { importTeamDataKey, type TeamDataKey } from '../../shared/team/teamDoc';
import { openRemote, openReplica, syncOnce } from './replica';
import { listConflicts, pullInbox, pushOutbox, resolveTeamConflict, type TeamContext } from './sync';
import { exposeToTest } from './exposeToTest';

// The vault's Argon2id runs in a module worker the app's build emits; this bundle has no such file,
// so the key derivation takes the in-page path the unit tests use (vault/crypto.ts). The sync
// under test never derives keys.
(globalThis as { Worker?: unknown }).Worker = undefined;

let ctx: TeamContext | null = null;
let store: PersonStore | null = null;
const need = () => {
  if (!ctx || !store) throw new Error('not set up');
  return { ctx, store };
};
const now = () => Date.now();

const api = {
  async setup(name: string, member: string, idKey: number[], gens: { keyId: string; key: number[] }[]) {
    const db = new VaultDatabase(name);
    const { keys } = await createVault(db, 'a long test passphrase', now(), ARGON2ID_MIN);
    const session = await VaultSession.open(db, 'main', keys, { id: `u-${name}`, role: 'care-plaza', name: `架空 ${name}` });
    setTeamOutbox(db.name, true);
    const map = new Map<string, TeamDataKey>();
    let current: TeamDataKey | null = null;
    for (const g of gens) map.set(g.keyId, (current = await importTeamDataKey(g.keyId, new Uint8Array(g.key))));
    if (!current) throw new Error('no key');
    ctx = { session, replica: openReplica(`${name}-replica`), idKey: new Uint8Array(idKey), keys: map, current, member };
    store = new PersonStore(session);
    await store.load();
  },
  async addPerson(name: string, note: string, consent: boolean) {
    const { store } = need();
    const input: PersonInput = {
      ...emptyPerson('d01'),
      name,
      note,
      consent: consent
        ? { given: true, date: '2026-11-01', scopes: ['地区別支援チーム'], obtainedBy: '架空 職員' }
        : { given: false, date: '', scopes: [], obtainedBy: '' },
    };
    return (await store.create(input, now())).id;
  },
  async editNote(id: string, note: string) {
    const { store } = need();
    const p = await store.reload(id);
    if (!p) throw new Error('no such person');
    const { id: _i, rev, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = p;
    await store.update(id, { ...(input as PersonInput), note }, rev, now());
  },
  async persons() {
    const { ctx, store } = need();
    await store.load(await ctx.session.db.persons.toArray());
    return store.getSnapshot().map((p) => ({ id: p.id, name: p.name, note: p.note }));
  },
  outbox: async () => need().ctx.session.db.teamOutbox.count(),
  /** One sync cycle: the outbox into the replica, the replica with the server, the replica into the vault. */
  async cycle(remote: string) {
    const { ctx } = need();
    const pushed = await pushOutbox(ctx, now());
    const wire = await syncOnce(ctx.replica, openRemote(remote));
    const pulled = await pullInbox(ctx, now());
    return { pushed, wire, pulled };
  },
  async conflicts() {
    const list = await listConflicts(need().ctx);
    return list.map((c) => ({
      docId: c.docId,
      table: c.table,
      id: c.id,
      notes: c.versions.map((v) => (v.content as { note: string }).note),
    }));
  },
  async resolve(docId: string, note: string) {
    const { ctx } = need();
    const c = (await listConflicts(ctx)).find((x) => x.docId === docId);
    if (!c) throw new Error('no such conflict');
    const base = c.versions[0]?.content as Record<string, unknown>;
    await resolveTeamConflict(ctx, c, { ...base, note } as never, now());
  },
  async audit() {
    return (await need().ctx.session.db.audit.toArray()).map((a) => a.action);
  },
};

exposeToTest(api);
