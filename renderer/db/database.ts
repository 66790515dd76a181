// The one Dexie database of a vault. Tables hold in the clear only what queries need (ids,
// dates, status, district id); everything else of a record is one ciphertext in `enc`.
// Schema rule: never edit a shipped version(n); add version(n+1) with an upgrade() in
// renderer/db/migrations/ and a test that upgrades a fixture of the previous version.
import Dexie, { type Table } from 'dexie';
import type { VaultKind } from '../platform/preferences';
import type { EncryptedBlob, KdfParams } from './stored';
import { SCHEMA_V1 } from './migrations/v1';
import { SCHEMA_V2 } from './migrations/v2';
import { SCHEMA_V3 } from './migrations/v3';
import { SCHEMA_V4, upgradeToV4 } from './migrations/v4';
import { SCHEMA_V5 } from './migrations/v5';
import { SCHEMA_V6, upgradeToV6 } from './migrations/v6';
import { SCHEMA_V7, upgradeToV7 } from './migrations/v7';
import { SCHEMA_V8 } from './migrations/v8';
import { mirrorsMiddleware, type FactBucketRow } from './mirrors';
import { teamOutboxMiddleware, type OutboxRow, type TeamStateRow } from './teamOutbox';

export const SCHEMA_VERSION = 8;

export interface KeysRow {
  id: 'keys';
  createdAt: number;
  kdf: KdfParams;
  byPassphrase: EncryptedBlob;
  recoverySalt: Uint8Array;
  byRecovery: EncryptedBlob;
}
export interface ThrottleRow {
  id: 'throttle';
  failures: number;
  lastFailureAt: number;
}
/**
 * The audit chain's head: how many entries there are and the MAC of the last one, itself MACed
 * with the audit key and rewritten in the transaction of every entry, so cutting entries off the
 * end (or deleting the head) is detected. `lostBefore` records that an append found the head
 * missing or forged: from then on verification keeps saying so.
 */
export interface AuditHeadRow {
  id: 'auditHead';
  count: number;
  seq: number;
  mac: string;
  lostBefore?: number;
  check: string;
}
/**
 * Tables whose rows lack clear columns added by a schema upgrade (or brought in by a restore from
 * an older schema): the next unlock copies them in from the sealed content and deletes this row.
 */
export interface ClearRefreshRow {
  id: 'clearRefresh';
  tables: string[];
}
export type VaultMetaRow = KeysRow | ThrottleRow | AuditHeadRow | ClearRefreshRow;

/**
 * A sealed singleton (a setting, the profile): the key and a revision in the clear, the value
 * sealed. Vaults from before schema 4 kept settings as plain `value`; they are sealed at the first
 * unlock (records/upgrade.ts).
 */
export interface SettingRow {
  key: string;
  rev?: number;
  updatedAt?: number;
  enc?: SealedBlob;
  /** Schema ≤ 3 only: the value in the clear, until the first unlock seals it. */
  value?: unknown;
}
export type SecretRow = SettingRow;

/** What every sealed record row has besides its query columns. */
export interface SealedRow {
  id: string;
  /** Starts at 1 and grows by one with every write; a write based on another revision is refused. */
  rev: number;
  createdAt: number;
  updatedAt: number;
  /** 0 while live; the instant it went to the trash otherwise (IndexedDB cannot index null). */
  deletedAt: number;
  enc: SealedBlob;
}
export interface PersonRow extends SealedRow {
  districtId: string;
  status: string;
}
export interface DraftRow {
  key: string;
  updatedAt: number;
  enc: SealedBlob;
}
/**
 * One audit entry: when, who (opaque profile id and role), what action on which table and record
 * id — never content. Entries of schema 4 on carry `who` (the actor's name and role as they were,
 * sealed) and `mac`, an HMAC with a vault key over the entry and the previous entry's MAC: without
 * unlocking nobody can rewrite, insert or recompute entries. Older entries keep their plain
 * SHA-256 chain (`prevHash`, `hash`); the first keyed entry covers the last of them.
 */
export interface AuditRow {
  seq: number;
  at: number;
  actorId: string;
  actorRole: string;
  action: string;
  table: string;
  recordId: string;
  /** 2 = keyed chain; absent = the SHA-256 chain of schema ≤ 3. */
  v?: 2;
  who?: SealedBlob;
  mac?: string;
  prevHash?: string;
  hash?: string;
}

/**
 * A user-saved template version (bundled templates live in shared/endingNotes/defaults.ts). Id and
 * version are in the clear (the template id is a slug, never typed text); names and questions are
 * sealed. Rows of schema ≤ 3 kept `template` in the clear until the first unlock seals them.
 */
export interface TemplateRow {
  id: string;
  version: number;
  savedAt: number;
  enc?: SealedBlob;
  template?: unknown;
}
export interface EndingNoteRow extends SealedRow {
  personId: string;
  goals: string[];
}

export interface ContactRow extends SealedRow {
  /** Calendar date 'YYYY-MM-DD' of the contact. */
  date: string;
  /** '' when the entry has no person (or the person was purged). */
  personId: string;
  /** Profile id of the commissioner who recorded it (opaque), for the monthly report. */
  recordedBy: string;
  /** District of the person at the time ('' for entries from before schema 6 without one). */
  districtId: string;
  /** Pillar-2 goal ids the entry served. */
  goals: string[];
}
/** A person's last live contact-log date (records/lastContact.ts keeps it with every contact write). */
export interface ContactLastRow {
  personId: string;
  date: string;
}
export interface MeetingRow extends SealedRow {
  date: string;
  type: string;
  districtId: string;
  /** Ids of the persons discussed (cases), for the person timeline. */
  personIds: string[];
  /** The meeting's pillar-2 goal ids. */
  goals: string[];
}
export interface ActionRow extends SealedRow {
  /** Meeting or contact the action came from. */
  sourceId: string;
  status: 'open' | 'done';
  due: string;
  districtId: string;
  personId: string;
  /** Date it was done ('' while open). */
  doneDate: string;
  goals: string[];
}
export type DirectoryRow = SealedRow;

export interface ReferralRow extends SealedRow {
  personId: string;
  /** Current step (shared/referrals/status.ts). */
  status: string;
  /** Date of the current step, for stall checks without decrypting. */
  statusDate: string;
  districtId: string;
  goals: string[];
}

/**
 * A chunk of rows (up to 500, all of one table) of a file being restored or imported, waiting for
 * the whole file to check out. Each of `rows` is a stored row exactly as its table will hold it
 * (sealed), never plaintext. Chunks, not single rows: every IndexedDB record costs a clone and an
 * index entry, and a restore writes each row twice.
 */
export interface StagingRow {
  batch: string;
  n: number;
  table: string;
  rows: unknown[];
}

export class VaultDatabase extends Dexie {
  vaultMeta!: Table<VaultMetaRow, string>;
  settings!: Table<SettingRow, string>;
  secrets!: Table<SecretRow, string>;
  persons!: Table<PersonRow, string>;
  drafts!: Table<DraftRow, string>;
  audit!: Table<AuditRow, number>;
  templates!: Table<TemplateRow, [string, number]>;
  endingNotes!: Table<EndingNoteRow, string>;
  contacts!: Table<ContactRow, string>;
  meetings!: Table<MeetingRow, string>;
  actions!: Table<ActionRow, string>;
  directory!: Table<DirectoryRow, string>;
  referrals!: Table<ReferralRow, string>;
  staging!: Table<StagingRow, [string, number]>;
  contactLast!: Table<ContactLastRow, string>;
  facts!: Table<FactBucketRow, string>;
  teamOutbox!: Table<OutboxRow, string>;
  teamState!: Table<TeamStateRow, string>;

  constructor(name: string) {
    // Chromium made IndexedDB durability "relaxed" by default in v121: a crash could lose the
    // last writes. Case records must survive a power cut, so every transaction is strict.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
    this.version(8).stores(SCHEMA_V8);
    // facts follows every write to contacts, actions and endingNotes (db/mirrors.ts).
    this.use(mirrorsMiddleware);
    // teamOutbox names every changed shared record while the vault is in a team (db/teamOutbox.ts).
    this.use(teamOutboxMiddleware);
  }
}

export const VAULT_DB_NAMES: Record<VaultKind, string> = { main: 'ainet-records', demo: 'ainet-records-demo' };
export type { VaultKind };

/** A record ciphertext with the schema version it was written under (part of its AAD). */
export interface SealedBlob extends EncryptedBlob {
  sv: number;
}

/** AAD binding a ciphertext to its table, row and schema version. */
export function recordAad(table: string, id: string, schemaVersion: number = SCHEMA_VERSION): string {
  return `${table}|${id}|v${schemaVersion}`;
}
