// `npm run backup -- verify FILE [--identity KEYFILE]`: checks a backup or hand-over file without importing
// it, with the same parser the app uses (renderer/backup/verify.ts, bundled for Node here):
// the age header and its scrypt work factor, then — with the passphrase (asked for on a
// terminal, or AINET_BACKUP_PASSPHRASE) or an identity file — every chunk, every row and the
// manifest's counts and SHA-256 hashes. Exit code 0 when the file is sound, 1 when it is refused
// (with the reason in Japanese and English), 2 for a wrong command line.
import { readFileSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import readline from 'node:readline';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, file, ...rest] = process.argv.slice(2);
const usage = () => {
  console.error('usage: npm run backup -- verify FILE [--identity KEYFILE]   (passphrase: asked, or AINET_BACKUP_PASSPHRASE)');
  process.exit(2);
};
if (command !== 'verify' || !file) usage();
const idAt = rest.indexOf('--identity');
const identityFile = idAt >= 0 ? rest[idAt + 1] : undefined;
if (idAt >= 0 && !identityFile) usage();

const outfile = join(root, '.tmp/backup-cli.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  stdin: {
    contents:
      "export * from './renderer/backup/verify.ts'; export { isBackupError } from './shared/backup/index.ts'; export { backupJa } from './renderer/features/backup/messages.ts'; export { backupEn } from './renderer/features/backup/messages.en.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const lib = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);

const refuse = (e) => {
  if (lib.isBackupError(e)) {
    console.log(`refused: ${e.problem}`);
    console.log(`  ${lib.backupJa.backup.problem[e.problem]}`);
    console.log(`  ${lib.backupEn.backup.problem[e.problem]}`);
    if (Object.keys(e.detail).length) console.log(`  detail: ${JSON.stringify(e.detail)}`);
    process.exit(1);
  }
  throw e;
};

async function askPassphrase() {
  if (process.env.AINET_BACKUP_PASSPHRASE) return process.env.AINET_BACKUP_PASSPHRASE;
  if (!process.stdin.isTTY) return null;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  rl._writeToOutput = (s) => {
    if (s.includes('passphrase')) process.stderr.write(s);
  };
  const answer = await new Promise((resolve) => rl.question('backup passphrase: ', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

const size = statSync(file).size;
const fd = readFileSync(file, { flag: 'r' }).subarray(0, 16 * 1024);
let info;
try {
  info = lib.verifyHeader(new Uint8Array(fd.buffer, fd.byteOffset, fd.byteLength));
} catch (e) {
  refuse(e);
}
console.log(`file: ${file} (${size} bytes)`);
console.log(
  `age v1, ${info.lock === 'passphrase' ? `passphrase (scrypt work factor 2^${info.logN})` : `${info.recipients} X25519 recipient(s)`}`,
);

let key = null;
if (identityFile) {
  const ids = readFileSync(identityFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('AGE-SECRET-KEY-'));
  key = { identities: ids };
} else if (info.lock === 'passphrase') {
  const p = await askPassphrase();
  if (p !== null) key = { passphrase: p };
}
if (!key) {
  console.log('header only: give the passphrase (terminal or AINET_BACKUP_PASSPHRASE) or --identity to check the contents.');
  process.exit(0);
}
try {
  const v = await lib.verifyFile(() => Readable.toWeb(createReadStream(file)), size, key);
  console.log(`${v.header.kind} made ${new Date(v.header.createdAt).toISOString()} by app ${v.header.app}, schema ${v.header.schema}`);
  for (const [table, s] of Object.entries(v.manifest.tables))
    console.log(`  ${table.padEnd(12)} ${String(s.count).padStart(7)} rows  sha256 ${s.sha256}`);
  console.log(`manifest: ${v.manifest.total} rows, counts and hashes match every row`);
  if (v.manifest.extra.auditHead) console.log(`audit head: ${JSON.stringify(v.manifest.extra.auditHead)}`);
  console.log('ok');
} catch (e) {
  refuse(e);
}
