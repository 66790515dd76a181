import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_FOLDER, VAULT_STATE_FILE } from './backups';
import { eraseDeviceData } from './device-data';

let root: string;
let userData: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ainet-erase-'));
  userData = path.join(root, 'ainet-records');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

async function listing(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

describe('eraseDeviceData', () => {
  it('removes the backups folder with everything in it and the vault state, and nothing else of userData', async () => {
    await fs.mkdir(path.join(userData, BACKUPS_FOLDER, '2026'), { recursive: true });
    await fs.writeFile(path.join(userData, BACKUPS_FOLDER, 'auto-2026-06-01.ainet'), 'sealed backup');
    await fs.writeFile(path.join(userData, BACKUPS_FOLDER, '2026', 'auto-2026-06-02.ainet'), 'sealed backup');
    await fs.writeFile(path.join(userData, VAULT_STATE_FILE), '{"auditCount":12}');
    // Chromium's own folders: the renderer deletes the databases through IndexedDB, never main.
    await fs.mkdir(path.join(userData, 'IndexedDB'));
    await fs.writeFile(path.join(userData, 'IndexedDB', 'app_bundle_0.indexeddb.leveldb'), 'x');
    await fs.writeFile(path.join(userData, 'Preferences'), '{}');

    await eraseDeviceData(userData);
    expect(await listing(userData)).toEqual(['IndexedDB', 'IndexedDB/app_bundle_0.indexeddb.leveldb', 'Preferences']);
  });

  it('is content when neither exists (first use, or a second try)', async () => {
    await fs.mkdir(userData);
    await eraseDeviceData(userData);
    await eraseDeviceData(userData);
    expect(await listing(userData)).toEqual([]);
  });

  it('removes a symbolic link in place of the backups folder, not what it points at', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    await fs.mkdir(elsewhere);
    await fs.writeFile(path.join(elsewhere, 'keep.txt'), 'not ours');
    await fs.mkdir(userData);
    await fs.symlink(elsewhere, path.join(userData, BACKUPS_FOLDER), 'dir');
    await eraseDeviceData(userData);
    expect(await listing(userData)).toEqual([]);
    expect(await fs.readFile(path.join(elsewhere, 'keep.txt'), 'utf8')).toBe('not ours');
  });

  it('throws when something cannot be removed, so the erase is reported as not complete', async () => {
    // A folder where the state file should be is not removed (rm without recursive refuses it),
    // as a file held open or a folder without permission would not be.
    await fs.mkdir(path.join(userData, VAULT_STATE_FILE), { recursive: true });
    await fs.writeFile(path.join(userData, VAULT_STATE_FILE, 'x'), 'x');
    await expect(eraseDeviceData(userData)).rejects.toThrow();
    expect(await listing(userData)).toEqual([VAULT_STATE_FILE, `${VAULT_STATE_FILE}/x`]);
  });
});
