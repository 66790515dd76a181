// Hand-over packages between vaults (引き継ぎファイル). Each vault has a hand-over identity (age
// X25519), made on first need and kept sealed in `secrets`; others make packages to its
// recipient (age1…), or to a one-time passphrase read out on the phone.
//
// Sending: the chosen persons and every live record about them (contact-log entries, action
// items, guardianship referrals, ending notes; never meeting minutes, which hold other people's
// cases) are opened and written as plaintext records inside age, districts by name. The audit log
// gets one `record.handover` entry per record sent and one `handover.export` with the count, so
// the sender's log can say exactly which records left the vault and when.
//
// Receiving: the package is read row by row, each row checked against its table's schema and
// sealed with this vault's keys straight into `staging` (plaintext never reaches IndexedDB);
// only a file whose every chunk and manifest check out is previewed. Revisions of two vaults say
// nothing about each other, so a record that exists here with other content is a conflict shown
// in both versions, never overwritten unseen; the chosen records are written through the one
// write path in one transaction, an audit entry each, with `handover.import`.
import { z } from 'zod';
import {
  BackupError,
  inspectHeader,
  isRecipient,
  newIdentity,
  type BackupHeader,
  type HeaderInfo,
  type Key,
  type Lock,
  type Manifest,
} from '../../shared/backup';
import {
  DEMO_HANDOVER_IDENTITY,
  DEMO_HANDOVER_RECIPIENT,
  DISTRICT_TABLES,
  HANDOVER_TABLES,
  normalizeOneTimePassphrase,
  readHandoverPackage,
  rowContent,
  writeHandoverPackage,
  type HandoverRecord,
  type HandoverTable,
} from '../../shared/backup/handover';
import type { District } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors/codes';
import type { SealedRow, StagingRow } from '../db/database';
import { openRecord, openRecords, sealRecord, type Stored } from '../records/sealed';
import { readSingleton, writeSingleton } from '../records/singletons';
import type { RecordTable } from '../records/tables';
import { isStaleRevision, recordWriter } from '../records/write';
import type { VaultSession } from '../vault/session';
import type { Choice, Conflict, MergeKind } from './merge';
import { conflictKey, RECORD_TABLES, stagedRows } from './merge';
import { stampedFileName } from './exportVault';
import { dropStaging, type FileSource, type Progress } from './restore';

const TABLES: Record<HandoverTable, RecordTable<unknown, SealedRow>> = RECORD_TABLES;

// ── The vault's hand-over identity ───────────────────────────────────────────────────────────

export const HANDOVER_IDENTITY_KEY = 'handoverIdentity';
const identitySchema = z.strictObject({
  identity: z.string().regex(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/),
  recipient: z.string().refine(isRecipient),
  createdAt: z.number().min(0),
});
export type HandoverIdentity = z.infer<typeof identitySchema>;

/** The identity if this vault has made one (null otherwise, or when it cannot be read). */
export async function readHandoverIdentity(session: VaultSession): Promise<HandoverIdentity | null> {
  return (await readSingleton(session, 'secrets', HANDOVER_IDENTITY_KEY, identitySchema)).value ?? null;
}

/** The identity, made (and logged) the first time it is needed. */
export async function handoverIdentity(session: VaultSession, now: number): Promise<HandoverIdentity> {
  const read = await readSingleton(session, 'secrets', HANDOVER_IDENTITY_KEY, identitySchema);
  if (read.value) return read.value;
  // An unreadable stored identity is replaced: files made to it could not be opened anyway.
  const made = { ...(await newIdentity()), createdAt: now };
  try {
    return (await writeSingleton(session, 'secrets', HANDOVER_IDENTITY_KEY, identitySchema, made, read.rev, 'handover.identity', now))
      .value;
  } catch (e) {
    // Another window made one meanwhile: that one is the vault's.
    const again = isStaleRevision(e) ? await readHandoverIdentity(session) : null;
    if (again) return again;
    throw e;
  }
}

/**
 * The demo vault's identity is the published DEMO one, so the sample package opens in it; no
 * real vault ever has it (createHandover refuses it as a receiver, stageHandover keeps demo and
 * real packages apart).
 */
export async function setDemoHandoverIdentity(session: VaultSession, now: number): Promise<void> {
  if (session.kind !== 'demo') throw new AppError('NotPermitted', { reason: 'demo-identity' });
  const read = await readSingleton(session, 'secrets', HANDOVER_IDENTITY_KEY, identitySchema);
  const demo = { identity: DEMO_HANDOVER_IDENTITY, recipient: DEMO_HANDOVER_RECIPIENT, createdAt: now };
  await writeSingleton(session, 'secrets', HANDOVER_IDENTITY_KEY, identitySchema, demo, read.rev, 'handover.identity', now);
}

// ── Sending ──────────────────────────────────────────────────────────────────────────────────

/** The live records of some persons, opened; ids of rows that would not open. */
export async function collectHandover(
  session: VaultSession,
  personIds: readonly string[],
): Promise<{ records: HandoverRecord[]; unreadable: string[] }> {
  const db = session.db;
  const ids = [...new Set(personIds)];
  const live = <R extends SealedRow>(rows: readonly (R | undefined)[]) => rows.filter((r): r is R => r !== undefined && r.deletedAt === 0);
  // One indexed lookup per person: anyOf() over 200 ids took 15 s for 6,000 entries under
  // fake-indexeddb (a cursor stepped key by key), the lookups 1 s with every record opened.
  const about = async (table: 'contacts' | 'actions' | 'referrals' | 'endingNotes') =>
    live((await Promise.all(ids.map((id) => db.table<SealedRow>(table).where('personId').equals(id).toArray()))).flat());
  const rows: Record<HandoverTable, SealedRow[]> = {
    persons: live(await db.persons.bulkGet(ids)),
    contacts: await about('contacts'),
    actions: await about('actions'),
    referrals: await about('referrals'),
    endingNotes: await about('endingNotes'),
  };
  const records: HandoverRecord[] = [];
  const unreadable: string[] = [];
  for (const table of HANDOVER_TABLES) {
    const opened = await openRecords(session, TABLES[table], rows[table]);
    unreadable.push(...opened.corrupt);
    for (const r of opened.records) records.push({ table, record: r as HandoverRecord['record'] });
  }
  if (!records.some((r) => r.table === 'persons')) throw new AppError('NotFound', { table: 'persons', reason: 'handover' });
  return { records, unreadable };
}

export interface HandoverResult {
  bytes: Uint8Array;
  counts: Record<HandoverTable, number>;
  total: number;
  /** Rows about the persons that could not be opened: not in the file. */
  unreadable: number;
}

/**
 * Makes a package of the chosen persons for `lock` and logs it: a `record.handover` entry per
 * record and `handover.export` with the count, in one transaction, before the bytes are handed
 * out (a file that was made is always in the log).
 */
export async function createHandover(
  session: VaultSession,
  personIds: readonly string[],
  districts: readonly District[],
  lock: Lock,
  appVersion: string,
  now: number,
): Promise<HandoverResult> {
  // The demo key is published: real records are never locked to it.
  if (session.kind !== 'demo' && 'recipients' in lock && lock.recipients.includes(DEMO_HANDOVER_RECIPIENT))
    throw new AppError('NotPermitted', { reason: 'demo-recipient' });
  const { records, unreadable } = await collectHandover(session, personIds);
  const bytes = await writeHandoverPackage(records, districts, lock, { app: appVersion, createdAt: now, vaultKind: session.kind });
  const counts = Object.fromEntries(HANDOVER_TABLES.map((t) => [t, 0])) as Record<HandoverTable, number>;
  const w = recordWriter(session);
  for (const { table, record } of records) {
    counts[table]++;
    w.log({ action: 'record.handover', table, recordId: record.id });
  }
  w.log({ action: 'handover.export', table: 'vault', recordId: String(records.length) });
  await w.commit(now);
  return { bytes, counts, total: records.length, unreadable: unreadable.length };
}

/** ainet-handover-2026-12-01-2030.age (Tokyo time): sorts by time and says what it is. */
export function handoverFileName(at: Date): string {
  return stampedFileName('ainet-handover', at);
}

// ── Receiving ────────────────────────────────────────────────────────────────────────────────

/** How a chosen file is locked (to ask for a passphrase only when it needs one); null if unreadable. */
export async function packageLock(file: FileSource): Promise<HeaderInfo['lock'] | null> {
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 16 * 1024) {
      const r = await reader.read();
      if (r.done) break;
      parts.push(r.value);
      size += r.value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const prefix = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    prefix.set(p, o);
    o += p.byteLength;
  }
  try {
    return inspectHeader(prefix).lock;
  } catch {
    return null;
  }
}

/** The key to open a package with: this vault's identity for a recipient file, else the passphrase as typed. */
export async function packageKey(session: VaultSession, lock: HeaderInfo['lock'] | null, passphrase: string): Promise<Key> {
  if (lock !== 'recipients') return { passphrase: normalizeOneTimePassphrase(passphrase) };
  const id = await readHandoverIdentity(session);
  // No identity yet: nobody can have made a package to this vault.
  if (!id) throw new BackupError('wrongKey', { reason: 'no-identity' });
  return { identities: [id.identity] };
}

export interface UnknownDistrict {
  /** What the staged records carry as their district id until one of this vault's is chosen. */
  placeholder: string;
  name: string;
  records: number;
}

export interface StagedHandover {
  batch: string;
  info: HeaderInfo;
  header: BackupHeader;
  manifest: Manifest;
  /** District names in the package that this vault has no district of. */
  unknownDistricts: UnknownDistrict[];
}

const PLACEHOLDER = /^\?\d+$/;
const sameName = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/**
 * Reads a package into staging, every record sealed with this vault's keys. Districts are matched
 * by name; a name this vault does not have gets a placeholder (`?1`, …) for the preview to
 * resolve. On any failure the batch is dropped and the error rethrown: zero rows are left.
 */
export async function stageHandover(
  session: VaultSession,
  file: FileSource,
  key: Key,
  districts: readonly District[],
  onProgress?: Progress,
): Promise<StagedHandover> {
  const db = session.db;
  const batch = globalThis.crypto.randomUUID();
  const unknown = new Map<string, UnknownDistrict>();
  const persons = new Set<string>();
  const mentioned = new Set<string>();
  const districtOf = (name: string): string => {
    const known = districts.filter((d) => sameName(d.name, name));
    const pick = known.find((d) => !d.archived) ?? known[0];
    if (pick) return pick.id;
    let u = unknown.get(name);
    if (!u) unknown.set(name, (u = { placeholder: `?${unknown.size + 1}`, name, records: 0 }));
    u.records++;
    return u.placeholder;
  };
  let n = 0;
  let count = 0;
  try {
    const { info, header, manifest } = await readHandoverPackage(file.stream(), file.size, key, async (table, rows) => {
      const sealedRows: SealedRow[] = [];
      for (const row of rows) {
        const districtId = DISTRICT_TABLES.has(table)
          ? row.district === '' && table !== 'persons'
            ? ''
            : districtOf(row.district ?? '')
          : '';
        const content = rowContent(table, row, districtId);
        if (!content) throw new BackupError('badRow', { table });
        if (table === 'persons') persons.add(row.id);
        else mentioned.add(String(content.personId));
        const stored = {
          ...content,
          id: row.id,
          rev: row.rev,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          deletedAt: row.deletedAt,
        };
        const { row: sealed } = await sealRecord(session, TABLES[table], stored, { asStored: true });
        sealedRows.push(sealed);
      }
      const chunk: StagingRow = { batch, n: n++, table, rows: sealedRows };
      await db.staging.add(chunk);
      count += sealedRows.length;
      onProgress?.(count);
    });
    // Every record is about a person in the package: nothing arrives detached.
    if ([...mentioned].some((id) => !persons.has(id))) throw new BackupError('badRow', { reason: 'person' });
    // Fiction stays out of real vaults, and real records out of the demo (its passphrase is public).
    const fromDemo = header.source.vaultKind === 'demo';
    if (fromDemo !== (session.kind === 'demo')) throw new AppError('NotPermitted', { reason: fromDemo ? 'demo-package' : 'real-package' });
    return { batch, info, header, manifest, unknownDistricts: [...unknown.values()] };
  } catch (e) {
    await dropStaging(db, batch).catch(() => undefined);
    throw e;
  }
}

export interface HandoverEntry {
  table: HandoverTable;
  id: string;
  /** The package's record, opened from staging (its district may still be a placeholder). */
  theirs: Stored<unknown>;
  /** This vault's record of the same id, if there is one. */
  mine: Stored<unknown> | null;
  /** Revision of this vault's record at the preview (0 when there is none). */
  liveRev: number;
  /** This vault's record of the same id could not be opened. */
  damaged: boolean;
}

export interface HandoverPreview {
  staged: StagedHandover;
  entries: HandoverEntry[];
}

/** Opens every staged record and this vault's record of the same id, if any. */
export async function previewHandover(session: VaultSession, staged: StagedHandover): Promise<HandoverPreview> {
  const entries: HandoverEntry[] = [];
  for await (const s of stagedRows(session, staged.batch)) {
    const table = s.table as HandoverTable;
    const spec = TABLES[table];
    const row = s.row as SealedRow;
    const theirs = await openRecord(session, spec, row);
    const live = (await session.db.table(table).get(row.id)) as SealedRow | undefined;
    let mine: Stored<unknown> | null = null;
    let damaged = false;
    if (live) {
      try {
        mine = await openRecord(session, spec, live);
      } catch {
        damaged = true;
      }
    }
    entries.push({ table, id: row.id, theirs, mine, liveRev: live?.rev ?? 0, damaged });
  }
  return { staged, entries };
}

/** For each placeholder of an unknown district, the district of this vault chosen for it. */
export type DistrictChoices = ReadonlyMap<string, string>;

function withDistrict(entry: HandoverEntry, districts: DistrictChoices): Stored<unknown> {
  const r = entry.theirs as unknown as Record<string, unknown>;
  const id = r.districtId;
  if (!DISTRICT_TABLES.has(entry.table) || typeof id !== 'string' || !PLACEHOLDER.test(id)) return entry.theirs;
  return { ...r, districtId: districts.get(id) ?? id } as unknown as Stored<unknown>;
}

const contentOf = (r: Stored<unknown>) => {
  const { id: _i, rev: _r, createdAt: _c, updatedAt: _u, ...rest } = r as unknown as Record<string, unknown>;
  return JSON.stringify(rest);
};

export interface HandoverView {
  counts: Record<MergeKind, number>;
  conflicts: Conflict[];
  /** Unknown districts still without a choice. */
  undecidedDistricts: number;
  kinds: Map<string, MergeKind>;
}

/**
 * Sorts the package against this vault with the districts chosen so far: new here, the same
 * here, or here with other content (a conflict, shown in both versions).
 */
export function handoverView(preview: HandoverPreview, districts: DistrictChoices): HandoverView {
  const counts: Record<MergeKind, number> = { new: 0, updated: 0, conflict: 0, unchanged: 0, newerHere: 0, damaged: 0 };
  const conflicts: Conflict[] = [];
  const kinds = new Map<string, MergeKind>();
  for (const e of preview.entries) {
    const theirs = withDistrict(e, districts);
    const kind: MergeKind = e.damaged ? 'damaged' : !e.mine ? 'new' : contentOf(e.mine) === contentOf(theirs) ? 'unchanged' : 'conflict';
    counts[kind]++;
    kinds.set(conflictKey(e), kind);
    if (kind === 'conflict' && e.mine) conflicts.push({ table: e.table, id: e.id, mine: e.mine, theirs });
  }
  const undecidedDistricts = preview.staged.unknownDistricts.filter((u) => !districts.has(u.placeholder)).length;
  return { counts, conflicts, undecidedDistricts, kinds };
}

/**
 * Writes the new records and each conflict settled for the package's version, through the one
 * write path in one transaction: an audit entry per record and `handover.import` with the count.
 * A record here that changed (or appeared) since the preview fails the whole import with
 * StaleRevision. Every unknown district and every conflict must have a choice.
 */
export async function commitHandover(
  session: VaultSession,
  preview: HandoverPreview,
  districts: DistrictChoices,
  choices: ReadonlyMap<string, Choice>,
  now: number,
): Promise<number> {
  const view = handoverView(preview, districts);
  if (view.undecidedDistricts > 0) throw new AppError('ValidationFailed', { reason: 'district-choice', count: view.undecidedDistricts });
  const missing = view.conflicts.filter((c) => !choices.has(conflictKey(c)));
  if (missing.length > 0) throw new AppError('ValidationFailed', { reason: 'conflict-choice', count: missing.length });
  const w = recordWriter(session);
  let written = 0;
  for (const e of preview.entries) {
    const kind = view.kinds.get(conflictKey(e));
    const theirs = withDistrict(e, districts);
    if (kind === 'new') {
      // Revision 0 here: written as this vault's revision 1, refused if the id appeared meanwhile.
      await w.put(TABLES[e.table], { ...theirs, rev: 0 }, 'record.merge', { asStored: true });
      written++;
    } else if (kind === 'conflict' && e.mine && choices.get(conflictKey(e)) === 'theirs') {
      // The next revision of the record here, so a form still holding it is refused as stale.
      await w.put(TABLES[e.table], { ...theirs, rev: e.liveRev, createdAt: e.mine.createdAt, updatedAt: now }, 'record.mergeConflict', {
        asStored: true,
      });
      written++;
    }
  }
  w.log({ action: 'handover.import', table: 'vault', recordId: String(written) });
  await w.commit(now);
  await dropStaging(session.db, preview.staged.batch).catch(() => undefined);
  return written;
}
