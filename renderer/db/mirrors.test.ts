// The facts buckets must hold, after every write by any Dexie API, exactly the live rows of their
// sources, each in its month — including writes that partly fail and transactions that roll back.
// The expected buckets are worked out here from the source rows, not by the mirror's own code.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDatabase, type ActionRow, type ContactRow, type EndingNoteRow, type SealedBlob } from './database';
import { entriesOf } from './mirrors';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function freshDb(): Promise<VaultDatabase> {
  const name = `mirrors-${Math.random()}`;
  names.push(name);
  const db = new VaultDatabase(name);
  await db.open();
  return db;
}

const enc = { v: 1, sv: 7, iv: new Uint8Array(12), ct: new Uint8Array(40) } as unknown as SealedBlob;

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contact(id: string, r: () => number): ContactRow {
  return {
    id,
    rev: 1,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: r() < 0.2 ? 5 : 0,
    enc,
    // Few days, so buckets hold several entries.
    date: `2026-${String(1 + Math.floor(r() * 4)).padStart(2, '0')}-1${Math.floor(r() * 2)}`,
    personId: r() < 0.1 ? '' : `p${Math.floor(r() * 5)}`,
    recordedBy: 'u1',
    districtId: `d0${Math.floor(r() * 3)}`,
    goals: r() < 0.5 ? ['2-1'] : ['2-2', '2-3'],
  };
}

const tokyoDay = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
const byId = (a: Record<string, string>, b: Record<string, string>) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1);

/** The facts of one source, by bucket key, each bucket's entries sorted by id. */
async function factsOf(db: VaultDatabase, source: string): Promise<Record<string, Record<string, string>[]>> {
  const rows = await db.facts.where('key').startsWith(`${source}|`).toArray();
  return Object.fromEntries(rows.map((b) => [b.key, entriesOf([b]).sort(byId)]));
}

function expected<R extends { id: string; deletedAt: number }>(
  rows: readonly R[],
  source: string,
  monthOf: (r: R) => string,
  entry: (r: R) => Record<string, string>,
): Record<string, Record<string, string>[]> {
  const out: Record<string, Record<string, string>[]> = {};
  for (const r of rows) if (r.deletedAt === 0) (out[`${source}|${monthOf(r)}`] ??= []).push({ id: r.id, ...entry(r) });
  for (const list of Object.values(out)) list.sort(byId);
  return out;
}

async function expectMirrored(db: VaultDatabase, step: string) {
  const contacts = expected(
    await db.contacts.toArray(),
    'contacts',
    (c) => c.date,
    (c) => ({ date: c.date, personId: c.personId, districtId: c.districtId, goals: c.goals.join(',') }),
  );
  expect(await factsOf(db, 'contacts'), step).toEqual(contacts);
  const actions = expected(
    await db.actions.toArray(),
    'actions',
    (a) => a.due,
    (a) => ({
      due: a.due,
      status: a.status,
      doneDate: a.doneDate,
      districtId: a.districtId,
      goals: a.goals.join(','),
      createdAt: String(a.createdAt),
    }),
  );
  expect(await factsOf(db, 'actions'), step).toEqual(actions);
  const notes = expected(
    await db.endingNotes.toArray(),
    'endingNotes',
    (n) => `${tokyoDay(n.createdAt)}|${n.id}`,
    (n) => ({ personId: n.personId, goals: n.goals.join(','), createdAt: String(n.createdAt) }),
  );
  expect(await factsOf(db, 'endingNotes'), step).toEqual(notes);
}

describe('the facts buckets', () => {
  it('hold the live rows’ counting columns in a row per day, without the ciphertext', async () => {
    const db = await freshDb();
    const r = rng(1);
    await db.contacts.bulkAdd([
      { ...contact('c1', r), deletedAt: 0, date: '2026-04-30' },
      { ...contact('c2', r), deletedAt: 9, date: '2026-04-30' },
      { ...contact('c3', r), deletedAt: 0, date: '2026-05-01' },
    ]);
    const buckets = await db.facts.toArray();
    expect(buckets.map((b) => b.key)).toEqual(['contacts|2026-04-30', 'contacts|2026-05-01']);
    expect(Object.keys(buckets[0] ?? {}).sort()).toEqual(['date', 'districtId', 'goals', 'id', 'key', 'personId']);
    expect(buckets[0]?.id).toEqual(['c1']);
    // An entry moved to another day leaves its bucket; the empty bucket goes.
    await db.contacts.update('c1', { date: '2026-05-01' });
    expect((await db.facts.toArray()).map((b) => [b.key, b.id])).toEqual([['contacts|2026-05-01', ['c3', 'c1']]]);
    db.close();
  });

  for (const seed of [1, 2, 3]) {
    it(`follow a random sequence of writes by every Dexie API (seed ${seed})`, async () => {
      const db = await freshDb();
      const r = rng(seed);
      let n = 0;
      const ids = () => Array.from({ length: n }, (_, i) => `c${i}`);
      const pick = () => `c${Math.floor(r() * Math.max(n, 1))}`;
      for (let step = 0; step < 60; step++) {
        const op = Math.floor(r() * 11);
        const label = `seed ${seed} step ${step} op ${op}`;
        switch (op) {
          case 0:
            await db.contacts.add(contact(`c${n++}`, r));
            break;
          case 1:
            await db.contacts.bulkAdd(Array.from({ length: 5 }, () => contact(`c${n++}`, r)));
            break;
          case 2:
            await db.contacts.put(contact(pick(), r));
            break;
          case 3:
            await db.contacts.update(pick(), { deletedAt: r() < 0.5 ? 0 : 7, date: '2027-01-01' });
            break;
          case 4:
            await db.contacts
              .where('personId')
              .equals(`p${Math.floor(r() * 5)}`)
              .modify({ personId: '', districtId: 'd09' });
            break;
          case 5:
            await db.contacts.delete(pick());
            break;
          case 6:
            await db.contacts.bulkDelete([pick(), pick()]);
            break;
          case 7:
            await db.contacts.where('date').above('2026-10').delete();
            break;
          case 8:
            // A transaction that fails after writing rolls both tables back.
            await db
              .transaction('rw', db.contacts, async () => {
                await db.contacts.put({ ...contact(pick(), r), deletedAt: 0 });
                await db.contacts.add(contact(`c${n}`, r));
                throw new Error('rolled back');
              })
              .catch(() => undefined);
            break;
          case 9:
            // A bulk add whose duplicates fail while the others are written (the error caught in the transaction).
            await db.transaction('rw', db.contacts, async () => {
              const rows = [contact(pick(), r), contact(`c${n++}`, r), contact(`c${n++}`, r)];
              await db.contacts.bulkAdd(rows).catch(() => undefined);
            });
            break;
          case 10:
            if (r() < 0.2) await db.contacts.clear();
            else
              await db.contacts.bulkPut(
                ids()
                  .slice(0, 3)
                  .map((id) => contact(id, r)),
              );
            break;
        }
        await expectMirrored(db, label);
      }
      db.close();
    });
  }

  it('follow action items (by due day) and ending notes (by the Tokyo day they were written): created, done, trashed, restored, deleted', async () => {
    const db = await freshDb();
    const meta = (id: string, createdAt: number) => ({ id, rev: 1, createdAt, updatedAt: 1, deletedAt: 0, enc });
    // 30 November 15:30 UTC is 1 December in Tokyo.
    const late = Date.parse('2026-11-30T15:30:00Z');
    const note = (id: string): EndingNoteRow => ({ ...meta(id, late), personId: 'p1', goals: ['2-3'] });
    const action = (id: string, createdAt: number): ActionRow => ({
      ...meta(id, createdAt),
      sourceId: 'm1',
      status: 'open',
      due: '2026-12-10',
      districtId: 'd01',
      personId: 'p1',
      doneDate: '',
      goals: ['2-1'],
    });
    await db.endingNotes.bulkPut([note('n1'), note('n2')]);
    await db.actions.bulkAdd([action('a1', late), action('a2', Date.parse('2026-11-30T14:00:00Z'))]);
    await expectMirrored(db, 'created');
    expect((await db.facts.toArray()).map((b) => b.key).sort()).toEqual([
      'actions|2026-12-10',
      'endingNotes|2026-12-01|n1',
      'endingNotes|2026-12-01|n2',
    ]);
    await db.actions.update('a1', { status: 'done', doneDate: '2026-12-02', due: '2026-12-01' });
    await db.endingNotes.update('n1', { deletedAt: 3 });
    await expectMirrored(db, 'done and trashed');
    await db.endingNotes.update('n1', { deletedAt: 0 });
    await db.endingNotes.delete('n2');
    await db.actions.where('sourceId').equals('m1').delete();
    await expectMirrored(db, 'restored and deleted');
    expect((await db.facts.toArray()).map((b) => [b.key, b.id])).toEqual([['endingNotes|2026-12-01|n1', ['n1']]]);
    db.close();
  });

  it('keep every entry of writes issued at once in one transaction (each rewrites the same bucket)', async () => {
    const db = await freshDb();
    const r = rng(7);
    await db.transaction('rw', db.contacts, () =>
      Promise.all(Array.from({ length: 8 }, (_, i) => db.contacts.add({ ...contact(`c${i}`, r), deletedAt: 0, date: '2026-06-01' }))),
    );
    expect((await db.facts.get('contacts|2026-06-01'))?.id).toHaveLength(8);
    await expectMirrored(db, 'parallel adds');
    db.close();
  });

  it('are left alone by a rolled-back transaction over several sources', async () => {
    const db = await freshDb();
    await db.contacts.add({ ...contact('c1', rng(5)), deletedAt: 0 });
    const before = await db.facts.toArray();
    await db
      .transaction('rw', [db.contacts, db.endingNotes], async () => {
        await db.contacts.delete('c1');
        await db.endingNotes.add({ id: 'n1', rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, enc, personId: 'p1', goals: [] });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await db.facts.toArray()).toEqual(before);
    await expectMirrored(db, 'after the rollback');
    db.close();
  });

  it('hold nothing for a source cleared, and the others stay', async () => {
    const db = await freshDb();
    await db.contacts.add({ ...contact('c1', rng(6)), deletedAt: 0 });
    await db.endingNotes.add({ id: 'n1', rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, enc, personId: 'p1', goals: [] });
    await db.contacts.clear();
    expect((await db.facts.toArray()).map((b) => b.key)).toEqual(['endingNotes|1970-01-01|n1']);
    db.close();
  });
});
