import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { BackupError, bytesStream, collect, newIdentity, writeBackupFile, type BackupProblem, type RowItem } from '../../shared/backup';
import { z } from 'zod';
import {
  DEMO_HANDOVER_RECIPIENT,
  demoHandoverRecords,
  HANDOVER_SCHEMA,
  oneTimePassphrase,
  writeHandoverPackage,
} from '../../shared/backup/handover';
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { ageOf, TEST_LOG_N } from '../../shared/backup/testing';
import { emptyContact } from '../../shared/contactLog/contact';
import { emptyMeeting } from '../../shared/meetings/meeting';
import { emptyPerson, type PersonInput } from '../../shared/persons/person';
import { emptyReferral } from '../../shared/referrals/referral';
import { isAppError } from '../../shared/errors/codes';
import { verifyAuditChain } from '../audit/auditLog';
import { openRecord } from '../records/sealed';
import { readSingleton, writeSingleton } from '../records/singletons';
import { actionsTable, contactsTable, endingNotesTable, meetingsTable, personsTable, referralsTable } from '../records/tables';
import { newMeta, writeRecord } from '../records/write';
import type { VaultSession } from '../vault/session';
import {
  commitHandover,
  createHandover,
  handoverIdentity,
  handoverView,
  packageKey,
  packageLock,
  previewHandover,
  readHandoverIdentity,
  setDemoHandoverIdentity,
  stageHandover,
  type DistrictChoices,
} from './handover';
import { conflictKey, type Choice } from './merge';

const SENDER_DISTRICTS = [
  { id: 'd01', name: '𠮷田町' },
  { id: 'd02', name: '潮田' },
];
// The receiver knows 𠮷田町 under another id and has no 潮田.
const RECEIVER_DISTRICTS = [
  { id: 'd07', name: '𠮷田町' },
  { id: 'd08', name: '生麦' },
];
const APP = '0.1.0-test';
const file = (bytes: Uint8Array) => ({ size: bytes.byteLength, stream: () => bytesStream(bytes, 4096) });

async function person(s: VaultSession, input: Partial<PersonInput>, now: number) {
  return writeRecord(s, personsTable, { ...emptyPerson('d01'), ...input, ...newMeta(now) }, 'person.create', now);
}

/** A sender with two persons handed over, one kept, their records, and a meeting about them. */
async function sender() {
  const s = await openTestVault('commissioner');
  const a = await person(s, { name: '𠮷野 葛󠄀子', furigana: 'よしの くずこ', note: '娘さんは𩸽料理店。' }, 1);
  const b = await person(s, { name: '髙橋 一郎', districtId: 'd02' }, 2);
  const kept = await person(s, { name: '残る 人' }, 3);
  const contact = await writeRecord(
    s,
    contactsTable,
    { ...emptyContact('2026-11-30', 'u1', '試験 利用者', a.id), summary: '訪問。お元気。', ...newMeta(4) },
    'contact.create',
    4,
  );
  await writeRecord(s, contactsTable, { ...emptyContact('2026-11-30', 'u1', '試験 利用者', kept.id), ...newMeta(5) }, 'contact.create', 5);
  const action = await writeRecord(
    s,
    actionsTable,
    {
      source: 'contact',
      sourceId: contact.id,
      owner: '試験 利用者',
      ownerOrg: '',
      task: '来週また訪問',
      due: '2026-12-07',
      personId: a.id,
      districtId: 'd01',
      status: 'open',
      doneDate: '',
      doneNote: '',
      ...newMeta(6),
      id: `fu-${contact.id}`,
    },
    'action.create',
    6,
  );
  const referral = await writeRecord(
    s,
    referralsTable,
    { ...emptyReferral(b.id, 'd02', '2026-11-01', '試験'), ...newMeta(7) },
    'referral.create',
    7,
  );
  const note = await writeRecord(
    s,
    endingNotesTable,
    { personId: a.id, templateId: 'standard-ja', templateVersion: 1, answers: { name: '𠮷野 葛󠄀子' }, ...newMeta(8) },
    'endingNote.create',
    8,
  );
  const trashed = await writeRecord(
    s,
    contactsTable,
    { ...emptyContact('2026-11-29', 'u1', '試験 利用者', a.id), ...newMeta(9), deletedAt: 9 },
    'contact.create',
    9,
  );
  const meeting = await writeRecord(
    s,
    meetingsTable,
    {
      ...emptyMeeting('case', '2026-11-20', 'd01'),
      title: '個別ケース検討',
      cases: [{ personId: a.id, basicInfo: 'ほかの人のことも', family: '', history: '', wishes: '' }],
      ...newMeta(10),
    },
    'meeting.create',
    10,
  );
  return { s, a, b, kept, contact, action, referral, note, trashed, meeting };
}

async function receiver() {
  const s = await openTestVault('care-plaza');
  const identity = await handoverIdentity(s, 20);
  return { s, identity };
}

async function receive(s: VaultSession, bytes: Uint8Array, passphrase = '') {
  const f = file(bytes);
  const key = await packageKey(s, await packageLock(f), passphrase);
  const staged = await stageHandover(s, f, key, RECEIVER_DISTRICTS);
  return previewHandover(s, staged);
}

async function refusal(p: Promise<unknown>): Promise<BackupProblem | string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.problem;
    if (isAppError(e)) return e.code;
    throw e;
  }
  throw new Error('not refused');
}

/** A person of a vault, opened. */
async function personIn(s: VaultSession, id: string) {
  const row = await s.db.persons.get(id);
  if (!row) throw new Error(`no person ${id}`);
  return openRecord(s, personsTable, row);
}

const actions = async (s: VaultSession) =>
  (await s.db.audit.orderBy('seq').toArray()).map((e) => ({ action: e.action, table: e.table, id: e.recordId }));

describe('the hand-over identity', () => {
  it('is made once, kept sealed in secrets, and logged', async () => {
    const s = await openTestVault();
    expect(await readHandoverIdentity(s)).toBeNull();
    const id = await handoverIdentity(s, 5);
    expect(id.identity).toMatch(/^AGE-SECRET-KEY-1/);
    expect(id.recipient).toMatch(/^age1/);
    expect(await handoverIdentity(s, 6)).toEqual(id);
    const row = await s.db.secrets.get('handoverIdentity');
    expect(Object.keys(row ?? {}).sort()).toEqual(['enc', 'key', 'rev', 'updatedAt']);
    expect(JSON.stringify(row)).not.toContain('AGE-SECRET-KEY');
    expect((await actions(s)).filter((e) => e.action === 'handover.identity')).toHaveLength(1);
  });
});

describe('a package between two vaults', () => {
  it('carries the chosen persons and their records (not meetings, not the trash), districts mapped by name, logged on both sides', async () => {
    const from = await sender();
    const to = await receiver();
    const made = await createHandover(from.s, [from.a.id, from.b.id], SENDER_DISTRICTS, { recipients: [to.identity.recipient] }, APP, 30);
    expect(made.counts).toEqual({ persons: 2, contacts: 1, actions: 1, referrals: 1, endingNotes: 1 });
    expect(made.total).toBe(6);

    // The sender's log names every record that left, and the count.
    const sent = (await actions(from.s)).filter((e) => e.action === 'record.handover');
    expect(sent.map((e) => e.id).sort()).toEqual(
      [from.a.id, from.b.id, from.contact.id, from.action.id, from.referral.id, from.note.id].sort(),
    );
    expect((await actions(from.s)).at(-1)).toEqual({ action: 'handover.export', table: 'vault', id: '6' });
    expect(await verifyAuditChain(from.s)).toMatchObject({ ok: true });

    const preview = await receive(to.s, made.bytes);
    // Staged sealed: no name, no note, no district name is readable in IndexedDB.
    const staging = JSON.stringify(await to.s.db.staging.toArray());
    for (const text of ['𠮷野', '髙橋', '訪問', '潮田', '𠮷田町', '来週']) expect(staging).not.toContain(text);
    expect(preview.staged.unknownDistricts).toEqual([{ placeholder: '?1', name: '潮田', records: 2 }]);

    const none = handoverView(preview, new Map());
    expect(none.counts).toMatchObject({ new: 6, conflict: 0, unchanged: 0 });
    expect(none.undecidedDistricts).toBe(1);
    await expect(commitHandover(to.s, preview, new Map(), new Map(), 40)).rejects.toMatchObject({ code: 'ValidationFailed' });

    const districts: DistrictChoices = new Map([['?1', 'd08']]);
    expect(await commitHandover(to.s, preview, districts, new Map(), 40)).toBe(6);
    expect(await to.s.db.staging.count()).toBe(0);

    const a = await personIn(to.s, from.a.id);
    expect(a).toMatchObject({ name: '𠮷野 葛󠄀子', note: '娘さんは𩸽料理店。', districtId: 'd07', rev: 1 });
    const b = await personIn(to.s, from.b.id);
    expect(b.districtId).toBe('d08');
    expect((await to.s.db.referrals.get(from.referral.id))?.districtId).toBe('d08');
    expect((await to.s.db.actions.get(from.action.id))?.districtId).toBe('d07');
    expect(await to.s.db.contacts.where('personId').equals(from.a.id).count()).toBe(1);
    expect(await to.s.db.meetings.count()).toBe(0);
    expect(await to.s.db.persons.get(from.kept.id)).toBeUndefined();

    const log = await actions(to.s);
    expect(log.filter((e) => e.action === 'record.merge')).toHaveLength(6);
    expect(log.at(-1)).toEqual({ action: 'handover.import', table: 'vault', id: '6' });
    expect(await verifyAuditChain(to.s)).toMatchObject({ ok: true });
  });

  it('a one-time passphrase opens it; the same package again is all unchanged', async () => {
    const from = await sender();
    const to = await receiver();
    const pass = oneTimePassphrase();
    const made = await createHandover(from.s, [from.a.id], SENDER_DISTRICTS, { passphrase: pass, logN: TEST_LOG_N }, APP, 30);
    const first = await receive(to.s, made.bytes, pass.replace(/-/g, ' '));
    expect(await commitHandover(to.s, first, new Map(), new Map(), 40)).toBe(4);
    const again = await receive(to.s, made.bytes, pass);
    expect(handoverView(again, new Map()).counts).toMatchObject({ new: 0, unchanged: 4, conflict: 0 });
    expect(await commitHandover(to.s, again, new Map(), new Map(), 41)).toBe(0);
  });

  it('a record here with other content is a conflict with both versions: kept, or taken as the next revision here', async () => {
    const from = await sender();
    const to = await receiver();
    const lock = { recipients: [to.identity.recipient] };
    const first = await createHandover(from.s, [from.a.id], SENDER_DISTRICTS, lock, APP, 30);
    await commitHandover(to.s, await receive(to.s, first.bytes), new Map(), new Map(), 40);
    // Both sides edit the person (revisions happen to be equal: they say nothing across vaults).
    const here = await personIn(to.s, from.a.id);
    await writeRecord(to.s, personsTable, { ...here, note: 'ケアプラザでの版', updatedAt: 50 }, 'person.update', 50);
    await writeRecord(from.s, personsTable, { ...from.a, note: '民生委員の版', updatedAt: 51 }, 'person.update', 51);
    const second = await createHandover(from.s, [from.a.id], SENDER_DISTRICTS, lock, APP, 52);

    const preview = await receive(to.s, second.bytes);
    const view = handoverView(preview, new Map());
    expect(view.counts).toMatchObject({ conflict: 1, unchanged: 3, new: 0 });
    const [c] = view.conflicts;
    expect(c).toMatchObject({ table: 'persons', id: from.a.id, mine: { note: 'ケアプラザでの版' }, theirs: { note: '民生委員の版' } });
    await expect(commitHandover(to.s, preview, new Map(), new Map(), 60)).rejects.toMatchObject({ code: 'ValidationFailed' });

    const keep = new Map<string, Choice>([[conflictKey(c ?? { table: '', id: '' }), 'mine']]);
    expect(await commitHandover(to.s, preview, new Map(), keep, 60)).toBe(0);
    expect((await personIn(to.s, from.a.id)).note).toBe('ケアプラザでの版');

    const again = await receive(to.s, second.bytes);
    const take = new Map<string, Choice>([[conflictKey(c ?? { table: '', id: '' }), 'theirs']]);
    expect(await commitHandover(to.s, again, new Map(), take, 61)).toBe(1);
    const after = await personIn(to.s, from.a.id);
    expect(after).toMatchObject({ note: '民生委員の版', rev: 3, updatedAt: 61 });
    expect((await actions(to.s)).filter((e) => e.action === 'record.mergeConflict').map((e) => e.id)).toEqual([from.a.id]);
    expect(await verifyAuditChain(to.s)).toMatchObject({ ok: true });
  });

  it('a record changed here after the preview fails the whole import (StaleRevision), nothing written', async () => {
    const from = await sender();
    const to = await receiver();
    const lock = { recipients: [to.identity.recipient] };
    const made = await createHandover(from.s, [from.a.id, from.b.id], SENDER_DISTRICTS, lock, APP, 30);
    await commitHandover(to.s, await receive(to.s, made.bytes), new Map([['?1', 'd08']]), new Map(), 40);
    await writeRecord(from.s, personsTable, { ...from.a, note: '送る側の版', updatedAt: 51 }, 'person.update', 51);
    const again = await createHandover(from.s, [from.a.id], SENDER_DISTRICTS, lock, APP, 52);
    const preview = await receive(to.s, again.bytes);
    const [c] = handoverView(preview, new Map()).conflicts;
    const here = await personIn(to.s, from.a.id);
    await writeRecord(to.s, personsTable, { ...here, note: 'その間の変更', updatedAt: 55 }, 'person.update', 55);
    const before = await to.s.db.audit.count();
    expect(
      await refusal(commitHandover(to.s, preview, new Map(), new Map([[conflictKey(c ?? { table: '', id: '' }), 'theirs' as Choice]]), 60)),
    ).toBe('StaleRevision');
    expect((await personIn(to.s, from.a.id)).note).toBe('その間の変更');
    expect(await to.s.db.audit.count()).toBe(before);
  });
});

describe('packages that are refused leave nothing behind', () => {
  async function nothingStaged(s: VaultSession) {
    expect(await s.db.staging.count()).toBe(0);
    expect(await s.db.persons.count()).toBe(0);
    expect(await s.db.contacts.count()).toBe(0);
  }

  it('made to another vault’s key: wrongKey', async () => {
    const from = await sender();
    const to = await receiver();
    const third = await newIdentity();
    const made = await createHandover(from.s, [from.a.id], SENDER_DISTRICTS, { recipients: [third.recipient] }, APP, 30);
    expect(await refusal(receive(to.s, made.bytes))).toBe('wrongKey');
    // A vault that never made its identity cannot be the receiver either.
    const fresh = await openTestVault();
    expect(await refusal(receive(fresh, made.bytes))).toBe('wrongKey');
    await nothingStaged(to.s);
  });

  /** A package our writer would refuse to make: 250 good contacts (more than a batch) then `bad`. */
  async function crafted(bad: RowItem): Promise<Uint8Array> {
    const person = {
      id: 'p1',
      rev: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      district: '𠮷田町',
      content: { ...emptyPerson('x'), name: '𠮷野 花' },
    };
    delete (person.content as Partial<PersonInput>).districtId;
    const contacts: RowItem[] = Array.from({ length: 250 }, (_, i) => ({
      table: 'contacts',
      row: { id: `c${i}`, rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, content: emptyContact('2026-11-30', 'u9', '送る人', 'p1') },
    }));
    async function* rows() {
      yield { table: 'persons', row: person };
      yield* contacts;
      yield bad;
    }
    const header = { kind: 'handover' as const, app: APP, schema: HANDOVER_SCHEMA, createdAt: 1, source: { vaultKind: 'main' } };
    return collect(await writeBackupFile(header, rows(), () => ({}), { passphrase: 'p', logN: TEST_LOG_N }));
  }

  it('a record that fails its table’s schema after a batch was staged: badRow, zero rows anywhere', async () => {
    const to = await receiver();
    const bad = {
      table: 'contacts',
      row: { id: 'cx', rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, content: { ...emptyContact('2026-13-45', 'u9', 'x', 'p1') } },
    };
    expect(await refusal(receive(to.s, await crafted(bad), 'p'))).toBe('badRow');
    await nothingStaged(to.s);
    // The same file without the bad record goes in.
    const good = { ...bad, row: { ...bad.row, content: emptyContact('2026-11-30', 'u9', 'x', 'p1') } };
    expect(handoverView(await receive(to.s, await crafted(good), 'p'), new Map()).counts.new).toBe(252);
  });

  it('a record about a person not in the package: badRow', async () => {
    const to = await receiver();
    const orphan = {
      table: 'contacts',
      row: { id: 'cx', rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, content: emptyContact('2026-11-30', 'u9', 'x', 'elsewhere') },
    };
    expect(await refusal(receive(to.s, await crafted(orphan), 'p'))).toBe('badRow');
    await nothingStaged(to.s);
  });

  it('a `__proto__` key: forbiddenKey', async () => {
    const to = await receiver();
    const line = (v: unknown) => JSON.stringify(v) + '\n';
    const content = { ...emptyPerson('x'), name: '𠮷野 花' } as Partial<PersonInput>;
    delete content.districtId;
    const plain =
      line({ t: 'header', format: 'ainet-records', formatVersion: 1, kind: 'handover', app: APP, schema: 1, createdAt: 1, source: {} }) +
      line({
        t: 'row',
        table: 'persons',
        row: { id: 'p1', rev: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, district: '', content },
      }).replace('"content":{', '"content":{"__proto__":{"polluted":true},');
    expect(await refusal(receive(to.s, await ageOf(plain, 'p'), 'p'))).toBe('forbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await nothingStaged(to.s);
  });

  it('a package from a demo vault is not taken into a real one', async () => {
    const demo = await openTestVault('commissioner', 'demo');
    const a = await person(demo, { name: '架空 花子' }, 1);
    const to = await receiver();
    const made = await createHandover(demo, [a.id], SENDER_DISTRICTS, { recipients: [to.identity.recipient] }, APP, 30);
    expect(await refusal(receive(to.s, made.bytes))).toBe('NotPermitted');
    await nothingStaged(to.s);
  });

  it('a backup is not a package', async () => {
    const to = await receiver();
    const header = { kind: 'backup' as const, app: APP, schema: 5, createdAt: 1, source: {} };
    async function* none() {}
    const bytes = await collect(await writeBackupFile(header, none(), () => ({}), { passphrase: 'p', logN: TEST_LOG_N }));
    expect(await refusal(receive(to.s, bytes, 'p'))).toBe('wrongKind');
  });
});

describe('the writer', () => {
  it('refuses a package of nobody', async () => {
    const from = await sender();
    expect(await refusal(createHandover(from.s, ['nobody'], SENDER_DISTRICTS, { passphrase: 'p', logN: TEST_LOG_N }, APP, 30))).toBe(
      'NotFound',
    );
    expect((await actions(from.s)).some((e) => e.action === 'handover.export')).toBe(false);
  });

  it('an unreadable stored identity is replaced', async () => {
    const s = await openTestVault();
    const id = await handoverIdentity(s, 1);
    await writeSingleton(s, 'secrets', 'handoverIdentity', z.unknown(), { broken: true }, 1, 'handover.identity', 2);
    expect((await readSingleton(s, 'secrets', 'handoverIdentity', z.unknown())).value).toEqual({ broken: true });
    const next = await handoverIdentity(s, 3);
    expect(next.recipient).not.toBe(id.recipient);
  });
});

describe('the demo vault and real ones stay apart', () => {
  it('the demo vault takes in the sample package with the published demo identity; a real vault neither sends to it nor takes it', async () => {
    const demo = await openTestVault('commissioner', 'demo');
    await setDemoHandoverIdentity(demo, 1);
    expect((await readHandoverIdentity(demo))?.recipient).toBe(DEMO_HANDOVER_RECIPIENT);
    const at = Date.UTC(2026, 3, 1);
    const sample = await writeHandoverPackage(
      demoHandoverRecords('2026-04-01', at),
      DEFAULT_DISTRICTS,
      { recipients: [DEMO_HANDOVER_RECIPIENT] },
      { app: APP, createdAt: at, vaultKind: 'demo' },
    );
    const preview = await receive(demo, sample);
    expect(handoverView(preview, new Map()).counts.new).toBe(6);

    const real = await sender();
    await expect(setDemoHandoverIdentity(real.s, 1)).rejects.toMatchObject({ code: 'NotPermitted' });
    expect(await refusal(createHandover(real.s, [real.a.id], SENDER_DISTRICTS, { recipients: [DEMO_HANDOVER_RECIPIENT] }, APP, 30))).toBe(
      'NotPermitted',
    );
    const made = await createHandover(real.s, [real.a.id], SENDER_DISTRICTS, { passphrase: 'p', logN: TEST_LOG_N }, APP, 30);
    expect(await refusal(receive(demo, made.bytes, 'p'))).toBe('NotPermitted');
    // The refused file left nothing: what is staged is the sample, still waiting for its preview's choice.
    expect((await demo.db.staging.toArray()).every((c) => c.batch === preview.staged.batch)).toBe(true);
  });
});
