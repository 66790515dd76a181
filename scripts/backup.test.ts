// `npm run backup -- verify` on files the app's own code made: a sound one, a damaged one, a
// wrong passphrase, and without any key (header only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestVault } from '../renderer/testing/testVault';
import { createBackup } from '../renderer/backup/exportVault';

function verify(file: string, passphrase?: string): { code: number; out: string } {
  try {
    const out = execFileSync('node', ['scripts/backup.mjs', 'verify', file], {
      env: { ...process.env, AINET_BACKUP_PASSPHRASE: passphrase ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { code: 0, out: out.toString() };
  } catch (e) {
    const err = e as { status: number; stdout: Buffer };
    return { code: err.status, out: err.stdout.toString() };
  }
}

describe('npm run backup -- verify', () => {
  it('says ok for a sound backup, names the reason and exits 1 for a broken one', async () => {
    const s = await openTestVault();
    const { blob } = await createBackup(s, { passphrase: 'cli passphrase 2026', logN: 12 }, 'test', () => 1);
    const dir = mkdtempSync(join(tmpdir(), 'ainet-cli-'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    writeFileSync(join(dir, 'ok.age'), bytes);
    const good = verify(join(dir, 'ok.age'), 'cli passphrase 2026');
    expect(good.code).toBe(0);
    expect(good.out).toContain('scrypt work factor 2^12');
    expect(good.out).toMatch(/manifest: \d+ rows, counts and hashes match every row/);
    expect(good.out).toContain('ok');

    const wrong = verify(join(dir, 'ok.age'), 'not the passphrase');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('パスフレーズが違います');

    const flipped = bytes.slice();
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 0xff;
    writeFileSync(join(dir, 'bad.age'), flipped);
    const bad = verify(join(dir, 'bad.age'), 'cli passphrase 2026');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('refused: endDamaged');

    const headerOnly = verify(join(dir, 'ok.age'));
    expect(headerOnly.code).toBe(0);
    expect(headerOnly.out).toContain('header only');

    writeFileSync(join(dir, 'pdf.age'), '%PDF-1.7\n');
    expect(verify(join(dir, 'pdf.age'), 'x').code).toBe(1);
  });
});
