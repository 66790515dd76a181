// Everything a user types is sealed. This test writes one of every kind of record through the
// app's own write paths, with a marker in every typed field, then reads every stored row of every
// table: each table may hold only the clear fields listed here (a new clear field, or a new
// table, fails), and no clear value may contain a marker. README's "What is stored in the clear"
// is this list.
import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../../shared/persons/person';
import { emptyContact } from '../../shared/contactLog/contact';
import { emptyMeeting } from '../../shared/meetings/meeting';
import { STANDARD_JA } from '../../shared/endingNotes/defaults';
import { PersonStore } from '../records/personStore';
import { saveDraft } from '../records/drafts';
import { draftKeys } from '../records/draftKeys';
import { writeSingleton } from '../records/singletons';
import { profileSchema } from '../vault/secrets';
import { saveContact } from '../features/contactLog';
import { saveDirectoryEntry, saveMeeting } from '../features/meetings';
import { createReferral, saveReferral } from '../features/referrals';
import { createNote, saveAnswers, saveTemplateVersion } from '../features/endingNotes';
import { writeSetting } from '../features/settings';
import { createBackup } from '../backup/exportVault';
import { stageBackup } from '../backup/restore';
import { createHandover, handoverIdentity, stageHandover } from '../backup/handover';
import { bytesStream } from '../../shared/backup';
import { setTeamOutbox } from '../db/teamOutbox';

const META = ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt', 'enc'];

/** The only fields each table may hold outside its sealed `enc` (and, for the audit log, `who`). */
export const CLEAR_FIELDS: Record<string, readonly string[]> = {
  vaultMeta: [
    'id',
    'createdAt',
    'kdf',
    'byPassphrase',
    'recoverySalt',
    'byRecovery',
    'failures',
    'lastFailureAt',
    'count',
    'seq',
    'mac',
    'check',
    'lostBefore',
    'tables',
  ],
  settings: ['key', 'rev', 'updatedAt', 'enc'],
  secrets: ['key', 'rev', 'updatedAt', 'enc'],
  persons: [...META, 'districtId', 'status'],
  drafts: ['key', 'updatedAt', 'enc'],
  audit: ['seq', 'at', 'actorId', 'actorRole', 'action', 'table', 'recordId', 'v', 'who', 'mac'],
  templates: ['id', 'version', 'savedAt', 'enc'],
  endingNotes: [...META, 'personId', 'goals'],
  contacts: [...META, 'date', 'personId', 'recordedBy', 'districtId', 'goals'],
  meetings: [...META, 'date', 'type', 'districtId', 'personIds', 'goals'],
  actions: [...META, 'sourceId', 'status', 'due', 'districtId', 'personId', 'doneDate', 'goals'],
  directory: [...META],
  referrals: [...META, 'personId', 'status', 'statusDate', 'districtId', 'goals'],
  // Derived from contacts' clear columns: each person's last live contact date.
  contactLast: ['personId', 'date'],
  // Column mirrors of live contacts, action items and ending notes (db/mirrors.ts): their clear columns again.
  facts: ['key', 'id', 'date', 'personId', 'districtId', 'goals', 'due', 'status', 'doneDate', 'createdAt'],
  // A file being restored: `rows` are stored rows of another table, sealed as that table seals them.
  staging: ['batch', 'n', 'table', 'rows'],
  // This vault in a team: the shared records changed since the team last got them (db/teamOutbox.ts).
  teamOutbox: ['key', 'table', 'id', 'at'],
  // Per team document (an HMAC id that names nothing), the replica revision last applied or sent.
  teamState: ['docId', 'rev'],
};

const M = 'MARKER秘密';

describe('what is stored in the clear', () => {
  it('is exactly the listed fields of each table, and never anything typed', async () => {
    const s = await openTestVault('care-plaza');
    // In a team from here on, so the outbox holds what the writes below queue.
    setTeamOutbox(s.db.name, true);
    await writeSingleton(
      s,
      'secrets',
      'profile',
      profileSchema,
      { id: 'u1', name: `${M}職員`, role: 'care-plaza', districtId: 'd01' },
      0,
      'profile.update',
      1,
    );
    await writeSetting(s, 'districts', [{ id: 'd01', name: `${M}地区` }], 0, 1);
    await writeSetting(s, 'idleMinutes', 7, 0, 1);
    await writeSetting(s, 'stallDays', { intake: 21 }, 0, 1);
    const persons = new PersonStore(s);
    const p = await persons.create({ ...emptyPerson('d01'), name: `${M}氏名`, address: `${M}住所`, note: `${M}メモ` }, 1);
    await saveContact(
      s,
      {
        ...emptyContact('2026-11-10', 'u1', `${M}記録者`, p.id),
        summary: `${M}ようす`,
        followUp: { needed: true, task: `${M}やること`, due: '2026-12-01' },
      },
      'd01',
      2,
    );
    const blank = { personId: p.id, basicInfo: `${M}基本`, family: '', history: '', wishes: '' };
    await saveMeeting(
      s,
      { ...emptyMeeting('case', '2026-11-12', 'd01'), title: `${M}件名`, cases: [blank], discussion: `${M}検討` },
      [{ owner: `${M}担当`, ownerOrg: '', task: `${M}役割`, due: '2026-12-05', personId: p.id }],
      3,
    );
    await saveDirectoryEntry(s, { name: `${M}出席者`, organisation: `${M}所属`, role: '', note: '' }, 4);
    const r = await createReferral(s, p.id, 'd01', '2026-10-01', `${M}受付者`, 5);
    await saveReferral(s, { ...r, wishes: `${M}意向` }, 6);
    const note = await createNote(s, p.id, STANDARD_JA.id, 1, 7);
    await saveAnswers(s, note, { name: `${M}回答` }, 8);
    await saveTemplateVersion(s, { ...STANDARD_JA, name: `${M}テンプレート` }, 9);
    await saveDraft(s, draftKeys.personNew(), { name: `${M}下書き` }, 10);
    // A backup of all of it, staged for a merge and not yet committed.
    const backup = await createBackup(s, { passphrase: 'backup passphrase', logN: 10 }, 'test', () => 11);
    await stageBackup(s.db, backup.blob, { passphrase: 'backup passphrase' });
    // This vault's hand-over identity, and a package from another vault staged, not yet taken in.
    await handoverIdentity(s, 12);
    const other = await openTestVault('commissioner');
    const op = await new PersonStore(other).create({ ...emptyPerson('d09'), name: `${M}引き継ぎ`, note: `${M}メモ` }, 13);
    const pkg = await createHandover(other, [op.id], [{ id: 'd09', name: `${M}よその地区` }], { passphrase: 'p', logN: 10 }, 'test', 14);
    await stageHandover(s, { size: pkg.bytes.byteLength, stream: () => bytesStream(pkg.bytes) }, { passphrase: 'p' }, []);

    const seen: Record<string, Set<string>> = {};
    const leaks: string[] = [];
    for (const table of s.db.tables) {
      seen[table.name] = new Set();
      for (const row of (await table.toArray()) as Record<string, unknown>[]) {
        for (const [field, value] of Object.entries(row)) {
          seen[table.name]?.add(field);
          if (field === 'enc' || field === 'who') continue;
          const json = JSON.stringify(value);
          if (json.includes('MARKER') || json.includes('AGE-SECRET-KEY')) leaks.push(`${table.name}.${field}`);
        }
      }
    }
    setTeamOutbox(s.db.name, false);
    // The sync's per-document base revision, as team/sync.ts writes it (the sync itself needs the
    // replica, PouchDB in Chromium: e2e/teamSync.spec.ts).
    await s.db.teamState.put({ docId: '3f9c0a1b2c3d4e5f60718293a4b5c6d7', rev: '2-0123456789abcdef0123456789abcdef' });
    expect(await s.db.teamOutbox.count(), 'the team outbox was filled').toBeGreaterThan(0);
    expect(Object.keys(seen).sort()).toEqual(Object.keys(CLEAR_FIELDS).sort());
    for (const [table, fields] of Object.entries(seen)) {
      const extra = [...fields].filter((f) => !CLEAR_FIELDS[table]?.includes(f));
      expect(extra, `clear fields of ${table}`).toEqual([]);
    }
    // Every table that should hold rows did get one (the test covers them all).
    for (const table of Object.keys(CLEAR_FIELDS)) expect(await s.db.table(table).count(), table).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});
