// The team outbox: which shared records changed on this machine since the team last got them
// (docs/replication.md, "The outbox"). A Dexie DBCore middleware, like the column mirrors
// (db/mirrors.ts), so every writer fills it without knowing about it: the record writer, a restore,
// a merge, a hand-over import. One row per record, `table|id` (the id is the opaque UUID already in
// the clear), written in the very transaction of the change, so a change is never made without
// its outbox entry nor the other way round. The sync seals what the entry names and hands it to
// the replica, then deletes the entry; 「未送信 N件」 is the count of entries.
//
// Only while this vault is in a team (`setTeamOutbox`): otherwise no transaction is widened and
// nothing is written. Writes the sync makes for records received from the team are marked
// (`markInbound`) and not queued, or every received record would be sent straight back.
// Versionchange writes are not queued (the table may not exist yet); joining a team queues every
// shared record (`queueAll`).
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { SHARED_TABLES } from '../../shared/team/share';

export const OUTBOX_TABLE = 'teamOutbox';
export interface OutboxRow {
  /** `${table}|${id}` */
  key: string;
  table: string;
  id: string;
  /** When the change was made (ms). */
  at: number;
}

/** Per team document, the replica revision this machine last applied or sent (team/sync.ts). */
export interface TeamStateRow {
  docId: string;
  rev: string;
}

const SHARED: ReadonlySet<string> = new Set(SHARED_TABLES);
const active = new Set<string>();
const listeners = new Map<string, Set<() => void>>();

/**
 * Calls `listener` after a transaction of this database queued outbox entries has finished (the
 * sync uses it to send soon after a change). Answers the unsubscribe.
 */
export function onOutboxQueued(dbName: string, listener: () => void): () => void {
  const set = listeners.get(dbName) ?? new Set();
  set.add(listener);
  listeners.set(dbName, set);
  return () => {
    set.delete(listener);
  };
}

function tellQueued(dbName: string, trans: object): void {
  const idb = trans as Partial<Pick<IDBTransaction, 'addEventListener'>>;
  const fire = () => {
    for (const l of listeners.get(dbName) ?? []) l();
  };
  if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', fire, { once: true });
  else queueMicrotask(fire);
}
const inbound = new WeakSet<object>();

/** Turns the outbox on or off for the database named (on while the vault is in a team). */
export function setTeamOutbox(dbName: string, on: boolean): void {
  if (on) active.add(dbName);
  else active.delete(dbName);
}
export function teamOutboxActive(dbName: string): boolean {
  return active.has(dbName);
}

/** Marks a transaction as writing what the team sent (Dexie's `tx.idbtrans`): not queued. */
export function markInbound(idbtrans: object): void {
  inbound.add(idbtrans);
}

const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as { mode?: string }).mode === 'versionchange';
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined);

async function keysOf(table: ReturnType<DBCore['table']>, req: DBCoreMutateRequest): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.map(idOf);
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return (await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result;
  }
}

export const teamOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ainet-team-outbox',
  create(down) {
    const dbName = down.schema.name;
    return {
      ...down,
      transaction(stores, mode, options) {
        const extend = active.has(dbName) && mode === 'readwrite' && stores.some((s) => SHARED.has(s)) && !stores.includes(OUTBOX_TABLE);
        return down.transaction(extend ? [...stores, OUTBOX_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!SHARED.has(name)) return table;
        return {
          ...table,
          mutate: async (req) => {
            if (!active.has(dbName) || isUpgrade(req.trans) || inbound.has(req.trans as object)) return table.mutate(req);
            // A deleteRange must be read before it runs; the others name their keys.
            const keys = req.type === 'deleteRange' ? await keysOf(table, req) : null;
            const res = await table.mutate(req);
            const ids = (keys ?? (await keysOf(table, req))).filter(
              (k, i): k is string => typeof k === 'string' && !(res.numFailures > 0 && res.failures[i]),
            );
            if (ids.length > 0) {
              const at = Date.now();
              const out = await down.table(OUTBOX_TABLE).mutate({
                trans: req.trans,
                type: 'put',
                values: [...new Set(ids)].map((id): OutboxRow => ({ key: `${name}|${id}`, table: name, id, at })),
              });
              if (out.numFailures > 0) throw Object.values(out.failures)[0] ?? new Error('team outbox write failed');
              if (listeners.get(dbName)?.size) tellQueued(dbName, req.trans as object);
            }
            return res;
          },
        };
      },
    };
  },
};

/** Queues every record of the shared tables (joining a team), in one read-write transaction over them. */
export async function queueAll(tx: Pick<Transaction, 'table'>, now: number): Promise<number> {
  let n = 0;
  for (const name of SHARED_TABLES) {
    const ids = (await tx.table(name).toCollection().primaryKeys()) as string[];
    await tx.table(OUTBOX_TABLE).bulkPut(ids.map((id): OutboxRow => ({ key: `${name}|${id}`, table: name, id, at: now })));
    n += ids.length;
  }
  return n;
}
