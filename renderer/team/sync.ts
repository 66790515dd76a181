// The sync step between the vault and the team's replica (docs/replication.md, "The sync step").
//   pushOutbox: each record the outbox names is opened, checked against the share rule, sealed as
//     a team document and written to the replica on the revision this machine last applied or
//     sent for it; if the replica has since taken another member's edit, this machine's version is
//     written beside it as a sibling leaf, so the two become a CouchDB conflict instead of one
//     replacing the other. The replica's live replication carries it to the server.
//   pullInbox: each document the replica received is opened with the team keys and written into
//     the vault through the one write path, marked inbound (so the outbox does not send it back),
//     unless it is this machine's own revision, the record has changes here not yet sent (the push
//     makes the conflict), or the document is in conflict (left for the conflict screen).
// Per document, the replica revision this machine applied or sent is kept in the replica's own
// `_local` documents, which never replicate and hold no content.
import type { SealedRow } from '../db/database';
import { RECORD_TABLES } from '../backup/merge';
import { openRecord, type Stored } from '../records/sealed';
import { personsTable, type RecordTableName } from '../records/tables';
import { recordWriter } from '../records/write';
import type { VaultSession } from '../vault/session';
import type { PersonInput } from '../../shared/persons/person';
import { shareDecision, type ConsentLike } from '../../shared/team/share';
import { openTeamDoc, sealTeamDoc, teamDocId, type TeamDataKey, type TeamPayload } from '../../shared/team/teamDoc';
import { conflictedIds, leafRevisions, resolveConflict, type Replica } from './replica';

export interface TeamContext {
  session: VaultSession;
  replica: Replica;
  idKey: Uint8Array;
  /** Every key generation this member holds, by key id. */
  keys: ReadonlyMap<string, TeamDataKey>;
  /** The newest generation: what new documents are sealed with. */
  current: TeamDataKey;
  /** This member's recipient (age1…), written into each document as who wrote it. */
  member: string;
}

const BATCH = 200;

interface LocalState {
  _id: string;
  _rev?: string;
  /** The replica revision of the document this machine last applied or sent. */
  rev: string;
}
const stateId = (docId: string) => `_local/s-${docId}`;

async function getLocal<T extends object>(db: Replica, id: string): Promise<(T & { _id: string; _rev?: string }) | null> {
  try {
    return (await db.get(id)) as unknown as T & { _id: string; _rev?: string };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}
async function putLocal(db: Replica, doc: { _id: string; _rev?: string } & Record<string, unknown>): Promise<void> {
  await db.put(doc as never);
}

function personIdsOf(table: string, row: Record<string, unknown>): (string | null)[] {
  if (table === 'persons') return [String(row.id)];
  if (table === 'meetings')
    return (Array.isArray(row.personIds) ? row.personIds : []).map((p) => (typeof p === 'string' && p !== '' ? p : null));
  if (table === 'directory') return [];
  const p = row.personId;
  return typeof p === 'string' && p !== '' ? [p] : [];
}

const randomRevHash = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Writes one sealed document as the next revision after `base` (the revision this machine knows),
 * or, when the replica's document has moved past it, as a sibling leaf of `base`. Returns the
 * revision written.
 */
async function writeOnBase(db: Replica, doc: { _id: string; k: string; c: string }, base: string | null): Promise<string> {
  const head = await getLocal<{ k: string; c: string }>(db, doc._id);
  if (!head) {
    const r = await db.put({ _id: doc._id, k: doc.k, c: doc.c });
    return r.rev;
  }
  if (base && head._rev === base) {
    const r = await db.put({ _id: doc._id, _rev: base, k: doc.k, c: doc.c });
    return r.rev;
  }
  // Another version arrived since `base` (or the record began on two machines at once): a sibling.
  let start = 1;
  let ids: string[] = [];
  if (base) {
    const known = (await db.get(doc._id, { rev: base, revs: true })) as unknown as { _revisions: { start: number; ids: string[] } };
    start = known._revisions.start + 1;
    ids = known._revisions.ids;
  }
  const hash = randomRevHash();
  const rev = `${start}-${hash}`;
  await db.bulkDocs([{ _id: doc._id, _rev: rev, _revisions: { start, ids: [hash, ...ids] }, k: doc.k, c: doc.c } as never], {
    new_edits: false,
  });
  return rev;
}

export interface PushResult {
  /** Documents written to the replica. */
  sent: number;
  /** Records the share rule keeps on this machine (no consent, a commissioner's own activity…). */
  kept: number;
  /** Of those sent, the ones written beside another member's edit (now a conflict). */
  conflicts: number;
}

/** Moves up to `limit` outbox entries into the replica. */
export async function pushOutbox(ctx: TeamContext, now: number, limit = BATCH): Promise<PushResult> {
  const { session, replica } = ctx;
  const db = session.db;
  const entries = await db.teamOutbox.orderBy('key').limit(limit).toArray();
  const consents = new Map<string, ConsentLike | undefined>();
  const consentOf = (id: string) => consents.get(id);
  const result: PushResult = { sent: 0, kept: 0, conflicts: 0 };
  // Consents first: every person an entry's record is about.
  const rows = new Map<string, Record<string, unknown> | undefined>();
  for (const e of entries) rows.set(e.key, (await db.table(e.table).get(e.id)) as Record<string, unknown> | undefined);
  const wanted = new Set<string>();
  for (const e of entries) for (const p of personIdsOf(e.table, rows.get(e.key) ?? {})) if (p) wanted.add(p);
  for (const id of wanted) {
    const row = await db.persons.get(id);
    if (!row) continue;
    const person = (await openRecord(session, personsTable, row).catch(() => null)) as Stored<PersonInput> | null;
    consents.set(id, person?.consent);
  }
  const sentIds: string[] = [];
  for (const e of entries) {
    const row = rows.get(e.key);
    const docId = teamDocId(ctx.idKey, e.table, e.id);
    const state = await getLocal<LocalState>(replica, stateId(docId));
    const decision = row ? shareDecision(e.table, personIdsOf(e.table, row), consentOf) : { share: true as const };
    let payload: Omit<TeamPayload, 'f'> | null = null;
    if (row && decision.share) {
      const table = RECORD_TABLES[e.table as RecordTableName];
      const stored = await openRecord(session, table, row as unknown as SealedRow);
      payload = {
        table: e.table,
        id: e.id,
        revision: stored.rev,
        updatedAt: new Date(stored.updatedAt).toISOString(),
        by: ctx.member,
        deleted: false,
        content: stored,
      };
    } else if (state) {
      // Shared before, and no longer (purged here, or consent withdrawn): the team gets a deletion.
      payload = {
        table: e.table,
        id: e.id,
        revision: 0,
        updatedAt: new Date(now).toISOString(),
        by: ctx.member,
        deleted: true,
        content: null,
      };
    }
    if (payload) {
      const doc = await sealTeamDoc(ctx.idKey, ctx.current, payload);
      const head = await getLocal<{ k: string }>(replica, docId);
      const rev = await writeOnBase(replica, doc, state?.rev ?? null);
      if (head && head._rev !== state?.rev) result.conflicts++;
      await putLocal(replica, { _id: stateId(docId), ...(state?._rev ? { _rev: state._rev } : {}), rev });
      result.sent++;
      sentIds.push(e.id);
    } else {
      result.kept++;
    }
    // Done with this entry, unless the record changed again meanwhile (its entry was rewritten).
    await db.teamOutbox
      .where('key')
      .equals(e.key)
      .and((x) => x.at === e.at)
      .delete();
  }
  if (result.sent > 0) {
    const w = recordWriter(session);
    w.log({ action: 'team.send', table: 'vault', recordId: String(result.sent) });
    await w.commit(now);
  }
  return result;
}

export interface PullResult {
  received: number;
  /** Documents with more than one version, left for the conflict screen. */
  conflicted: string[];
  /** Documents this machine could not open (a key it does not hold, damage): reported, never dropped. */
  unreadable: string[];
}

/** Writes into the vault what the replica received since the last pull. */
export async function pullInbox(ctx: TeamContext, now: number): Promise<PullResult> {
  const { session, replica } = ctx;
  const db = session.db;
  const since = (await getLocal<{ seq: string | number }>(replica, '_local/inbox'))?.seq ?? 0;
  const result: PullResult = { received: 0, conflicted: [], unreadable: [] };
  let seq: string | number = since;
  for (;;) {
    const changes = await replica.changes({ since: seq, include_docs: true, conflicts: true, limit: BATCH });
    if (changes.results.length === 0) break;
    const w = recordWriter(session);
    w.inbound = true;
    const states: { _id: string; _rev?: string; rev: string }[] = [];
    for (const ch of changes.results) {
      const doc = ch.doc as unknown as
        { _id: string; _rev: string; _conflicts?: string[]; _deleted?: boolean; k: string; c: string } | undefined;
      if (!doc || doc._deleted || doc._id.startsWith('_')) continue;
      if (doc._conflicts?.length) {
        result.conflicted.push(doc._id);
        continue;
      }
      const state = await getLocal<LocalState>(replica, stateId(doc._id));
      if (state?.rev === doc._rev) continue; // this machine's own
      let payload: TeamPayload;
      try {
        payload = await openTeamDoc(ctx.idKey, ctx.keys, doc);
      } catch {
        result.unreadable.push(doc._id);
        continue;
      }
      if (await db.teamOutbox.get(`${payload.table}|${payload.id}`)) continue; // changed here too: the push makes the conflict
      const table = RECORD_TABLES[payload.table as RecordTableName];
      if (!table) {
        result.unreadable.push(doc._id);
        continue;
      }
      const here = (await db.table(payload.table).get(payload.id)) as SealedRow | undefined;
      if (payload.deleted) {
        if (here) w.remove(table, payload.id, here.rev, 'team.receive');
      } else {
        const theirs = payload.content as Stored<unknown>;
        await w.put(table, { ...theirs, id: payload.id, rev: here?.rev ?? 0 }, 'team.receive', { asStored: true });
      }
      states.push({ _id: stateId(doc._id), ...(state?._rev ? { _rev: state._rev } : {}), rev: doc._rev });
      result.received++;
    }
    await w.commit(now);
    for (const s of states) await putLocal(replica, s);
    seq = changes.last_seq;
    const mark = await getLocal<{ seq: string | number }>(replica, '_local/inbox');
    await putLocal(replica, { _id: '_local/inbox', ...(mark?._rev ? { _rev: mark._rev } : {}), seq });
  }
  return result;
}

export interface ConflictVersions {
  docId: string;
  table: string;
  id: string;
  /** Every version, opened: the member chooses one or writes a merge of them. */
  versions: TeamPayload[];
}

/** The documents in conflict, each with all its versions opened. */
export async function listConflicts(ctx: TeamContext): Promise<ConflictVersions[]> {
  const out: ConflictVersions[] = [];
  for (const docId of await conflictedIds(ctx.replica)) {
    const versions: TeamPayload[] = [];
    for (const leaf of await leafRevisions(ctx.replica, docId)) versions.push(await openTeamDoc(ctx.idKey, ctx.keys, leaf));
    const first = versions[0];
    if (first) out.push({ docId, table: first.table, id: first.id, versions });
  }
  return out;
}

/**
 * Ends a conflict with what the member chose (one version's content, or a merge of them): it is
 * written on one leaf and the others are deleted in one replica write, and the vault takes it
 * through the one write path, so every machine ends with the same record.
 */
export async function resolveTeamConflict(ctx: TeamContext, c: ConflictVersions, chosen: Stored<unknown>, now: number): Promise<void> {
  const table = RECORD_TABLES[c.table as RecordTableName];
  const here = (await ctx.session.db.table(c.table).get(c.id)) as SealedRow | undefined;
  const w = recordWriter(ctx.session);
  w.inbound = true;
  const stored = await w.put(table, { ...chosen, id: c.id, rev: here?.rev ?? 0, updatedAt: now }, 'team.receive', { asStored: true });
  const doc = await sealTeamDoc(ctx.idKey, ctx.current, {
    table: c.table,
    id: c.id,
    revision: stored.rev,
    updatedAt: new Date(now).toISOString(),
    by: ctx.member,
    deleted: false,
    content: stored,
  });
  const leaves = await leafRevisions(ctx.replica, c.docId);
  await resolveConflict(ctx.replica, c.docId, doc, leaves);
  await w.commit(now);
  const head = (await ctx.replica.get(c.docId)) as unknown as { _rev: string };
  const state = await getLocal<LocalState>(ctx.replica, stateId(c.docId));
  await putLocal(ctx.replica, { _id: stateId(c.docId), ...(state?._rev ? { _rev: state._rev } : {}), rev: head._rev });
  await ctx.session.db.teamOutbox.delete(`${c.table}|${c.id}`);
}
