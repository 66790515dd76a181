// The replica: this machine's copy of a team's server database, a PouchDB database (CouchDB's
// replication protocol, with every conflicting revision kept) that holds only team documents
// ({_id, _rev, k, c}: shared/team/teamDoc.ts), never plaintext. The vault's Dexie database stays
// the records' home; the team sync moves sealed documents between the two (docs/replication.md).
// PouchDB 9 over IndexedDB (adapter `indexeddb`), chosen over RxDB by the spike in that file.
import PouchDB from 'pouchdb-core';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import HttpAdapter from 'pouchdb-adapter-http';
import Replication from 'pouchdb-replication';
import { KEYRING_DOC_ID } from '../../shared/team/keyring';
import type { TeamDoc } from '../../shared/team/teamDoc';

PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

export type Replica = PouchDB.Database<Omit<TeamDoc, '_id' | '_rev'>>;
type Fetch = (url: string | Request, opts?: RequestInit) => Promise<Response>;

/** Kept revisions per document: enough ancestry for a machine offline for months to meet the others. */
const REVS_LIMIT = 200;

export function openReplica(name: string): Replica {
  return new PouchDB<Omit<TeamDoc, '_id' | '_rev'>>(name, { adapter: 'indexeddb', revs_limit: REVS_LIMIT, auto_compaction: true });
}

/** The server's database. `fetch` lets the desktop route requests through the main process. */
export function openRemote(url: string, opts: { fetch?: Fetch; auth?: { username: string; password: string } } = {}): Replica {
  return new PouchDB<Omit<TeamDoc, '_id' | '_rev'>>(url, {
    adapter: 'http',
    skip_setup: true,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.auth ? { auth: opts.auth } : {}),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

/**
 * Writes documents as the next revision of what this replica has (a new document, or an edit on
 * top of the revision here). A document another machine edited too becomes a conflict when the
 * two meet; nothing here decides between them.
 */
export async function putTeamDocs(db: Replica, docs: readonly TeamDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const here = await db.allDocs({ keys: docs.map((d) => d._id) });
  const revs = new Map<string, string>();
  for (const row of here.rows) if ('value' in row && !row.value.deleted) revs.set(row.id, row.value.rev);
  const results = await db.bulkDocs(
    docs.map((d) => {
      const rev = revs.get(d._id);
      return rev ? { _id: d._id, _rev: rev, k: d.k, c: d.c } : { _id: d._id, k: d.k, c: d.c };
    }),
  );
  const failed = results.filter((r) => 'error' in r && r.error);
  if (failed.length) throw new Error(`replica: ${failed.length} of ${docs.length} documents not written`);
}

/** Every leaf revision of a document: one when no conflict, more when machines edited it apart. */
export async function leafRevisions(db: Replica, id: string): Promise<TeamDoc[]> {
  const leaves = await db.get(id, { open_revs: 'all' });
  return leaves.flatMap((l) =>
    'ok' in l && l.ok && !(l.ok as { _deleted?: boolean })._deleted ? [{ _id: id, _rev: l.ok._rev, k: l.ok.k, c: l.ok.c }] : [],
  );
}

/** Ends a conflict: the chosen content is written on top of one leaf and the other leaves are deleted, in one call. */
export async function resolveConflict(
  db: Replica,
  id: string,
  chosen: Pick<TeamDoc, 'k' | 'c'>,
  leaves: readonly TeamDoc[],
): Promise<void> {
  const [keep, ...drop] = leaves;
  if (!keep?._rev) throw new Error('replica: no revision to resolve');
  const results = await db.bulkDocs([
    { _id: id, _rev: keep._rev, k: chosen.k, c: chosen.c },
    ...drop.map((l) => ({ _id: id, _rev: l._rev as string, _deleted: true, k: '', c: '' })),
  ]);
  if (results.some((r) => 'error' in r && r.error)) throw new Error('replica: conflict not resolved (changed meanwhile)');
}

/**
 * Ids of documents with more than one live leaf (the keyring document is the admins' and never a
 * record). A leaf deleted by a resolution does not count, whatever `_conflicts` still lists.
 */
export async function conflictedIds(db: Replica): Promise<string[]> {
  const all = await db.allDocs({ conflicts: true, include_docs: true });
  const candidates = all.rows.filter((r) => r.id !== KEYRING_DOC_ID && (r.doc?._conflicts?.length ?? 0) > 0).map((r) => r.id);
  const out: string[] = [];
  for (const id of candidates) if ((await leafRevisions(db, id)).length > 1) out.push(id);
  return out;
}

export interface SyncHandle {
  cancel(): void;
  done: Promise<void>;
}

/** One full two-way replication with the server; rejects when the server cannot be reached. */
export async function syncOnce(db: Replica, remote: Replica): Promise<{ pushed: number; pulled: number }> {
  const r = await db.sync(remote, { batch_size: 200, batches_limit: 4 });
  return { pushed: r.push?.docs_written ?? 0, pulled: r.pull?.docs_written ?? 0 };
}

/**
 * Live replication both ways, retrying with back-off while the server is away (a laptop at a
 * home visit), reporting each state change. Push and pull run as two replications because a
 * PouchDB `sync` reports "paused" without the error that paused it; each replication alone does
 * say it, and a failure must be shown, never swallowed.
 */
export function syncLive(
  db: Replica,
  remote: Replica,
  onState: (s: { direction: 'push' | 'pull'; state: 'active' | 'paused' | 'error' | 'denied'; error?: unknown }) => void,
): SyncHandle {
  const opts = {
    live: true,
    retry: true,
    batch_size: 200,
    back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
  };
  const run = (direction: 'push' | 'pull') => {
    const r = direction === 'push' ? db.replicate.to(remote, opts) : db.replicate.from(remote, opts);
    r.on('active', () => onState({ direction, state: 'active' }));
    r.on('paused', (error: unknown) => onState(error ? { direction, state: 'error', error } : { direction, state: 'paused' }));
    r.on('denied', (error: unknown) => onState({ direction, state: 'denied', error }));
    r.on('error', (error: unknown) => onState({ direction, state: 'error', error }));
    return { r, done: new Promise<void>((resolve) => r.on('complete', () => resolve())) };
  };
  const push = run('push');
  const pull = run('pull');
  return {
    cancel: () => {
      push.r.cancel();
      pull.r.cancel();
    },
    done: Promise.all([push.done, pull.done]).then(() => undefined),
  };
}
