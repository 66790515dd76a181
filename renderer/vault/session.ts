// An unlocked vault: the database, the in-memory keys, and who is acting. Locking drops the
// keys; every component holding decrypted data unmounts with the session.
import { AppError } from '../../shared/errors/codes';
import { recordAad, SCHEMA_VERSION, type SealedBlob, type VaultDatabase, type VaultKind } from '../db/database';
import { decryptJson, encryptJson, type VaultKeys } from './crypto';

/** Who is acting: the profile id and role, written into every audit entry. */
export interface Actor {
  id: string;
  role: string;
}

export class VaultSession {
  private keys: VaultKeys | null;
  readonly db: VaultDatabase;
  readonly kind: VaultKind;
  actor: Actor;

  constructor(db: VaultDatabase, kind: VaultKind, keys: VaultKeys, actor: Actor) {
    this.db = db;
    this.kind = kind;
    this.keys = keys;
    this.actor = actor;
  }

  get isOpen(): boolean {
    return this.keys !== null;
  }

  private requireKeys(): VaultKeys {
    if (!this.keys) throw new AppError('VaultLocked');
    return this.keys;
  }

  async seal(table: string, id: string, value: unknown): Promise<SealedBlob> {
    const blob = await encryptJson(this.requireKeys().data, recordAad(table, id), value);
    return { ...blob, sv: SCHEMA_VERSION };
  }

  async open(table: string, id: string, blob: SealedBlob): Promise<unknown> {
    return decryptJson(this.requireKeys().data, recordAad(table, id, blob.sv), blob);
  }

  /** Drops the keys. The object stays, so late async work fails with VaultLocked. */
  close(): void {
    this.keys = null;
  }
}
