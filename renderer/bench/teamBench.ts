// Team replication at district scale (`npm run bench`): the seeded district joins a team and sends
// everything it may share (outbox → sealed documents in the replica → the team server), a second
// machine (a fresh vault in another profile) joins and takes it all in, then 100 persons are
// edited on the first and arrive on the second. The server is the real pouchdb-server the bench
// starts on 127.0.0.1. Times in ms; counts say what the share rule kept back.
import { VaultDatabase } from '../db/database';
import { queueAll, setTeamOutbox } from '../db/teamOutbox';
import { createVault } from '../vault/keystore';
import { ARGON2ID_MIN } from '../vault/kdf';
import { VaultSession } from '../vault/session';
import { PersonStore } from '../records/personStore';
import type { PersonInput } from '../../shared/persons/person';
import { SHARED_TABLES } from '../../shared/team/share';
import { importTeamDataKey, type TeamDataKey } from '../../shared/team/teamDoc';
import { openRemote, openReplica, syncOnce } from '../team/replica';
import { pullInbox, pushOutbox, type TeamContext } from '../team/sync';
import { heldDistrict } from './districtBench';

export interface TeamBenchKeys {
  remote: string;
  member: string;
  idKey: number[];
  gens: { keyId: string; key: number[] }[];
}

let ctx: TeamContext | null = null;
let store: PersonStore | null = null;
const ms = (t0: number) => performance.now() - t0;

async function context(session: VaultSession, p: TeamBenchKeys, name: string): Promise<TeamContext> {
  const keys = new Map<string, TeamDataKey>();
  let current: TeamDataKey | null = null;
  for (const g of p.gens) keys.set(g.keyId, (current = await importTeamDataKey(g.keyId, new Uint8Array(g.key))));
  if (!current) throw new Error('no key');
  return { session, replica: openReplica(name), idKey: new Uint8Array(p.idKey), keys, current, member: p.member };
}

async function pushAll(c: TeamContext, now: number): Promise<{ sent: number; kept: number }> {
  let sent = 0;
  let kept = 0;
  for (;;) {
    const r = await pushOutbox(c, now, 500);
    sent += r.sent;
    kept += r.kept;
    if (r.sent + r.kept === 0) return { sent, kept };
  }
}

/** The seeded district joins the team and sends what it may share. */
export async function teamFirstPush(p: TeamBenchKeys) {
  const { session, store: s } = heldDistrict();
  store = s;
  ctx = await context(session, p, `${session.db.name}-team`);
  const db = session.db;
  setTeamOutbox(db.name, true);
  let t = performance.now();
  const queued = await db.transaction('rw', [...SHARED_TABLES.map((n) => db.table(n)), db.teamOutbox], (tx) => queueAll(tx, Date.now()));
  const queueMs = ms(t);
  t = performance.now();
  const { sent, kept } = await pushAll(ctx, Date.now());
  const sealMs = ms(t);
  t = performance.now();
  const wire = await syncOnce(ctx.replica, openRemote(p.remote));
  return { queued, sent, kept, queueMs, sealMs, uploadMs: ms(t), pushed: wire.pushed };
}

/** A second machine: a new vault joins and takes in everything the team has. */
export async function teamJoin(p: TeamBenchKeys) {
  const db = new VaultDatabase(`team-bench-b-${Math.random()}`);
  const { keys } = await createVault(db, 'a long bench passphrase', Date.now(), ARGON2ID_MIN);
  const session = await VaultSession.open(db, 'main', keys, { id: 'bench-b', role: 'care-plaza', name: 'ベンチ B' });
  setTeamOutbox(db.name, true);
  ctx = await context(session, p, `${db.name}-team`);
  let t = performance.now();
  const wire = await syncOnce(ctx.replica, openRemote(p.remote));
  const downloadMs = ms(t);
  t = performance.now();
  let received = 0;
  for (;;) {
    const r = await pullInbox(ctx, Date.now());
    if (r.received === 0) break;
    received += r.received;
  }
  const applyMs = ms(t);
  return {
    pulled: wire.pulled,
    received,
    downloadMs,
    applyMs,
    persons: await db.persons.count(),
    contacts: await db.contacts.count(),
    outbox: await db.teamOutbox.count(),
  };
}

/** On the first machine: `n` shared persons edited, then sent. */
export async function teamEdits(n: number, p: TeamBenchKeys) {
  if (!ctx || !store) throw new Error('first push first');
  const people = store
    .getSnapshot()
    .filter((x) => x.consent.given && x.consent.scopes.includes('地区別支援チーム'))
    .slice(0, n);
  let t = performance.now();
  for (const x of people) {
    const { id, rev, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = x;
    await store.update(id, { ...(input as PersonInput), note: `${x.note}\n（ベンチの編集）` }, rev, Date.now());
  }
  const editMs = ms(t);
  t = performance.now();
  const { sent } = await pushAll(ctx, Date.now());
  const sealMs = ms(t);
  t = performance.now();
  const wire = await syncOnce(ctx.replica, openRemote(p.remote));
  return { edited: people.length, sent, editMs, sealMs, uploadMs: ms(t), pushed: wire.pushed };
}

/** On the second machine: what changed since its last sync. */
export async function teamCatchUp(p: TeamBenchKeys) {
  if (!ctx) throw new Error('join first');
  let t = performance.now();
  const wire = await syncOnce(ctx.replica, openRemote(p.remote));
  const downloadMs = ms(t);
  t = performance.now();
  const r = await pullInbox(ctx, Date.now());
  return { pulled: wire.pulled, received: r.received, conflicted: r.conflicted.length, downloadMs, applyMs: ms(t) };
}
