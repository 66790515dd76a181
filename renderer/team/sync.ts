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
// Per document, the replica revision this machine applied or sent is kept in the vault's
// `teamState` table (schema 8), read and written a batch at a time.
import type { SealedRow } from '../db/database';
import { RECORD_TABLES } from '../backup/merge';
import { openRecord, type Stored } from '../records/sealed';
import { personsTable, type RecordTableName } from '../records/tables';
import { recordWriter } from '../records/write';
import type { VaultSession } from '../vault/session';
import type { PersonInput } from '../../shared/persons/person';
import { shareDecision, type ConsentLike } from '../../shared/team/share';
import { KEYRING_DOC_ID } from '../../shared/team/keyring';
import { openTeamDoc, sealTeamDoc, teamDocId, type TeamDataKey, type TeamDoc, type TeamPayload } from '../../shared/team/teamDoc';
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

const BATCH = 500;

function personIdsOf(table: string, row: Record<string, unknown>): (string | null)[] {
  if (table === 'persons') return [String(row.id)];
  if (table === 'meetings')
    return (Array.isArray(row.personIds) ? row.personIds : []).map((p) => (typeof p === 'string' && p !== '' ? p : null));
  if (table === 'directory') return [];
  const p = row.personId;
  return typeof p === 'string' && p !== '' ? [p] : [];
}

const randomRevHash = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Groups `keys` by table and reads them a table at a time. */
async function rowsOf(
  session: VaultSession,
  refs: readonly { table: string; id: string }[],
): Promise<Map<string, Record<string, unknown> | undefined>> {
  const byTable = new Map<string, string[]>();
  for (const r of refs) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.id]);
  const out = new Map<string, Record<string, unknown> | undefined>();
  for (const [table, ids] of byTable) {
    const rows = (await session.db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
    ids.forEach((id, i) => out.set(`${table}|${id}`, rows[i]));
  }
  return out;
}

/**
 * Writes a sealed document as a sibling leaf of `base` (or as a new root when there is none): the
 * replica moved past the revision this machine knew, and the two versions must both stay.
 */
async function writeSibling(db: Replica, doc: TeamDoc, base: string | null): Promise<string> {
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

/** Queues every record about these persons (their contacts, action items, referrals, notes and meetings). */
async function queueAbout(session: VaultSession, personIds: readonly string[], now: number): Promise<void> {
  const db = session.db;
  const about = ['contacts', 'actions', 'referrals', 'endingNotes'] as const;
  await db.transaction('rw', [db.teamOutbox, ...about.map((t) => db.table(t)), db.meetings], async () => {
    const rows: { key: string; table: string; id: string; at: number }[] = [];
    for (const table of about) {
      const ids = (await db.table(table).where('personId').anyOf(personIds).primaryKeys()) as string[];
      for (const id of ids) rows.push({ key: `${table}|${id}`, table, id, at: now });
    }
    const meetingIds = new Set((await db.meetings.where('personIds').anyOf(personIds).primaryKeys()) as string[]);
    for (const id of meetingIds) rows.push({ key: `meetings|${id}`, table: 'meetings', id, at: now });
    await db.teamOutbox.bulkPut(rows);
  });
}

export interface PushResult {
  /** Documents written to the replica. */
  sent: number;
  /** Records the share rule keeps on this machine (no consent, a commissioner's own activity…). */
  kept: number;
  /** Of those sent, the ones written beside another member's edit (now a conflict). */
  conflicts: number;
  /** Their document ids. */
  conflictIds: string[];
}

/** Moves up to `limit` outbox entries into the replica, in one pass of batched reads and writes. */
export async function pushOutbox(ctx: TeamContext, now: number, limit = BATCH): Promise<PushResult> {
  const { session, replica } = ctx;
  const db = session.db;
  const entries = await db.teamOutbox.orderBy('key').limit(limit).toArray();
  const result: PushResult = { sent: 0, kept: 0, conflicts: 0, conflictIds: [] };
  if (entries.length === 0) return result;
  const rows = await rowsOf(session, entries);
  // Consents: every person an entry's record is about, opened once.
  const wanted = new Set<string>();
  for (const e of entries) for (const p of personIdsOf(e.table, rows.get(e.key) ?? {})) if (p) wanted.add(p);
  const personRows = await db.persons.bulkGet([...wanted]);
  const consents = new Map<string, ConsentLike | undefined>();
  await Promise.all(
    personRows.map(async (row) => {
      if (!row) return;
      const person = (await openRecord(session, personsTable, row).catch(() => null)) as Stored<PersonInput> | null;
      consents.set(row.id, person?.consent);
    }),
  );
  const docIds = entries.map((e) => teamDocId(ctx.idKey, e.table, e.id));
  const states = await db.teamState.bulkGet(docIds);
  // What each entry sends: the record sealed, a deletion, or nothing (kept here).
  const payloads = await Promise.all(
    entries.map(async (e, i): Promise<Omit<TeamPayload, 'f'> | null> => {
      const row = rows.get(e.key);
      const decision = row ? shareDecision(e.table, personIdsOf(e.table, row), (id) => consents.get(id)) : null;
      if (row && decision?.share) {
        const stored = await openRecord(session, RECORD_TABLES[e.table as RecordTableName], row as unknown as SealedRow);
        return {
          table: e.table,
          id: e.id,
          revision: stored.rev,
          updatedAt: new Date(stored.updatedAt).toISOString(),
          by: ctx.member,
          deleted: false,
          content: stored,
        };
      }
      // Shared before, and no longer (purged here, or consent withdrawn): the team gets a deletion.
      if (states[i])
        return {
          table: e.table,
          id: e.id,
          revision: 0,
          updatedAt: new Date(now).toISOString(),
          by: ctx.member,
          deleted: true,
          content: null,
        };
      return null;
    }),
  );
  // A person the team may no longer hold (consent withdrawn, purged here): what is about them is
  // looked at again in the next batch, so it leaves the team with them.
  const leaving = entries.filter((e, i) => e.table === 'persons' && payloads[i]?.deleted).map((e) => e.id);
  if (leaving.length > 0) await queueAbout(session, leaving, now);
  const docs = await Promise.all(payloads.map((p) => (p ? sealTeamDoc(ctx.idKey, ctx.current, p) : null)));
  const heads = await replica.allDocs({ keys: docIds });
  const headRev = new Map<string, string>();
  for (const r of heads.rows) if ('value' in r && !r.value.deleted) headRev.set(r.id, r.value.rev);

  const straight: { i: number; doc: TeamDoc }[] = [];
  const siblings: { i: number; doc: TeamDoc }[] = [];
  docs.forEach((doc, i) => {
    if (!doc) return;
    const head = headRev.get(doc._id);
    const base = states[i]?.rev;
    if (!head) straight.push({ i, doc: { _id: doc._id, k: doc.k, c: doc.c } });
    else if (head === base) straight.push({ i, doc: { _id: doc._id, _rev: head, k: doc.k, c: doc.c } });
    else siblings.push({ i, doc });
  });
  const newRevs = new Map<number, string>();
  if (straight.length) {
    const res = await replica.bulkDocs(straight.map((s) => s.doc));
    res.forEach((r, j) => {
      const s = straight[j];
      if (!s) return;
      if ('ok' in r && r.ok) newRevs.set(s.i, r.rev);
      else siblings.push(s); // the replica moved meanwhile: the same as above
    });
  }
  for (const s of siblings) {
    newRevs.set(s.i, await writeSibling(replica, s.doc, states[s.i]?.rev ?? null));
    result.conflicts++;
    result.conflictIds.push(s.doc._id);
  }
  await db.teamState.bulkPut([...newRevs].map(([i, rev]) => ({ docId: docIds[i] as string, rev })));
  result.sent = newRevs.size;
  result.kept = payloads.filter((p) => p === null).length;
  // Done with these entries, unless a record changed again meanwhile (its entry was rewritten).
  await db.transaction('rw', db.teamOutbox, async () => {
    const now2 = await db.teamOutbox.bulkGet(entries.map((e) => e.key));
    await db.teamOutbox.bulkDelete(entries.filter((e, i) => now2[i]?.at === e.at).map((e) => e.key));
  });
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
  /** Documents written into the vault (their ids). */
  applied: string[];
}

type ReplicaDoc = { _id: string; _rev: string; _conflicts?: string[]; _deleted?: boolean; k: string; c: string };

/** Writes into the vault what the replica received since the last pull, a batch per transaction. */
export async function pullInbox(ctx: TeamContext, now: number): Promise<PullResult> {
  const { session, replica } = ctx;
  const db = session.db;
  const mark = (await db.teamState.get('_inbox'))?.rev ?? '0';
  let seq: string | number = /^\d+$/.test(mark) ? Number(mark) : mark;
  const result: PullResult = { received: 0, conflicted: [], unreadable: [], applied: [] };
  for (;;) {
    const changes = await replica.changes({ since: seq, include_docs: true, conflicts: true, limit: BATCH });
    if (changes.results.length === 0) break;
    const docs = changes.results
      .map((ch) => ch.doc as unknown as ReplicaDoc | undefined)
      .filter((d): d is ReplicaDoc => !!d && !d._deleted && !d._id.startsWith('_') && d._id !== KEYRING_DOC_ID);
    const states = await db.teamState.bulkGet(docs.map((d) => d._id));
    const opened = await Promise.all(
      docs.map(async (doc, i) => {
        // A conflict has two live leaves; a leaf a resolution deleted does not make one.
        if (doc._conflicts?.length && (await leafRevisions(replica, doc._id)).length > 1) return { doc, kind: 'conflict' as const };
        if (states[i]?.rev === doc._rev) return { doc, kind: 'own' as const };
        try {
          return { doc, kind: 'open' as const, payload: await openTeamDoc(ctx.idKey, ctx.keys, doc) };
        } catch {
          return { doc, kind: 'unreadable' as const };
        }
      }),
    );
    const toApply = opened.flatMap((o) => (o.kind === 'open' ? [o] : []));
    const pending = await db.teamOutbox.bulkGet(toApply.map((o) => `${o.payload.table}|${o.payload.id}`));
    const here = await rowsOf(
      session,
      toApply.map((o) => ({ table: o.payload.table, id: o.payload.id })),
    );
    const w = recordWriter(session);
    w.inbound = true;
    const applied: { docId: string; rev: string }[] = [];
    for (const o of opened) {
      if (o.kind === 'conflict') result.conflicted.push(o.doc._id);
      if (o.kind === 'unreadable') result.unreadable.push(o.doc._id);
    }
    for (const [j, o] of toApply.entries()) {
      if (pending[j]) continue; // changed here too: the push makes the conflict
      const { payload } = o;
      const table = RECORD_TABLES[payload.table as RecordTableName];
      if (!table) {
        result.unreadable.push(o.doc._id);
        continue;
      }
      const row = here.get(`${payload.table}|${payload.id}`) as SealedRow | undefined;
      if (payload.deleted) {
        if (row) w.remove(table, payload.id, row.rev, 'team.receive');
      } else {
        await w.put(table, { ...(payload.content as Stored<unknown>), id: payload.id, rev: row?.rev ?? 0 }, 'team.receive', {
          asStored: true,
        });
      }
      applied.push({ docId: o.doc._id, rev: o.doc._rev });
      result.received++;
    }
    await w.commit(now);
    result.applied.push(...applied.map((a) => a.docId));
    seq = changes.last_seq;
    await db.teamState.bulkPut([...applied, { docId: '_inbox', rev: String(seq) }]);
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

/**
 * The documents in conflict, each with all its versions opened: those named (the link keeps their
 * ids), or every one in the replica (a walk over all its documents).
 */
export async function listConflicts(ctx: TeamContext, docIds?: readonly string[]): Promise<ConflictVersions[]> {
  const out: ConflictVersions[] = [];
  for (const docId of docIds ?? (await conflictedIds(ctx.replica))) {
    const versions: TeamPayload[] = [];
    for (const leaf of await leafRevisions(ctx.replica, docId)) versions.push(await openTeamDoc(ctx.idKey, ctx.keys, leaf));
    const first = versions[0];
    if (first && versions.length > 1) out.push({ docId, table: first.table, id: first.id, versions });
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
  const stored = await w.put(table, { ...chosen, id: c.id, rev: here?.rev ?? 0, updatedAt: now }, 'team.conflict', { asStored: true });
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
  await ctx.session.db.teamState.put({ docId: c.docId, rev: head._rev });
  await ctx.session.db.teamOutbox.delete(`${c.table}|${c.id}`);
}
