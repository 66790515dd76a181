import { openTestVault } from '../testing/testVault';
import { writeRecord, newMeta } from '../records/write';
import { contactsTable } from '../records/tables';
import { emptyContact } from '../../shared/contactLog/contact';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { BackupError, encodeJson } from '../../shared/backup';
import { emptyPerson } from '../../shared/persons/person';
import { VaultDatabase } from '../db/database';
import { verifyAuditChain } from '../audit/auditLog';
import { unlockWithPassphrase } from '../vault/keystore';
import { ARGON2ID_MIN } from '../vault/kdf';
import { VaultSession } from '../vault/session';
import { PersonStore } from '../records/personStore';
import { writeSingleton } from '../records/singletons';
import { saveDraft } from '../records/drafts';
import { draftKeys } from '../records/draftKeys';
import { profileSchema } from '../vault/secrets';
import { createBackup } from './exportVault';
import { commitMerge, conflictKey, previewMerge, type Choice } from './merge';
import { commitRestore, stageBackup } from './restore';
import { BACKUP_TABLES } from './rows';

const LOCK = { passphrase: 'backup passphrase 2026', logN: 10 };
const KEY = { passphrase: 'backup passphrase 2026' };
const clock = (start: number) => {
  let t = start;
  return () => (t += 1000);
};

/**
 * A canonical hash over every table Dexie knows (not the backup's own list, so a table the backup
 * forgot fails), minus staging and this machine's wrong-passphrase counter.
 */
async function vaultHash(db: VaultDatabase): Promise<string> {
  const h = sha256.create();
  for (const table of [...db.tables].sort((x, y) => x.name.localeCompare(y.name))) {
    if (table.name === 'staging') continue;
    for (const row of await table.toArray()) {
      if (table.name === 'vaultMeta' && (row as { id?: string }).id === 'throttle') continue;
      h.update(new TextEncoder().encode(`${table.name}\t${encodeJson(row)}\n`));
    }
  }
  return bytesToHex(h.digest());
}

async function freshDb(): Promise<VaultDatabase> {
  const db = new VaultDatabase(`restore-${Math.random()}`);
  await db.open();
  return db;
}

async function openAgain(db: VaultDatabase): Promise<VaultSession> {
  const keys = await unlockWithPassphrase(db, 'a long test passphrase', 0, ARGON2ID_MIN);
  return VaultSession.open(db, 'main', keys, { id: 'u1', role: 'care-plaza', name: '試験 利用者' });
}

async function seed(s: VaultSession) {
  await writeSingleton(
    s,
    'secrets',
    'profile',
    profileSchema,
    { id: 'u1', name: '𠮷田 職員', role: 'care-plaza', districtId: 'd01' },
    0,
    'profile.update',
    1,
  );
  const persons = new PersonStore(s);
  const a = await persons.create({ ...emptyPerson('d01'), name: '𠮷野 花子', furigana: 'よしの はなこ', note: 'x'.repeat(10_000) }, 2);
  const b = await persons.create({ ...emptyPerson('d01'), name: '髙橋 一郎', furigana: 'たかはし いちろう' }, 3);
  await saveDraft(s, draftKeys.personNew(), { name: '下書き' }, 4);
  await writeRecord(s, contactsTable, { ...emptyContact('2026-10-02', 'u1', '𠮷田 職員', a.id), ...newMeta(5) }, 'contact.create', 5);
  return { persons, a, b };
}

describe('a backup restored into an empty database is the same vault', () => {
  it('covers every table of the database but staging and the derived tables (rebuilt from the contacts and notes on restore)', async () => {
    const db = await freshDb();
    expect([...BACKUP_TABLES].sort()).toEqual(
      db.tables
        .map((t) => t.name)
        .filter((n) => !['staging', 'contactLast', 'facts', 'teamOutbox', 'teamState'].includes(n))
        .sort(),
    );
    await db.delete();
  });

  it('marks the clear columns for the next unlock when the backup is of an older schema', async () => {
    const s = await openTestVault();
    await seed(s);
    const { blob } = await createBackup(s, LOCK, '0.1.0', clock(10_000));
    const target = await freshDb();
    const staged = await stageBackup(target, blob, KEY);
    await commitRestore(target, staged.batch, 5);
    expect((await target.vaultMeta.get('clearRefresh')) as unknown).toMatchObject({
      id: 'clearRefresh',
      tables: expect.arrayContaining(['contacts']),
    });
  });

  it('gives identical tables (canonical hash), opens with the same passphrase, and its audit chain verifies', async () => {
    const s = await openTestVault();
    const { a } = await seed(s);
    const before = await vaultHash(s.db);
    const { blob, manifest } = await createBackup(s, LOCK, '0.1.0', clock(10_000));
    expect(manifest.tables.persons?.count).toBe(2);
    expect(manifest.extra.vaultId).toBe(s.vaultId);

    const target = await freshDb();
    const staged = await stageBackup(target, blob, KEY);
    expect(await target.persons.count()).toBe(0);
    const staged_ = await target.staging.toArray();
    expect(staged_.reduce((n, c) => n + c.rows.length, 0)).toBe(manifest.total);
    await commitRestore(target, staged.batch);
    expect(await target.staging.count()).toBe(0);
    // The source logged the export after the dump: the restored copy is the moment before it.
    const restoredHash = await vaultHash(target);
    expect(restoredHash).toBe(before);
    // Rows of this schema carry every clear column: nothing is left for the unlock to fill in.
    expect(await target.vaultMeta.get('clearRefresh')).toBeUndefined();
    // Each person's last contact is rebuilt from the restored entries.
    expect(await target.contactLast.toArray()).toEqual([{ personId: a.id, date: '2026-10-02' }]);
    expect(await target.contactLast.toArray()).toEqual(await s.db.contactLast.toArray());
    // The column mirrors of live contacts, actions and notes are rebuilt in the same transaction.
    expect((await target.facts.get('contacts|2026-10-02'))?.id).toHaveLength(1);
    expect(await target.facts.toArray()).toEqual(await s.db.facts.toArray());

    const again = await openAgain(target);
    const persons = new PersonStore(again);
    await persons.load();
    expect(
      persons
        .getSnapshot()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['𠮷野 花子', '髙橋 一郎'].sort());
    expect(again.vaultId).toBe(s.vaultId);
    expect(await verifyAuditChain(again)).toMatchObject({ ok: true });
    await target.delete();
  });

  it('a wrong passphrase or a damaged file leaves nothing behind', async () => {
    const s = await openTestVault();
    await seed(s);
    const { blob } = await createBackup(s, LOCK, '0.1.0', clock(10_000));
    const target = await freshDb();
    await expect(stageBackup(target, blob, { passphrase: 'not the passphrase' })).rejects.toMatchObject({ problem: 'wrongKey' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 1;
    const damaged = new Blob([bytes]);
    const error = await stageBackup(target, damaged, KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toBe('endDamaged');
    for (const t of target.tables) expect(await t.count(), t.name).toBe(0);
    await target.delete();
  });

  it('refuses to restore over a vault that exists', async () => {
    const s = await openTestVault();
    await seed(s);
    const { blob } = await createBackup(s, LOCK, '0.1.0', clock(10_000));
    const staged = await stageBackup(s.db, blob, KEY);
    await expect(commitRestore(s.db, staged.batch)).rejects.toMatchObject({ code: 'NotPermitted' });
    expect(await s.db.persons.count()).toBe(2);
  });
});

describe('merging a backup of the same vault', () => {
  it('sorts records into new, newer in the file, newer here, unchanged and changed on both sides, and writes only what was chosen', async () => {
    const s = await openTestVault();
    const { persons, a, b } = await seed(s);
    const old = await createBackup(s, LOCK, '0.1.0', clock(20_000));

    // The vault goes on: a is edited, c is added.
    const a2 = await persons.update(a.id, { ...a, note: 'ファイルの版' }, a.rev, 30);
    const c = await persons.create({ ...emptyPerson('d01'), name: '新しい 人' }, 31);
    const later = await createBackup(s, LOCK, '0.1.0', clock(40_000));

    // A second copy of the vault, restored from the older backup, changes a (conflict) and b twice (newer here).
    const copy = await freshDb();
    await commitRestore(copy, (await stageBackup(copy, old.blob, KEY)).batch);
    const s2 = await openAgain(copy);
    const p2 = new PersonStore(s2);
    await p2.load();
    const mineA = await p2.update(a.id, { ...a, note: 'この端末の版' }, a.rev, 50);
    const b2 = await p2.update(b.id, { ...b, phone: '045-000-0001' }, b.rev, 51);
    await p2.update(b.id, { ...b2, phone: '045-000-0002' }, b2.rev, 52);

    const staged = await stageBackup(copy, later.blob, KEY);
    const preview = await previewMerge(s2, staged);
    const kindOf = (id: string) => preview.items.find((i) => i.table === 'persons' && i.id === id)?.kind;
    expect(kindOf(c.id)).toBe('new');
    expect(kindOf(b.id)).toBe('newerHere');
    expect(kindOf(a.id)).toBe('conflict');
    expect(preview.conflicts).toHaveLength(1);
    expect((preview.conflicts[0]?.mine as { note?: string }).note).toBe('この端末の版');
    expect((preview.conflicts[0]?.theirs as { note?: string }).note).toBe(a2.note);

    // Without a choice for every conflict nothing is written.
    await expect(commitMerge(s2, preview, new Map(), 60)).rejects.toMatchObject({ code: 'ValidationFailed' });
    expect(await copy.persons.get(c.id)).toBeUndefined();

    const choices = new Map<string, Choice>([[conflictKey(preview.conflicts[0] ?? { table: '', id: '' }), 'theirs']]);
    const written = await commitMerge(s2, preview, choices, 61);
    expect(written).toBe(2);
    await p2.load();
    expect(p2.get(c.id)?.name).toBe('新しい 人');
    expect(p2.get(a.id)?.note).toBe('ファイルの版');
    expect(p2.get(a.id)?.rev).toBe(mineA.rev + 1);
    expect(p2.get(b.id)?.phone).toBe('045-000-0002');
    expect(await copy.staging.count()).toBe(0);
    const report = await verifyAuditChain(s2);
    expect(report.ok).toBe(true);
    const actions = (await copy.audit.toArray()).map((e) => e.action);
    expect(actions.filter((x) => x === 'record.merge')).toHaveLength(1);
    expect(actions.filter((x) => x === 'record.mergeConflict')).toHaveLength(1);
    expect(actions.at(-1)).toBe('backup.merge');
    await copy.delete();
  });

  it('a record saved after the preview fails the whole merge', async () => {
    const s = await openTestVault();
    const { persons, a } = await seed(s);
    const old = await createBackup(s, LOCK, '0.1.0', clock(20_000));
    await persons.update(a.id, { ...a, note: '後の版' }, a.rev, 30);
    const later = await createBackup(s, LOCK, '0.1.0', clock(40_000));
    const copy = await freshDb();
    await commitRestore(copy, (await stageBackup(copy, old.blob, KEY)).batch);
    const s2 = await openAgain(copy);
    const preview = await previewMerge(s2, await stageBackup(copy, later.blob, KEY));
    expect(preview.counts.updated).toBe(1);
    const p2 = new PersonStore(s2);
    await p2.load();
    await p2.update(a.id, { ...a, phone: '045-111-1111' }, a.rev, 50);
    await expect(commitMerge(s2, preview, new Map(), 60)).rejects.toMatchObject({ code: 'StaleRevision' });
    await p2.load();
    expect(p2.get(a.id)?.note).not.toBe('後の版');
    await copy.delete();
  });

  it('refuses a backup of another vault', async () => {
    const s = await openTestVault();
    await seed(s);
    const other = await openTestVault();
    const { blob } = await createBackup(other, LOCK, '0.1.0', clock(20_000));
    const staged = await stageBackup(s.db, blob, KEY);
    await expect(previewMerge(s, staged)).rejects.toMatchObject({ code: 'NotPermitted' });
    expect(await s.db.staging.count()).toBe(0);
  });
});
