import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors/codes';
import { AGE_HEADER, MAX_FILE_BYTES } from '../shared/ipc/contract';
import { tokyoDate } from '../shared/text/dates';
import {
  BACKUPS_FOLDER,
  KEEP_NEWEST,
  VAULT_STATE_FILE,
  backupName,
  backupTime,
  chooseBackupsToKeep,
  listBackups,
  readBackup,
  readDeviceState,
  writeBackup,
  writeDeviceState,
} from './backups';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ainet-backups-'));
  dir = path.join(root, BACKUPS_FOLDER);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const enc = (text: string) => new TextEncoder().encode(text);
/** Stands for an age file: main only checks the header, it never decrypts. */
const age = (body = 'ciphertext') => enc(`${AGE_HEADER}-> scrypt abc 18\n--- mac\n${body}`);
/** An instant given as Tokyo wall-clock time. */
const jst = (iso: string) => Date.parse(`${iso}+09:00`);
const nameAt = (iso: string) => backupName(jst(iso));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('did not reject');
}

describe('backupName and backupTime', () => {
  it('names a backup by its Tokyo time, with the offset, without colons', () => {
    expect(backupName(jst('2026-12-01T20:30:15.999'))).toBe('ainet-backup-2026-12-01T203015+0900.age');
  });

  it('uses the Tokyo date, not the UTC one, around midnight', () => {
    // 15:30 UTC on 30 November is 00:30 on 1 December in Tokyo.
    const instant = Date.UTC(2026, 10, 30, 15, 30, 0);
    expect(backupName(instant)).toBe('ainet-backup-2026-12-01T003000+0900.age');
    expect(backupName(instant).slice(13, 23)).toBe(tokyoDate(instant));
    // The last second of the year in Tokyo, and the first of the next.
    expect(backupName(Date.UTC(2026, 11, 31, 14, 59, 59))).toBe('ainet-backup-2026-12-31T235959+0900.age');
    expect(backupName(Date.UTC(2026, 11, 31, 15, 0, 0))).toBe('ainet-backup-2027-01-01T000000+0900.age');
  });

  it('reads back the instant, to the second', () => {
    const instant = Date.UTC(2028, 1, 29, 3, 4, 5);
    expect(backupTime(backupName(instant))).toBe(instant);
    expect(backupTime(backupName(instant + 999))).toBe(instant);
  });

  it('sorts as times sort', () => {
    const instants = [jst('2026-01-02T09:00:00'), jst('2025-12-31T23:59:59'), jst('2026-01-02T08:59:59'), jst('2026-10-01T00:00:00')];
    const byName = instants.map(backupName).sort();
    expect(byName).toEqual([...instants].sort((a, b) => a - b).map(backupName));
  });

  it.each([
    'ainet-backup-2026-12-01T203015+0900.age.tmp',
    '.ainet-backup-2026-12-01T203015+0900.age.1a2b3c.tmp',
    'ainet-backup-2026-12-01T203015+0000.age',
    'ainet-backup-2026-12-01T20:30:15+0900.age',
    'ainet-backup-2026-02-30T120000+0900.age',
    'ainet-backup-2026-13-01T120000+0900.age',
    'ainet-backup-2026-12-01T240000+0900.age',
    'ainet-backup-2026-12-01T126000+0900.age',
    'ainet-backup-2026-12-01T203015+0900.AGE',
    'backup.age',
    'notes.txt',
    '',
  ])('is not a backup name: %j', (name) => {
    expect(backupTime(name)).toBeNull();
  });
});

describe('chooseBackupsToKeep', () => {
  const now = jst('2026-12-15T12:00:00');
  /** `count` backups a minute apart, newest first, ending at `iso`. */
  const run = (iso: string, count: number) => Array.from({ length: count }, (_, i) => backupName(jst(iso) - i * 60_000));

  it('keeps everything up to ten', () => {
    const names = run('2026-12-15T11:00:00', KEEP_NEWEST);
    expect(chooseBackupsToKeep(names, now)).toEqual({ keep: names, remove: [] });
  });

  it('removes the 11th when all are in the same month', () => {
    const names = run('2026-12-15T11:00:00', 11);
    const { keep, remove } = chooseBackupsToKeep(names, now);
    expect(keep).toEqual(names.slice(0, 10));
    expect(remove).toEqual([names[10]]);
  });

  it('keeps the newest of each older month, however old, and only that one', () => {
    const recent = run('2026-12-15T11:00:00', 10);
    const november = [nameAt('2026-11-30T23:00:00'), nameAt('2026-11-02T08:00:00'), nameAt('2026-11-01T00:00:01')];
    const june = [nameAt('2026-06-10T10:00:00'), nameAt('2026-06-10T09:59:59')];
    const old = [nameAt('2019-04-01T09:00:00')];
    const { keep, remove } = chooseBackupsToKeep([...old, ...june, ...november, ...recent].reverse(), now);
    expect(keep).toEqual([...recent, november[0], june[0], old[0]]);
    expect(remove).toEqual([november[1], november[2], june[1]]);
  });

  it('a month already kept among the newest ten gets no second one', () => {
    // Ten in December and an older December one: December's newest is among the ten.
    const names = [...run('2026-12-15T11:00:00', 10), nameAt('2026-12-01T00:00:00'), nameAt('2026-11-15T00:00:00')];
    expect(chooseBackupsToKeep(names, now).remove).toEqual([nameAt('2026-12-01T00:00:00')]);
  });

  it('groups by the Tokyo month: 00:30 JST on 1 December is December, though it is 30 November in UTC', () => {
    const recent = run('2026-12-15T11:00:00', 10);
    const firstOfDecemberJst = backupName(Date.UTC(2026, 10, 30, 15, 30)); // 2026-12-01T00:30 JST
    const lastOfNovemberJst = backupName(Date.UTC(2026, 10, 30, 14, 30)); // 2026-11-30T23:30 JST
    const earlierNovember = nameAt('2026-11-20T10:00:00');
    const { keep, remove } = chooseBackupsToKeep([...recent, firstOfDecemberJst, lastOfNovemberJst, earlierNovember], now);
    // The December one goes (December is already kept); the last of November stays as November's.
    expect(remove).toEqual([firstOfDecemberJst, earlierNovember]);
    expect(keep).toContain(lastOfNovemberJst);
  });

  it('treats same-month duplicates by time, not by the order given', () => {
    const recent = run('2026-12-15T11:00:00', 10);
    const a = nameAt('2026-03-05T10:00:00');
    const b = nameAt('2026-03-20T10:00:00');
    const c = nameAt('2026-03-01T10:00:00');
    for (const order of [
      [a, b, c],
      [c, a, b],
      [b, c, a],
    ]) {
      const { keep, remove } = chooseBackupsToKeep([...order, ...recent], now);
      expect(keep.at(-1)).toBe(b);
      expect(remove).toEqual([a, c]);
    }
  });

  it('never lists a file that is not a backup, whatever its name', () => {
    const others = [
      'notes.txt',
      'ainet-backup-2020-01-01T000000+0900.age.tmp',
      '.ainet-backup-2020-01-01T000000+0900.age.aa.tmp',
      'Thumbs.db',
      'desktop.ini',
    ];
    const names = [...run('2026-12-15T11:00:00', 30), ...others];
    const { keep, remove } = chooseBackupsToKeep(names, now);
    for (const other of others) {
      expect(keep).not.toContain(other);
      expect(remove).not.toContain(other);
    }
    expect(keep).toHaveLength(10);
    expect(remove).toHaveLength(20);
  });

  it('counts a name given twice once', () => {
    const names = run('2026-12-15T11:00:00', 10);
    expect(chooseBackupsToKeep([...names, ...names], now)).toEqual({ keep: names, remove: [] });
  });

  it('keeps, and does not count, backups named after now (a clock that was ahead)', () => {
    const ahead = run('2030-05-01T10:00:00', 12);
    const today = run('2026-12-15T11:00:00', 11);
    const { keep, remove } = chooseBackupsToKeep([...ahead, ...today], now);
    expect(keep).toEqual([...ahead, ...today.slice(0, 10)]);
    expect(remove).toEqual([today[10]]);
  });

  it('a backup a few seconds after now still counts as now', () => {
    const names = [backupName(now + 5_000), ...run('2026-12-15T11:00:00', 10)];
    expect(chooseBackupsToKeep(names, now).remove).toEqual([names[10]]);
  });
});

describe('writeBackup', () => {
  const now = jst('2026-12-01T20:30:15');

  it('writes the bytes under the Tokyo time, creating a private folder', async () => {
    const bytes = age('one');
    const { name, removed } = await writeBackup(dir, bytes, now);
    expect(name).toBe('ainet-backup-2026-12-01T203015+0900.age');
    expect(removed).toEqual([]);
    expect(Buffer.from(await fs.readFile(path.join(dir, name))).equals(Buffer.from(bytes))).toBe(true);
    expect(await fs.readdir(dir)).toEqual([name]);
    if (process.platform !== 'win32') {
      expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
      expect((await fs.stat(path.join(dir, name))).mode & 0o077).toBe(0);
    }
  });

  it.skipIf(process.platform === 'win32')('narrows a folder that exists with wider permissions', async () => {
    await fs.mkdir(dir, { mode: 0o755 });
    await fs.chmod(dir, 0o755);
    await writeBackup(dir, age(), now);
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
  });

  it.each([
    ['plain text', enc('氏名: 鶴見 花子\n')],
    ['an empty file', new Uint8Array(0)],
    ['a header cut short', enc('age-encryption.org/v1')],
    ['another version', enc('age-encryption.org/v2\n...')],
    ['the armored form', enc('-----BEGIN AGE ENCRYPTED FILE-----\n')],
    ['JSON', enc('{"persons":[]}')],
  ])('refuses %s (main never stores plaintext) and writes nothing', async (_label, bytes) => {
    const e = await rejection(writeBackup(dir, bytes, now));
    expect(e.code).toBe('ValidationFailed');
    await expect(fs.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('gives two backups in the same second two names, in order', async () => {
    const [a, b, c] = await Promise.all([
      writeBackup(dir, age('a'), now),
      writeBackup(dir, age('b'), now + 10),
      writeBackup(dir, age('c'), now + 20),
    ]);
    expect([a.name, b.name, c.name]).toEqual([
      'ainet-backup-2026-12-01T203015+0900.age',
      'ainet-backup-2026-12-01T203016+0900.age',
      'ainet-backup-2026-12-01T203017+0900.age',
    ]);
    expect(new TextDecoder().decode(await fs.readFile(path.join(dir, b.name)))).toContain('b');
  });

  it('prunes to ten after the 11th backup, oldest first, and leaves other files alone', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    await fs.mkdir(path.join(dir, 'ainet-backup-2020-01-01T000000+0900.age'));
    const names: string[] = [];
    for (let i = 0; i < KEEP_NEWEST; i++) names.push((await writeBackup(dir, age(String(i)), now + i * 60_000)).name);
    expect((await listBackups(dir)).map((b) => b.name)).toEqual([...names].reverse());

    const eleventh = await writeBackup(dir, age('11'), now + KEEP_NEWEST * 60_000);
    expect(eleventh.removed).toEqual([names[0]]);
    const left = await fs.readdir(dir);
    expect(left).not.toContain(names[0]);
    expect(left).toContain('notes.txt');
    expect(left).toContain('ainet-backup-2020-01-01T000000+0900.age');
    expect((await listBackups(dir)).map((b) => b.name)).toEqual([eleventh.name, ...names.slice(1).reverse()]);
  });

  it('keeps last month’s newest backup when this month’s fill the ten', async () => {
    await fs.mkdir(dir, { recursive: true });
    const november = ['2026-11-30T23:59:59', '2026-11-10T10:00:00'].map(nameAt);
    for (const n of november) await fs.writeFile(path.join(dir, n), age(n));
    for (let i = 0; i < 12; i++) await writeBackup(dir, age(String(i)), jst('2026-12-01T00:00:00') + i * 3_600_000);
    const kept = (await listBackups(dir)).map((b) => b.name);
    expect(kept).toHaveLength(11);
    expect(kept.at(-1)).toBe(november[0]);
    expect(kept).not.toContain(november[1]);
  });

  it('fails without leaving a file when the folder cannot be created', async () => {
    await fs.writeFile(dir, 'a file where the folder should be');
    await expect(writeBackup(dir, age(), now)).rejects.toMatchObject({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
    expect(await fs.readdir(root)).toEqual([BACKUPS_FOLDER]);
  });
});

describe('listBackups', () => {
  it('is empty before the first backup', async () => {
    expect(await listBackups(dir)).toEqual([]);
  });

  it('lists backups newest first with size and the time from the name, and nothing else', async () => {
    await fs.mkdir(dir, { recursive: true });
    const older = nameAt('2026-01-02T03:04:05');
    const newer = nameAt('2026-11-02T03:04:05');
    await fs.writeFile(path.join(dir, older), age('x'.repeat(100)));
    await fs.writeFile(path.join(dir, newer), age('y'));
    await fs.writeFile(path.join(dir, `.${newer}.abcdef.tmp`), age('half'));
    await fs.writeFile(path.join(dir, 'readme.txt'), 'x');
    expect(await listBackups(dir)).toEqual([
      { name: newer, size: age('y').byteLength, createdAt: jst('2026-11-02T03:04:05') },
      { name: older, size: age('x'.repeat(100)).byteLength, createdAt: jst('2026-01-02T03:04:05') },
    ]);
  });
});

describe('readBackup', () => {
  const now = jst('2026-12-01T20:30:15');

  it('reads back what was written', async () => {
    const { name } = await writeBackup(dir, age('本文'), now);
    expect(new TextDecoder().decode(await readBackup(dir, name))).toBe(new TextDecoder().decode(age('本文')));
  });

  it.each([
    '../vault-state.json',
    '..',
    '.',
    '',
    'ainet-backup-2026-12-01T203015+0900.age/../../vault-state.json',
    '../backups/ainet-backup-2026-12-01T203015+0900.age',
    './ainet-backup-2026-12-01T203015+0900.age',
    'sub/ainet-backup-2026-12-01T203015+0900.age',
    'sub\\ainet-backup-2026-12-01T203015+0900.age',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'C:ainet-backup-2026-12-01T203015+0900.age',
    '\\\\server\\share\\ainet-backup-2026-12-01T203015+0900.age',
    'ainet-backup-2026-12-01T203015+0900.age\u0000.txt',
    'vault-state.json',
    'notes.txt',
  ])('refuses the name %j before touching the disk', async (name) => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(root, VAULT_STATE_FILE), '{"secret":1}');
    const e = await rejection(readBackup(dir, name));
    expect(e.code).toBe('ValidationFailed');
  });

  it('answers NotFound for a backup name that is not there', async () => {
    expect((await rejection(readBackup(dir, backupName(now)))).code).toBe('NotFound');
  });

  it('refuses a file under a backup name that is not an age file', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, backupName(now)), '氏名: 鶴見 花子');
    expect((await rejection(readBackup(dir, backupName(now)))).code).toBe('FileNotReadable');
  });

  it('refuses a file over the size cap without reading it', async () => {
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, backupName(now));
    await fs.writeFile(file, age());
    // Sparse: the size is there, the blocks are not.
    await fs.truncate(file, MAX_FILE_BYTES + 1);
    expect((await rejection(readBackup(dir, backupName(now)))).detail).toMatchObject({ reason: 'too-large' });
  });

  it('refuses a folder under a backup name', async () => {
    await fs.mkdir(path.join(dir, backupName(now)), { recursive: true });
    const e = await rejection(readBackup(dir, backupName(now)));
    expect(e.code).toBe('FileNotReadable');
  });

  it.skipIf(process.platform === 'win32')('does not follow a link planted under a backup name', async () => {
    await fs.mkdir(dir, { recursive: true });
    const outside = path.join(root, 'outside.age');
    await fs.writeFile(outside, age('outside'));
    await fs.symlink(outside, path.join(dir, backupName(now)));
    expect((await rejection(readBackup(dir, backupName(now)))).code).toBe('FileNotReadable');
    expect(await listBackups(dir)).toEqual([]);
  });
});

describe('device state (vault-state.json)', () => {
  let file: string;
  beforeEach(() => {
    file = path.join(root, VAULT_STATE_FILE);
  });

  it('is absent before anything was stored', async () => {
    expect(await readDeviceState(file)).toEqual({ status: 'absent' });
  });

  it('stores one vault’s counts and reads them back', async () => {
    const entry = await writeDeviceState(
      file,
      { kind: 'main', rows: 1234, auditCount: 56, lastBackupAt: 1_700_000_000_000 },
      1_800_000_000_000,
    );
    expect(entry).toEqual({ rows: 1234, auditCount: 56, updatedAt: 1_800_000_000_000, lastBackupAt: 1_700_000_000_000 });
    expect(await readDeviceState(file)).toEqual({ status: 'ok', state: { version: 1, vaults: { main: entry } } });
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ version: 1, vaults: { main: entry } });
    expect(await fs.readdir(root)).toEqual([VAULT_STATE_FILE]);
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o077).toBe(0);
  });

  it('keeps the other vault, and the last backup time when a write leaves it out', async () => {
    await writeDeviceState(file, { kind: 'main', rows: 10, auditCount: 3, lastBackupAt: 1000 }, 2000);
    await writeDeviceState(file, { kind: 'demo', rows: 500, auditCount: 40 }, 3000);
    const main = await writeDeviceState(file, { kind: 'main', rows: 11, auditCount: 4 }, 4000);
    expect(main).toEqual({ rows: 11, auditCount: 4, updatedAt: 4000, lastBackupAt: 1000 });
    expect(await readDeviceState(file)).toEqual({
      status: 'ok',
      state: { version: 1, vaults: { main, demo: { rows: 500, auditCount: 40, updatedAt: 3000 } } },
    });
  });

  it('serializes concurrent writes (no lost update)', async () => {
    await Promise.all([
      writeDeviceState(file, { kind: 'main', rows: 1, auditCount: 1 }, 10),
      writeDeviceState(file, { kind: 'demo', rows: 2, auditCount: 2 }, 20),
    ]);
    const read = await readDeviceState(file);
    expect(read.status === 'ok' && Object.keys(read.state.vaults).sort()).toEqual(['demo', 'main']);
  });

  it.each([
    ['not JSON', 'garbage{'],
    ['empty', ''],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['another version', '{"version":2,"vaults":{}}'],
    ['no vaults', '{"version":1}'],
    ['a negative count', '{"version":1,"vaults":{"main":{"rows":-1,"auditCount":0,"updatedAt":0}}}'],
    ['a fractional count', '{"version":1,"vaults":{"main":{"rows":1.5,"auditCount":0,"updatedAt":0}}}'],
    ['a count as text', '{"version":1,"vaults":{"main":{"rows":"12","auditCount":0,"updatedAt":0}}}'],
    ['a missing count', '{"version":1,"vaults":{"demo":{"rows":1,"updatedAt":0}}}'],
    ['a truncated file', '{"version":1,"vaults":{"main":{"rows":1,"audit'],
  ])('reports a file that is %s as unreadable, and a write replaces it', async (_label, text) => {
    await fs.writeFile(file, text);
    expect(await readDeviceState(file)).toEqual({ status: 'unreadable' });
    const entry = await writeDeviceState(file, { kind: 'main', rows: 1, auditCount: 1 }, 5);
    expect(await readDeviceState(file)).toEqual({ status: 'ok', state: { version: 1, vaults: { main: entry } } });
  });

  it('reports a huge file as unreadable without parsing it', async () => {
    await fs.writeFile(file, `{"version":1,"vaults":{},"pad":"${'x'.repeat(100_000)}"}`);
    expect(await readDeviceState(file)).toEqual({ status: 'unreadable' });
  });

  it('drops keys it does not know (a newer version’s extras) but reads the counts', async () => {
    await fs.writeFile(file, '{"version":1,"extra":true,"vaults":{"main":{"rows":3,"auditCount":2,"updatedAt":9,"note":"x"},"other":{}}}');
    expect(await readDeviceState(file)).toEqual({
      status: 'ok',
      state: { version: 1, vaults: { main: { rows: 3, auditCount: 2, updatedAt: 9 } } },
    });
  });
});
