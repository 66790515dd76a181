// The plaintext inside the age layer: one JSON value per line (UTF-8, LF).
//   {"t":"header", format, formatVersion, kind, app, schema, createdAt, source}
//   {"t":"row", "table": name, "row": {...}}            one per stored row, table by table
//   {"t":"end", "manifest": {tables: {name: {count, sha256}}, total, ...extra}}
// The manifest comes last so the file is written in one pass; its hashes are SHA-256 over each
// table's row lines exactly as written, so the reader checks every byte it stages and ward IT can
// check a decrypted file with `age -d | grep | sha256sum`-style tools.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { concatBytes } from './bytes';
import { decodeLine, encodeJson, MAX_LINE_BYTES } from './json';
import { BackupError } from './problems';

export const BACKUP_FORMAT = 'ainet-records';
export const BACKUP_FORMAT_VERSION = 1;
export type BackupKind = 'backup' | 'handover';

export interface BackupHeader {
  t: 'header';
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  kind: BackupKind;
  /** App version that wrote the file. */
  app: string;
  /** Database schema version of the rows. */
  schema: number;
  createdAt: number;
  /** Where the rows come from (vault kind and id, who made it); never personal data. */
  source: Record<string, unknown>;
}

export interface TableSummary {
  count: number;
  sha256: string;
}

export interface Manifest {
  tables: Record<string, TableSummary>;
  total: number;
  /** Written after the rows: the audit head at the moment of the dump, and so on. */
  extra: Record<string, unknown>;
}

export interface RowItem {
  table: string;
  row: unknown;
}

const encoder = new TextEncoder();
const CHUNK_BYTES = 64 * 1024;

/**
 * The plaintext of a file as a pull stream: rows are drawn from `rows` only as fast as the
 * encryption consumes them, so a 70,000-row vault is never held whole. `extra` is called after
 * the last row (the dump knows its audit head only then).
 */
export function plaintextStream(
  header: Omit<BackupHeader, 't' | 'format' | 'formatVersion'>,
  rows: AsyncIterable<RowItem>,
  extra: () => Record<string, unknown>,
  onEnd?: (manifest: Manifest) => void,
): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
  const hashes = new Map<string, { count: number; hash: ReturnType<typeof sha256.create> }>();
  let total = 0;
  let started = false;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const parts: Uint8Array[] = [];
      let size = 0;
      const push = (text: string) => {
        const bytes = encoder.encode(text + '\n');
        if (bytes.byteLength > MAX_LINE_BYTES) throw new BackupError('lineTooLong');
        parts.push(bytes);
        size += bytes.byteLength;
        return bytes;
      };
      if (!started) {
        started = true;
        push(encodeJson({ t: 'header', format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...header }));
      }
      while (size < CHUNK_BYTES && !finished) {
        const next = await iterator.next();
        if (next.done) {
          finished = true;
          const tables: Record<string, TableSummary> = {};
          for (const [name, h] of [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            tables[name] = { count: h.count, sha256: bytesToHex(h.hash.digest()) };
          }
          const manifest: Manifest = { tables, total, extra: extra() };
          push(encodeJson({ t: 'end', manifest }));
          onEnd?.(manifest);
          break;
        }
        const { table, row } = next.value;
        const bytes = push(encodeJson({ t: 'row', table, row }));
        let h = hashes.get(table);
        if (!h) hashes.set(table, (h = { count: 0, hash: sha256.create() }));
        h.count++;
        h.hash.update(bytes);
        total++;
      }
      if (size > 0) controller.enqueue(parts.length === 1 && parts[0] ? parts[0] : concatBytes(parts));
      if (finished) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export interface ReadOptions {
  kind: BackupKind;
  /** Highest database schema this app reads. */
  maxSchema: number;
  /** The tables a row may name. */
  tables: ReadonlySet<string>;
  /** The row's primary key as a string, or null when its shape does not fit the table. */
  keyOf(table: string, row: unknown): string | null;
  /** Rows handed over per call. */
  batchRows?: number;
}

export interface Sink {
  header?(header: BackupHeader): void | Promise<void>;
  rows(table: string, rows: unknown[]): Promise<void>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkHeader(v: unknown, opts: ReadOptions): BackupHeader {
  if (!isObject(v) || v.t !== 'header' || v.format !== BACKUP_FORMAT) throw new BackupError('notBackup');
  if (typeof v.formatVersion !== 'number' || typeof v.schema !== 'number') throw new BackupError('notBackup');
  if (v.formatVersion > BACKUP_FORMAT_VERSION || v.schema > opts.maxSchema) {
    throw new BackupError('newerVersion', { formatVersion: v.formatVersion, schema: v.schema, app: v.app });
  }
  if (v.formatVersion < 1 || !Number.isInteger(v.formatVersion)) throw new BackupError('notBackup');
  if (v.kind !== 'backup' && v.kind !== 'handover') throw new BackupError('notBackup');
  if (v.kind !== opts.kind) throw new BackupError('wrongKind', { kind: v.kind });
  if (typeof v.app !== 'string' || typeof v.createdAt !== 'number' || !isObject(v.source)) throw new BackupError('notBackup');
  return v as unknown as BackupHeader;
}

function checkManifest(v: unknown, seen: Map<string, { count: number; hash: ReturnType<typeof sha256.create> }>, total: number): Manifest {
  if (!isObject(v) || !isObject(v.tables) || typeof v.total !== 'number' || !isObject(v.extra)) {
    throw new BackupError('manifestMismatch', { reason: 'shape' });
  }
  if (v.total !== total) throw new BackupError('manifestMismatch', { reason: 'total', expected: v.total, got: total });
  const names = new Set([...Object.keys(v.tables), ...seen.keys()]);
  for (const name of names) {
    const m = v.tables[name];
    const s = seen.get(name);
    const count = s?.count ?? 0;
    const hash = s ? bytesToHex(s.hash.digest()) : bytesToHex(sha256(new Uint8Array()));
    if (!isObject(m) || m.count !== count) throw new BackupError('manifestMismatch', { reason: 'count', table: name });
    if (m.sha256 !== hash) throw new BackupError('manifestMismatch', { reason: 'hash', table: name });
  }
  return v as unknown as Manifest;
}

/**
 * Reads a file's plaintext, checks every line, and hands the rows to `sink` in batches. Resolves
 * with the header and the manifest only when the stream has ended cleanly and the manifest agrees
 * with every row; until then the sink must keep what it got staged, never committed.
 */
export async function readPlaintext(
  plain: ReadableStream<Uint8Array>,
  opts: ReadOptions,
  sink: Sink,
): Promise<{ header: BackupHeader; manifest: Manifest }> {
  const batchRows = opts.batchRows ?? 500;
  const reader = plain.getReader();
  let header: BackupHeader | null = null;
  let manifest: Manifest | null = null;
  const seen = new Map<string, { count: number; hash: ReturnType<typeof sha256.create> }>();
  const keys = new Map<string, Set<string>>();
  let total = 0;
  let lineNo = 0;
  let batch: unknown[] = [];
  let batchTable = '';
  const flush = async () => {
    if (batch.length > 0) await sink.rows(batchTable, batch);
    batch = [];
  };

  const handle = async (bytes: Uint8Array) => {
    lineNo++;
    if (manifest) throw new BackupError('afterEnd', { line: lineNo });
    if (!header) {
      let v: unknown;
      try {
        v = decodeLine(bytes, lineNo);
      } catch (e) {
        throw new BackupError('notBackup', {}, { cause: e });
      }
      header = checkHeader(v, opts);
      await sink.header?.(header);
      return;
    }
    const v = decodeLine(bytes, lineNo);
    if (!isObject(v)) throw new BackupError('badRow', { line: lineNo });
    if (v.t === 'end') {
      await flush();
      manifest = checkManifest(v.manifest, seen, total);
      return;
    }
    if (v.t !== 'row' || typeof v.table !== 'string') throw new BackupError('badRow', { line: lineNo });
    const table = v.table;
    if (!opts.tables.has(table)) throw new BackupError('unknownTable', { line: lineNo, table: table.slice(0, 40) });
    const key = opts.keyOf(table, v.row);
    if (key === null) throw new BackupError('badRow', { line: lineNo, table });
    let tableKeys = keys.get(table);
    if (!tableKeys) keys.set(table, (tableKeys = new Set()));
    if (tableKeys.has(key)) throw new BackupError('duplicateRow', { line: lineNo, table });
    tableKeys.add(key);
    let h = seen.get(table);
    if (!h) seen.set(table, (h = { count: 0, hash: sha256.create() }));
    h.count++;
    h.hash.update(bytes);
    h.hash.update(NEWLINE);
    total++;
    if (table !== batchTable || batch.length >= batchRows) await flush();
    batchTable = table;
    batch.push(v.row);
  };

  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      let chunk = r.value;
      for (;;) {
        const nl = chunk.indexOf(0x0a);
        if (nl < 0) {
          pending.push(chunk);
          pendingBytes += chunk.byteLength;
          if (pendingBytes > MAX_LINE_BYTES) throw new BackupError('lineTooLong', { line: lineNo + 1 });
          break;
        }
        const part = chunk.subarray(0, nl);
        const line = pending.length === 0 ? part : concatBytes([...pending, part]);
        pending = [];
        pendingBytes = 0;
        if (line.byteLength > MAX_LINE_BYTES) throw new BackupError('lineTooLong', { line: lineNo + 1 });
        await handle(line);
        chunk = chunk.subarray(nl + 1);
      }
    }
    if (pendingBytes > 0) {
      // Every line ends with LF: trailing bytes are a line cut off.
      if (!header) throw new BackupError('notBackup');
      if (manifest) throw new BackupError('afterEnd');
      throw new BackupError('noEnd');
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
  if (!header) throw new BackupError('notBackup');
  if (!manifest) throw new BackupError('noEnd');
  return { header, manifest };
}

const NEWLINE = new Uint8Array([0x0a]);
