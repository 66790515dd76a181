// Column mirrors of sealed tables, for counting. For each live row of contacts, action items and
// ending notes, its counting columns (no ciphertext) are kept in a bucket row of the `facts`
// table — contacts by their day, action items by their due day, each column an array of strings;
// ending notes one to a row, by the Tokyo day they were written — by a Dexie DBCore
// middleware, in the very transaction of every write to the source, whoever writes: the record
// writer, a restore, a merge, the first unlock's column refresh, and replication later.
//
// Why buckets: IndexedDB costs about 8 µs a record to read whatever its size (a fiscal year's
// 20,000 slim contact rows take 160 ms in Chromium, as plain strings 130 ms), while the same
// entries in twelve month rows of columns take 7 ms. The pillar-2 dashboard reads two fiscal
// years of contacts and every action item at once. A day, not a month: a save rewrites its
// bucket, and a day holds tens of entries where a month of a whole ward holds thousands. Notes
// are few and large: one slim row each is enough.
//
// Rules: an entry exists exactly while its source row exists with deletedAt 0, in the bucket its
// columns name, and equals the source's projection. Before a put or a delete the old rows are read
// (their bucket may change with their date). Writes inside a versionchange (schema upgrade)
// transaction are not mirrored — the facts table may not exist yet at that step — so the upgrade
// that creates it (migrations/v7.ts) builds it, and a later upgrade that rewrites source rows
// must call rebuildMirrors. The bucket updates of one transaction run one after another.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { tokyoDate } from '../../shared/text/dates';

type Source = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const joined = (v: unknown): string => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string').join(',') : '');
const live = (row: Source): boolean => row.deletedAt === 0;
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const day = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '0000-00-00');

interface Mirror {
  /** The source table's name; bucket keys start with it. */
  source: string;
  /** Column names, in the order of `entry`. */
  columns: readonly string[];
  /** The bucket a live row goes in (it sorts by day: 'YYYY-MM-DD…'), or null when it has no entry (not live). */
  bucketOf(row: Source): string | null;
  entry(row: Source): readonly string[];
}

export const MIRRORS = {
  contacts: {
    source: 'contacts',
    columns: ['date', 'personId', 'districtId', 'goals'],
    bucketOf: (r: Source) => (live(r) ? day(text(r.date)) : null),
    entry: (r: Source) => [text(r.date), text(r.personId), text(r.districtId), joined(r.goals)],
  },
  actions: {
    source: 'actions',
    columns: ['due', 'status', 'doneDate', 'districtId', 'goals', 'createdAt'],
    // The dashboard reads them all: by due day, tens to a bucket.
    bucketOf: (r: Source) => (live(r) ? day(text(r.due)) : null),
    entry: (r: Source) => [text(r.due), text(r.status), text(r.doneDate), text(r.districtId), joined(r.goals), String(num(r.createdAt))],
  },
  endingNotes: {
    source: 'endingNotes',
    columns: ['personId', 'goals', 'createdAt'],
    bucketOf: (r: Source) => (live(r) ? `${tokyoDate(num(r.createdAt))}|${text(r.id)}` : null),
    entry: (r: Source) => [text(r.personId), joined(r.goals), String(num(r.createdAt))],
  },
} as const satisfies Record<string, Mirror>;

export type MirroredTable = keyof typeof MIRRORS;
export const FACTS_TABLE = 'facts';
const BY_SOURCE: ReadonlyMap<string, Mirror> = new Map(Object.values(MIRRORS).map((m) => [m.source, m]));

/** One bucket: some live rows of a source, column by column (`id` the source row ids). */
export interface FactBucketRow {
  /** `${source}|${YYYY-MM-DD}` (notes: `${source}|${YYYY-MM-DD}|${id}`) */
  key: string;
  id: string[];
  [column: string]: string[] | string;
}

export const bucketKey = (source: string, bucket: string) => `${source}|${bucket}`;

function isUpgrade(trans: DBCoreTransaction): boolean {
  // Dexie's IndexedDB core hands the IDBTransaction itself down as the DBCore transaction.
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

async function expectNoFailure(res: Promise<DBCoreMutateResponse>): Promise<void> {
  const r = await res;
  if (r.numFailures > 0) throw Object.values(r.failures)[0] ?? new Error('mirror write failed');
}

/** Removes `gone` ids from, and appends `added` rows to, the buckets they name. */
async function applyToBuckets(
  mirror: Mirror,
  facts: DBCoreTable,
  trans: DBCoreTransaction,
  gone: ReadonlyMap<string, Set<string>>,
  added: ReadonlyMap<string, Source[]>,
): Promise<void> {
  const keys = [...new Set([...gone.keys(), ...added.keys()])];
  if (keys.length === 0) return;
  const current = (await facts.getMany({ trans, keys: keys.map((k) => bucketKey(mirror.source, k)) })) as (FactBucketRow | undefined)[];
  const puts: FactBucketRow[] = [];
  const deletes: string[] = [];
  keys.forEach((k, i) => {
    const adds = added.get(k) ?? [];
    // Rows re-added are dropped first too, so an entry is never there twice.
    const drop = new Set([...(gone.get(k) ?? []), ...adds.map((r) => text(r.id))]);
    const was = current[i];
    const next: FactBucketRow = { key: bucketKey(mirror.source, k), id: [] };
    for (const c of mirror.columns) next[c] = [];
    const column = (row: FactBucketRow, c: string) => row[c] as string[];
    if (was) {
      was.id.forEach((id, j) => {
        if (drop.has(id)) return;
        next.id.push(id);
        for (const c of mirror.columns) column(next, c).push(column(was, c)[j] ?? '');
      });
    }
    for (const r of adds) {
      next.id.push(text(r.id));
      mirror.entry(r).forEach((v, j) => column(next, mirror.columns[j] ?? '').push(v));
    }
    if (next.id.length > 0) puts.push(next);
    else if (was) deletes.push(next.key);
  });
  if (puts.length > 0) await expectNoFailure(facts.mutate({ trans, type: 'put', values: puts }));
  if (deletes.length > 0) await expectNoFailure(facts.mutate({ trans, type: 'delete', keys: deletes }));
}

function addTo<V>(map: Map<string, V[]>, key: string, v: V) {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

async function mirroredMutate(
  mirror: Mirror,
  table: DBCoreTable,
  facts: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  // The rows as they were: their entries leave their buckets.
  let before: Source[] = [];
  let all = false;
  if (req.type === 'put') before = (await table.getMany({ trans, keys: req.values.map((v) => (v as Source).id) })) as Source[];
  else if (req.type === 'delete') before = (await table.getMany({ trans, keys: req.keys })) as Source[];
  else if (req.type === 'deleteRange') {
    if ((req.range.type as number) === 3 /* DBCoreRangeType.Any: clear() */) all = true;
    else
      before = (await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result as Source[];
  }
  const res = await table.mutate(req);
  if (all) {
    const lower = bucketKey(mirror.source, '');
    await expectNoFailure(
      facts.mutate({
        trans,
        type: 'deleteRange',
        range: { type: 2, lower, upper: `${lower}\uffff`, lowerOpen: false, upperOpen: false } as never,
      }),
    );
    return res;
  }
  const failed = (i: number) => res.numFailures > 0 && res.failures[i] !== undefined;
  const gone = new Map<string, Set<string>>();
  const added = new Map<string, Source[]>();
  before.forEach((row, i) => {
    if (!row || failed(i)) return;
    const b = mirror.bucketOf(row);
    if (b === null) return;
    const set = gone.get(b) ?? new Set<string>();
    set.add(text(row.id));
    gone.set(b, set);
  });
  if (req.type === 'add' || req.type === 'put') {
    req.values.forEach((value, i) => {
      if (failed(i)) return;
      const row = value as Source;
      const b = mirror.bucketOf(row);
      if (b !== null) addTo(added, b, row);
    });
  }
  await applyToBuckets(mirror, facts, trans, gone, added);
  return res;
}

/** One mirrored write after another within a transaction (each reads then rewrites buckets). */
const queues = new WeakMap<object, Promise<unknown>>();
function serially<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const prev = queues.get(trans) ?? Promise.resolve();
  const next = prev.then(work, work);
  queues.set(
    trans,
    next.catch(() => undefined),
  );
  return next;
}

/** Keeps the facts buckets in step with their sources, inside the source write's transaction. */
export const mirrorsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ainet-mirrors',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const extend = mode === 'readwrite' && stores.some((s) => BY_SOURCE.has(s)) && !stores.includes(FACTS_TABLE);
        return down.transaction(extend ? [...stores, FACTS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const mirror = BY_SOURCE.get(name);
        if (!mirror) return table;
        return {
          ...table,
          // In a schema upgrade the facts table may not exist yet: nothing is mirrored (see above).
          mutate: (req) =>
            isUpgrade(req.trans)
              ? table.mutate(req)
              : serially(req.trans, () => mirroredMutate(mirror, table, down.table(FACTS_TABLE), req)),
        };
      },
    };
  },
};

/** The entries of some buckets (of one source), as rows of their columns with `id`. */
export function entriesOf(buckets: readonly FactBucketRow[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const b of buckets) {
    const cols = Object.keys(b).filter((k) => k !== 'key');
    b.id.forEach((_, j) => {
      const row: Record<string, string> = {};
      for (const c of cols) row[c] = (b[c] as string[])[j] ?? '';
      out.push(row);
    });
  }
  return out;
}

/** Rebuilds every mirror from its source (in a versionchange or a readwrite transaction over all of them). */
export async function rebuildMirrors(tx: Pick<Transaction, 'table'>): Promise<void> {
  const facts = tx.table(FACTS_TABLE);
  await facts.clear();
  for (const mirror of BY_SOURCE.values()) {
    const buckets = new Map<string, FactBucketRow>();
    const PAGE = 2000;
    let after: string | undefined;
    for (;;) {
      const src = tx.table(mirror.source);
      const page = (await (after === undefined ? src.orderBy(':id') : src.where(':id').above(after)).limit(PAGE).toArray()) as Source[];
      if (page.length === 0) break;
      after = text(page[page.length - 1]?.id);
      for (const r of page) {
        const b = mirror.bucketOf(r);
        if (b === null) continue;
        let bucket = buckets.get(b);
        if (!bucket) {
          bucket = { key: bucketKey(mirror.source, b), id: [] };
          for (const c of mirror.columns) bucket[c] = [];
          buckets.set(b, bucket);
        }
        bucket.id.push(text(r.id));
        const row = bucket;
        mirror.entry(r).forEach((v, j) => (row[mirror.columns[j] ?? ''] as string[]).push(v));
      }
    }
    if (buckets.size > 0) await facts.bulkPut([...buckets.values()]);
  }
}
