// Automatic backups and the device state, both in the userData folder. The renderer encrypts
// (age) and decides when; main only stores, keeps the newest and hands them back, and refuses
// any file that is not age-encrypted, so it never holds plaintext. No Electron import, so
// main/backups.test.ts runs under plain Node on a temp folder.
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors/codes';
import {
  BACKUP_NAME_PATTERN,
  MAX_FILE_BYTES,
  startsWithAgeHeader,
  type BackupInfo,
  type DeviceStateRead,
  type DeviceStateSetRequest,
  type VaultDeviceState,
} from '../shared/ipc/contract';
import { MAX_DEVICE_STATE_CHARS, parseDeviceState, serializeDeviceState, withVaultState } from '../shared/ipc/deviceState';
import { writeFileAtomic } from './atomic-write';

/** `<userData>/backups/`: erasing the device's data removes this folder. */
export const BACKUPS_FOLDER = 'backups';
/** `<userData>/vault-state.json`: erasing the device's data removes this file. */
export const VAULT_STATE_FILE = 'vault-state.json';

/** The newest this many backups are always kept. */
export const KEEP_NEWEST = 10;

// Japan has had no daylight saving time since 1951, and the name carries the offset, so a
// name is an exact instant.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const SECOND = 1000;
/** A name this far after `now` comes from a clock that was ahead; see chooseBackupsToKeep. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The file name of a backup written at `instant`. */
export function backupName(instant: number): string {
  const t = new Date(Math.floor(instant / SECOND) * SECOND + TOKYO_OFFSET_MS);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
  return `ainet-backup-${date}T${time}+0900.age`;
}

/** The instant a backup's name says, or null for any other name (or an impossible date). */
export function backupTime(name: string): number | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March; such a name was not written by backupName.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return utc - TOKYO_OFFSET_MS;
}

/**
 * Which backups to keep and which to delete: the newest KEEP_NEWEST, plus the newest of each
 * calendar month (Tokyo, as the name says) among the older ones. Only backup names are ever in
 * `remove`; other files are in neither list and are never touched. A backup named more than a
 * day after `now` (written while the clock was ahead) is kept and not counted, so it cannot
 * push today's backups out. Both lists are newest first.
 */
export function chooseBackupsToKeep(names: readonly string[], now: number): { keep: string[]; remove: string[] } {
  const dated = [...new Set(names)]
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((b): b is { name: string; at: number } => b.at !== null)
    .sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  const seenMonths = new Set<string>();
  let counted = 0;
  for (const b of dated) {
    if (b.at > now + FUTURE_SLACK_MS) {
      keep.add(b.name);
      continue;
    }
    // ainet-backup-YYYY-MM…: the Tokyo month, straight from the name.
    const month = b.name.slice('ainet-backup-'.length, 'ainet-backup-YYYY-MM'.length);
    if (counted < KEEP_NEWEST || !seenMonths.has(month)) keep.add(b.name);
    seenMonths.add(month);
    counted += 1;
  }
  return {
    keep: dated.filter((b) => keep.has(b.name)).map((b) => b.name),
    remove: dated.filter((b) => !keep.has(b.name)).map((b) => b.name),
  };
}

// One write at a time per file or folder: two backups in the same second get two names, and a
// read-modify-write of the state file never interleaves with another.
const queues = new Map<string, Promise<unknown>>();
function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  queues.set(key, next);
  void next
    .catch(() => undefined)
    .then(() => {
      if (queues.get(key) === next) queues.delete(key);
    });
  return next;
}

/** Creates the folder if needed and makes it its owner's only (POSIX; Windows inherits ACLs). */
async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') await fs.chmod(dir, 0o700);
}

/** Regular files only: a folder or a link that happens to carry a backup's name is left alone. */
async function backupFileNames(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export interface WriteBackupResult {
  name: string;
  /** Old backups deleted by the retention rule. */
  removed: string[];
  /** Old backups the rule would delete but could not (tried again after the next write). */
  notRemoved: string[];
}

/**
 * Stores one backup as `<dir>/<backupName(now)>` (atomically: temp file, fsync, rename, folder
 * fsync; mode 0600 in a 0700 folder), then deletes what chooseBackupsToKeep no longer keeps.
 * A name already taken (two backups in one second) moves to the next free second. Refuses bytes
 * that are not an age file (ValidationFailed) or too large.
 */
export function writeBackup(dir: string, bytes: Uint8Array, now: number): Promise<WriteBackupResult> {
  if (!startsWithAgeHeader(bytes)) return Promise.reject(new AppError('ValidationFailed', { reason: 'not-age' }));
  if (bytes.byteLength > MAX_FILE_BYTES) return Promise.reject(new AppError('ValidationFailed', { reason: 'too-large' }));
  return serialized(path.resolve(dir), async () => {
    await ensurePrivateDir(dir);
    const taken = new Set(await fs.readdir(dir));
    let at = now;
    while (taken.has(backupName(at))) at += SECOND;
    const name = backupName(at);
    await writeFileAtomic(path.join(dir, name), bytes);

    const { remove } = chooseBackupsToKeep(await backupFileNames(dir), now);
    const removed: string[] = [];
    const notRemoved: string[] = [];
    for (const old of remove) {
      try {
        await fs.unlink(path.join(dir, old));
        removed.push(old);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') removed.push(old);
        else notRemoved.push(old);
      }
    }
    return { name, removed, notRemoved };
  });
}

/** The backups in `dir`, newest first; none when the folder does not exist yet. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const out: BackupInfo[] = [];
  for (const name of await backupFileNames(dir)) {
    const createdAt = backupTime(name);
    if (createdAt === null) continue;
    try {
      const stat = await fs.stat(path.join(dir, name));
      out.push({ name, size: stat.size, createdAt });
    } catch (error) {
      // Pruned or removed between the listing and now.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

// O_NOFOLLOW: a link planted under a backup's name is not followed to a file elsewhere.
// Windows has no such flag (and creating links there needs privileges); fstat still checks it.
const READ_FLAGS = fsConstants.O_RDONLY | (process.platform === 'win32' ? 0 : fsConstants.O_NOFOLLOW);

/**
 * One backup's bytes. The name must be a backup name (no folder, no `..`: ValidationFailed);
 * a missing one is NotFound; one that is not a regular file, over MAX_FILE_BYTES or not an age
 * file is FileNotReadable.
 */
export async function readBackup(dir: string, name: string): Promise<Uint8Array> {
  if (backupTime(name) === null || path.basename(name) !== name) throw new AppError('ValidationFailed', { reason: 'not-a-backup-name' });
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path.join(dir, name), READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NotFound', { what: 'backup' });
    if (code === 'ELOOP') throw new AppError('FileNotReadable', { reason: 'link' });
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('FileNotReadable', { reason: 'not-a-file' });
    if (stat.size > MAX_FILE_BYTES) throw new AppError('FileNotReadable', { reason: 'too-large' });
    const buffer = await handle.readFile();
    // It may have grown between the stat and the read.
    if (buffer.byteLength > MAX_FILE_BYTES) throw new AppError('FileNotReadable', { reason: 'too-large' });
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (!startsWithAgeHeader(bytes)) throw new AppError('FileNotReadable', { reason: 'not-age' });
    return bytes;
  } finally {
    await handle.close();
  }
}

/** The device state in `file`: absent when there is no file, unreadable when it is not ours. */
export async function readDeviceState(file: string): Promise<DeviceStateRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    throw error;
  }
  try {
    const stat = await handle.stat();
    // Bytes ≥ characters, so a file within the byte limit is within the character limit too.
    if (!stat.isFile() || stat.size > MAX_DEVICE_STATE_CHARS) return { status: 'unreadable' };
    return parseDeviceState(await handle.readFile('utf8'));
  } finally {
    await handle.close();
  }
}

/**
 * Stores one vault's counts in `file` (atomically, mode 0600), keeping the other vault's entry;
 * an unreadable file is replaced. Answers the entry as stored, `updatedAt` = `now`.
 */
export function writeDeviceState(file: string, request: DeviceStateSetRequest, now: number): Promise<VaultDeviceState> {
  return serialized(path.resolve(file), async () => {
    const { state, entry } = withVaultState(await readDeviceState(file), request, now);
    await writeFileAtomic(file, new TextEncoder().encode(serializeDeviceState(state)));
    return entry;
  });
}
