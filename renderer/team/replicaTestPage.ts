// Test-only (never imported by the app, so never in its bundle): bundled by e2e/teamReplica.spec.ts
// (esbuild) and loaded into a page of the app's origin: the
// product's replica module (renderer/team/replica.ts, PouchDB over Chromium's IndexedDB) and the
// team document sealing (shared/team/teamDoc.ts), exposed to the test as `window.team`. Keys come
// from the test as bytes; the page seals, writes, replicates and opens exactly as the app will.
import { importTeamDataKey, openTeamDoc, sealTeamDoc, type TeamDataKey, type TeamPayload } from '../../shared/team/teamDoc';
import {
  conflictedIds,
  leafRevisions,
  openRemote,
  openReplica,
  putTeamDocs,
  resolveConflict,
  syncLive,
  syncOnce,
  type Replica,
  type SyncHandle,
} from './replica';
import { exposeToTest } from './exposeToTest';

let idKey = new Uint8Array(32);
const keys = new Map<string, TeamDataKey>();
let current: TeamDataKey | null = null;
const dbs = new Map<string, Replica>();
const live = new Map<string, SyncHandle>();
const states: string[] = [];

const db = (name: string) => {
  let d = dbs.get(name);
  if (!d) dbs.set(name, (d = name.startsWith('http') ? openRemote(name) : openReplica(name)));
  return d;
};

const api = {
  async setKeys(id: number[], gens: { keyId: string; key: number[] }[]) {
    idKey = new Uint8Array(id);
    for (const g of gens) keys.set(g.keyId, (current = await importTeamDataKey(g.keyId, new Uint8Array(g.key))));
  },
  async write(replica: string, payloads: Omit<TeamPayload, 'f'>[]) {
    if (!current) throw new Error('no keys');
    const key = current;
    await putTeamDocs(db(replica), await Promise.all(payloads.map((p) => sealTeamDoc(idKey, key, p))));
  },
  async sync(replica: string, remote: string) {
    return syncOnce(db(replica), db(remote));
  },
  startLive(replica: string, remote: string) {
    live.set(
      replica,
      syncLive(db(replica), db(remote), (s) => states.push(`${s.direction} ${s.state}`)),
    );
  },
  stopLive(replica: string) {
    live.get(replica)?.cancel();
  },
  states: () => states.slice(),
  /** Every record the replica holds, opened; ids whose documents do not open are listed apart. */
  async read(replica: string) {
    const all = await db(replica).allDocs({ include_docs: true });
    const records: TeamPayload[] = [];
    const unreadable: string[] = [];
    for (const r of all.rows) {
      if (!r.doc) continue;
      try {
        records.push(await openTeamDoc(idKey, keys, r.doc));
      } catch {
        unreadable.push(r.id);
      }
    }
    return { records, unreadable };
  },
  async conflicts(replica: string) {
    const out: { id: string; versions: TeamPayload[] }[] = [];
    for (const id of await conflictedIds(db(replica))) {
      const leaves = await leafRevisions(db(replica), id);
      out.push({ id, versions: await Promise.all(leaves.map((l) => openTeamDoc(idKey, keys, l))) });
    }
    return out;
  },
  async resolve(replica: string, id: string, chosen: Omit<TeamPayload, 'f'>) {
    if (!current) throw new Error('no keys');
    const leaves = await leafRevisions(db(replica), id);
    await resolveConflict(db(replica), id, await sealTeamDoc(idKey, current, chosen), leaves);
  },
};

exposeToTest(api);
