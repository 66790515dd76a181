import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ageToolMissing } from './testing/ageTool';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  decodeLine,
  encodeJson,
  fromBase64,
  inspectHeader,
  newIdentity,
  readPlaintext,
  toBase64,
  bytesStream,
  collect,
  writeBackupFile,
  type BackupProblem,
  type RowItem,
} from './index';
import { ageOf, fromArray, header, makeFile, readAll, refusal, testOptions, TEST_LOG_N } from './testing';

const rows: RowItem[] = [
  { table: 'persons', row: { id: 'p1', rev: 3, enc: { v: 1, iv: new Uint8Array([1, 2, 3]), ct: new Uint8Array(40).fill(7), sv: 4 } } },
  { table: 'persons', row: { id: 'p2', name: '𠮷野 髙橋 葛󠄀城', note: 'x'.repeat(10_000) } },
  { table: 'contacts', row: { id: 'c1', date: '2026-12-01', personId: 'p1' } },
  { table: 'audit', row: { seq: 1, action: 'vault.create', mac: 'ab' } },
];

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

function headerLength(bytes: Uint8Array): number {
  return inspectHeader(bytes.subarray(0, 16 * 1024)).headerBytes;
}

describe('backup file round trip', () => {
  it('gives back every row, bytes and characters outside the BMP included, with a manifest that counts them', async () => {
    const file = await makeFile(rows, 'correct horse battery', { auditHead: { count: 1 } });
    const { rows: got, manifest, header: h, info } = await readAll(file);
    expect(got).toEqual(rows);
    expect(info).toMatchObject({ lock: 'passphrase', logN: TEST_LOG_N });
    expect(h).toMatchObject({ format: 'ainet-records', formatVersion: 1, kind: 'backup', schema: 4 });
    expect(manifest.total).toBe(4);
    expect(manifest.tables.persons?.count).toBe(2);
    expect(manifest.extra).toEqual({ auditHead: { count: 1 } });
  });

  it('opens with an X25519 identity (hand-over packages)', async () => {
    const { identity, recipient } = await newIdentity();
    const file = await collect(await writeBackupFile(header, fromArray(rows), () => ({}), { recipients: [recipient] }));
    const got = await readAll(file, { identities: [identity] });
    expect(got.rows).toHaveLength(4);
    expect(got.info.lock).toBe('recipients');
    const other = await newIdentity();
    expect(await refusal(readAll(file, { identities: [other.identity] }))).toBe('wrongKey');
    expect(await refusal(readAll(file, { passphrase: 'correct horse battery' }))).toBe('needsIdentity');
  });

  it('spans many 64 KiB chunks and still checks the last one', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ table: 'contacts', row: { id: `c${i}`, text: '見守り訪問'.repeat(20) } }));
    const file = await makeFile(many);
    expect(file.byteLength).toBeGreaterThan(5 * 64 * 1024);
    expect((await readAll(file)).rows).toHaveLength(3000);
  });
});

describe('the age reference tool reads what we write, and we read what it writes', () => {
  const hasAge = ageToolMissing('shared/backup/backup.test.ts') === undefined;
  // `age` reads passphrases only from a terminal: `script` gives it one.
  const withTty = (command: string, input: string) => execFileSync('script', ['-qec', command, '/dev/null'], { input, timeout: 60_000 });

  it.skipIf(!hasAge)('age -d opens a passphrase backup and finds the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ainet-age-'));
    writeFileSync(join(dir, 'b.age'), await makeFile(rows));
    withTty(`age -d -o ${dir}/b.ndjson ${dir}/b.age`, 'correct horse battery\n');
    const lines = readFileSync(join(dir, 'b.ndjson'), 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ t: 'header', format: 'ainet-records' });
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ t: 'end', manifest: { total: 4 } });
  });

  it.skipIf(!hasAge)('age -d -i opens a hand-over package; age -r makes one we open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ainet-age-'));
    const { identity, recipient } = await newIdentity();
    writeFileSync(join(dir, 'id.txt'), identity + '\n');
    writeFileSync(
      join(dir, 'h.age'),
      await collect(await writeBackupFile(header, fromArray(rows), () => ({}), { recipients: [recipient] })),
    );
    const plain = execFileSync('age', ['-d', '-i', join(dir, 'id.txt'), join(dir, 'h.age')]);
    writeFileSync(join(dir, 'plain.ndjson'), plain);
    execFileSync('age', ['-r', recipient, '-o', join(dir, 'again.age'), join(dir, 'plain.ndjson')]);
    const got = await readAll(new Uint8Array(readFileSync(join(dir, 'again.age'))), { identities: [identity] });
    expect(got.rows).toEqual(rows);
  });
});

describe('hostile and broken files are refused, each with its own reason', () => {
  it('refuses each kind of damage', async () => {
    const good = await makeFile(rows);
    const h = headerLength(good);
    const seen = new Map<string, BackupProblem>();
    const expectProblem = async (
      name: string,
      bytes: Uint8Array,
      problem: BackupProblem,
      key = { passphrase: 'correct horse battery' },
    ) => {
      const got = await refusal(readAll(bytes, key));
      seen.set(name, got);
      expect({ name, got }).toEqual({ name, got: problem });
    };
    const plainFile = async (text: string) => ageOf(text);
    const line = (v: unknown) => encodeJson(v) + '\n';
    const okHeader = line({ t: 'header', format: 'ainet-records', formatVersion: 1, ...header });
    const end = (tables = {}, total = 0) => line({ t: 'end', manifest: { tables, total, extra: {} } });

    await expectProblem('empty', new Uint8Array(), 'truncated');
    await expectProblem('a PDF', new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(100)), 'notAge');
    await expectProblem(
      'armored',
      new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n'),
      'armored',
    );
    await expectProblem('cut inside the header', good.subarray(0, 40), 'truncated');
    await expectProblem('cut after the header', good.subarray(0, h + 10), 'truncated');
    await expectProblem('flipped byte in the header MAC', flip(good, h - 5), 'headerDamaged');
    await expectProblem('wrong passphrase', good, 'wrongKey', { passphrase: 'wrong horse battery' });
    await expectProblem('flipped byte in the body', flip(good, h + 16 + 10), 'endDamaged');
    const big = await makeFile(Array.from({ length: 2000 }, (_, i) => ({ table: 'contacts', row: { id: `c${i}`, t: '訪問'.repeat(40) } })));
    const hb = headerLength(big);
    await expectProblem('flipped byte in the first of many chunks', flip(big, hb + 16 + 100), 'bodyDamaged');
    await expectProblem('flipped byte in the last chunk', flip(big, big.byteLength - 3), 'endDamaged');
    await expectProblem('cut in the middle of the body', big.subarray(0, hb + 16 + 65_536 + 16 + 5000), 'endDamaged');
    await expectProblem('cut leaving a tag-sized end', big.subarray(0, hb + 16 + 65_536 + 16 + 10), 'truncated');

    const tooHigh = new TextEncoder().encode(
      new TextDecoder().decode(good.subarray(0, h)).replace(/-> scrypt (\S+) \d+/, '-> scrypt $1 22'),
    );
    await expectProblem('absurd work factor', new Uint8Array([...tooHigh, ...good.subarray(h)]), 'workFactorTooHigh');
    const ssh = new TextEncoder().encode(
      'age-encryption.org/v1\n-> ssh-ed25519 abcd AAAA\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n' +
        'x'.repeat(64),
    );
    await expectProblem('an SSH recipient', ssh, 'unsupportedRecipient');
    await expectProblem('age file that is not ours', await plainFile('hello\n'), 'notBackup');
    await expectProblem(
      'newer format',
      await plainFile(line({ t: 'header', format: 'ainet-records', formatVersion: 2, ...header }) + end()),
      'newerVersion',
    );
    await expectProblem(
      'newer schema',
      await plainFile(line({ t: 'header', format: 'ainet-records', formatVersion: 1, ...header, schema: 9 }) + end()),
      'newerVersion',
    );
    await expectProblem(
      'hand-over where a backup is expected',
      await plainFile(line({ t: 'header', format: 'ainet-records', formatVersion: 1, ...header, kind: 'handover' }) + end()),
      'wrongKind',
    );
    await expectProblem(
      'deeply nested JSON',
      await plainFile(okHeader + '{"t":"row","table":"persons","row":' + '['.repeat(5000) + ']'.repeat(5000) + '}\n'),
      'tooDeep',
    );
    await expectProblem(
      '__proto__ key',
      await plainFile(okHeader + '{"t":"row","table":"persons","row":{"id":"p1","__proto__":{"admin":true}}}\n' + end()),
      'forbiddenKey',
    );
    await expectProblem(
      'unknown table',
      await plainFile(okHeader + line({ t: 'row', table: 'vaultMeta', row: { id: 'keys' } })),
      'unknownTable',
    );
    await expectProblem(
      'row without a key',
      await plainFile(okHeader + line({ t: 'row', table: 'persons', row: { name: 'x' } })),
      'badRow',
    );
    await expectProblem(
      'the same row twice',
      await plainFile(okHeader + line({ t: 'row', table: 'persons', row: { id: 'p1' } }).repeat(2)),
      'duplicateRow',
    );
    await expectProblem('no manifest', await plainFile(okHeader + line({ t: 'row', table: 'persons', row: { id: 'p1' } })), 'noEnd');
    await expectProblem('a line cut off', await plainFile(okHeader + '{"t":"row","tab'), 'noEnd');
    await expectProblem(
      'a line after the manifest',
      await plainFile(okHeader + end() + line({ t: 'row', table: 'persons', row: { id: 'p1' } })),
      'afterEnd',
    );
    await expectProblem(
      'a count that does not match',
      await plainFile(okHeader + line({ t: 'row', table: 'persons', row: { id: 'p1' } }) + end({ persons: { count: 2, sha256: '' } }, 1)),
      'manifestMismatch',
    );
    const real = new TextDecoder().decode(await collect((await import('./frame')).plaintextStream(header, fromArray(rows), () => ({}))));
    await expectProblem('a row changed after the manifest was made', await plainFile(real.replace('"p1"', '"p9"')), 'manifestMismatch');
    await expectProblem('a line over 8 MiB', await plainFile(okHeader + '"' + 'x'.repeat(8 * 1024 * 1024 + 10) + '"\n'), 'lineTooLong');
    await expectProblem(
      'not UTF-8',
      await plainFile(new TextDecoder('latin1').decode(new Uint8Array([...new TextEncoder().encode(okHeader), 0xff, 0xfe, 0x0a]))),
      'badJson',
    );
    await expectProblem(
      'bytes that are not base64',
      await plainFile(okHeader + '{"t":"row","table":"persons","row":{"id":"p1","iv":{"$b":"!!"}}}\n'),
      'badJson',
    );
    expect(seen.size).toBeGreaterThanOrEqual(30);
  });

  it('refuses a file over 512 MiB before reading it', async () => {
    const never = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error('read');
      },
    });
    expect(await refusal((async () => (await import('./age')).decryptStream(never, 512 * 1024 * 1024 + 1, { passphrase: 'x' }))())).toBe(
      'tooLarge',
    );
  });

  it('reads the work factor from the header before any key derivation', () => {
    const hdr = (n: number) =>
      new TextEncoder().encode(
        `age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA ${n}\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n`,
      );
    expect(inspectHeader(hdr(18))).toMatchObject({ lock: 'passphrase', logN: 18 });
    expect(() => inspectHeader(hdr(19))).toThrow(expect.objectContaining({ problem: 'workFactorTooHigh' }));
    expect(() => inspectHeader(hdr(20))).toThrow(expect.objectContaining({ problem: 'workFactorTooHigh' }));
  });
});

describe('parsers never fail except with a reason (property-based)', () => {
  const reason = (e: unknown) => {
    if (!(e instanceof BackupError)) throw e;
    return e.problem;
  };

  it('decodeLine on any bytes returns a value or a BackupError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeLine(bytes, 1);
        } catch (e) {
          reason(e);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeLine on any JSON text never lets a __proto__ key through', () => {
    const hasForbiddenKey = (v: unknown): boolean =>
      Array.isArray(v)
        ? v.some(hasForbiddenKey)
        : !!v &&
          typeof v === 'object' &&
          Object.keys(v).some((k) => k === '__proto__' || hasForbiddenKey((v as Record<string, unknown>)[k]));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.constantFrom('{"__proto__":1}', '[{"a":{"__proto__":{}}}]', '["__proto__"]')), (text) => {
        try {
          expect(hasForbiddenKey(decodeLine(new TextEncoder().encode(text), 1))).toBe(false);
        } catch (e) {
          reason(e);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('inspectHeader on any bytes answers or refuses with a reason', () => {
    const agePrefix = new TextEncoder().encode('age-encryption.org/v1\n');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, prefixed) => {
        try {
          inspectHeader(prefixed ? new Uint8Array([...agePrefix, ...bytes]) : bytes);
        } catch (e) {
          reason(e);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the plaintext reader on any bytes resolves or refuses with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 80 }),
            fc
              .constantFrom(
                '\n',
                '{"t":"header","format":"ainet-records","formatVersion":1,"kind":"backup","app":"x","schema":4,"createdAt":1,"source":{}}\n',
                '{"t":"end","manifest":{"tables":{},"total":0,"extra":{}}}\n',
              )
              .map((s) => new TextEncoder().encode(s)),
          ),
          { maxLength: 6 },
        ),
        async (parts) => {
          const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
          try {
            await readPlaintext(bytesStream(bytes, 7), testOptions, { rows: async () => undefined });
          } catch (e) {
            reason(e);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any rows survive the round trip exactly', async () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
        fc.boolean(),
        fc.constant(null),
        fc.uint8Array({ maxLength: 40 }),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(
          fc.string().filter((k) => !['__proto__', 'constructor', 'prototype', '$b'].includes(k)),
          tie('v'),
          { maxKeys: 4 },
        ),
      ),
    })).v;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ table: fc.constantFrom('persons', 'contacts'), row: fc.record({ id: fc.uuid(), data: value }) }), {
          maxLength: 8,
        }),
        async (items) => {
          const unique = [...new Map(items.map((i) => [`${i.table}|${i.row.id}`, i])).values()];
          const plain = await collect((await import('./frame')).plaintextStream(header, fromArray(unique), () => ({})));
          const got: RowItem[] = [];
          await readPlaintext(bytesStream(plain, 13), testOptions, {
            rows: async (table, rs) => void rs.forEach((row) => got.push({ table, row })),
          });
          expect(got).toEqual(unique);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('base64 round trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(fromBase64(toBase64(b))).toEqual(b);
      }),
    );
    expect(toBase64(new TextEncoder().encode('hello'))).toBe(Buffer.from('hello').toString('base64'));
  });
});
