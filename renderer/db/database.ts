// The one Dexie database of a vault. Tables hold in the clear only what queries need (ids,
// dates, status, district id); everything else of a record is one ciphertext in `enc`.
// Schema rule: never edit a shipped version(n); add version(n+1) with an upgrade() in
// renderer/db/migrations/ and a test that upgrades a fixture of the previous version.
import Dexie, { type Table } from 'dexie';
import type { VaultKind } from '../platform/preferences';
// eslint-disable-next-line ainet/layers -- the blob and KDF types move into db/ once the Argon2id change lands
import type { EncryptedBlob, KdfParams } from '../vault/crypto';
import { SCHEMA_V1 } from './migrations/v1';
import { SCHEMA_V2 } from './migrations/v2';
import { SCHEMA_V3 } from './migrations/v3';
import type { EndingNoteTemplate } from '../../shared/endingNotes/template';

export const SCHEMA_VERSION = 3;

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
export type VaultMetaRow = KeysRow | ThrottleRow;

export interface SettingRow {
  key: string;
  value: unknown;
}
export interface SecretRow {
  key: string;
  enc: SealedBlob;
}
export interface PersonRow {
  id: string;
  districtId: string;
  status: string;
  createdAt: number;
  updatedAt: number;
  /** 0 while live; the instant it went to the trash otherwise (IndexedDB cannot index null). */
  deletedAt: number;
  enc: SealedBlob;
}
export interface DraftRow {
  key: string;
  updatedAt: number;
  enc: SealedBlob;
}
export interface AuditRow {
  seq?: number;
  at: number;
  actorId: string;
  actorRole: string;
  action: string;
  table: string;
  recordId: string;
  prevHash: string;
  hash: string;
}

/** A user-saved template version (bundled templates live in shared/endingNotes/defaults.ts). */
export interface TemplateRow {
  id: string;
  version: number;
  savedAt: number;
  template: EndingNoteTemplate;
}
export interface EndingNoteRow {
  id: string;
  personId: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  /** Template id, version and answers: all sealed. */
  enc: SealedBlob;
}

export interface ContactRow {
  id: string;
  /** Calendar date 'YYYY-MM-DD' of the contact. */
  date: string;
  /** '' when the entry has no person. */
  personId: string;
  /** Profile id of the commissioner who recorded it (opaque), for the monthly report. */
  recordedBy: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  enc: SealedBlob;
}
export interface MeetingRow {
  id: string;
  date: string;
  type: string;
  districtId: string;
  /** Ids of the persons discussed (cases), for the person timeline. */
  personIds: string[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  enc: SealedBlob;
}
export interface ActionRow {
  id: string;
  /** Meeting or contact the action came from. */
  sourceId: string;
  status: 'open' | 'done';
  due: string;
  districtId: string;
  personId: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  enc: SealedBlob;
}
export interface DirectoryRow {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  enc: SealedBlob;
}

export interface ReferralRow {
  id: string;
  personId: string;
  /** Current step (shared/referrals/status.ts). */
  status: string;
  /** Date of the current step, for stall checks without decrypting. */
  statusDate: string;
  districtId: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
  enc: SealedBlob;
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

  constructor(name: string) {
    // Chromium made IndexedDB durability "relaxed" by default in v121: a crash could lose the
    // last writes. Case records must survive a power cut, so every transaction is strict.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
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
