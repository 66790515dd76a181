import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ainet-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves only the target behind', async () => {
    const target = path.join(dir, '支援記録.pdf');
    await writeFileAtomic(target, bytes('%PDF-1.7 hello'));
    expect(await fs.readFile(target, 'utf8')).toBe('%PDF-1.7 hello');
    expect(await fs.readdir(dir)).toEqual(['支援記録.pdf']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'backup.ainet');
    await fs.writeFile(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, bytes('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['backup.ainet']);
  });

  it('writes large and empty files byte for byte', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    await writeFileAtomic(path.join(dir, 'big.bin'), big);
    expect(Buffer.from(big).equals(await fs.readFile(path.join(dir, 'big.bin')))).toBe(true);
    await writeFileAtomic(path.join(dir, 'empty.bin'), new Uint8Array(0));
    expect((await fs.stat(path.join(dir, 'empty.bin'))).size).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('creates the file readable by its owner only', async () => {
    const target = path.join(dir, 'private.pdf');
    await writeFileAtomic(target, bytes('x'));
    expect((await fs.stat(target)).mode & 0o077).toBe(0);
  });

  it('removes the temp file and rethrows when the rename fails', async () => {
    // A non-empty directory cannot be replaced by a file: the rename fails after the temp
    // file has been written and synced.
    const target = path.join(dir, 'occupied');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, bytes('data'))).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['occupied']);
    expect(await fs.readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails without creating anything when the directory does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.pdf'), bytes('data'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const target = path.join(dir, 'keep.pdf');
    await fs.writeFile(target, 'old');
    // A detached buffer cannot be written: the failure comes after the temp file was opened.
    const detached = new Uint8Array(new ArrayBuffer(8));
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    await expect(writeFileAtomic(target, detached)).rejects.toThrow();
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(await fs.readdir(dir)).toEqual(['keep.pdf']);
  });
});
