// An unlocked vault: the database, the in-memory keys, and who is acting. Locking drops the
// keys; every component holding decrypted data unmounts with the session.
import { AppError } from '../../shared/errors/codes';
import { recordAad, SCHEMA_VERSION, type SealedBlob, type VaultDatabase, type VaultKind } from '../db/database';
import { decryptJson, encryptJson, type VaultKeys } from './crypto';

/** Who is acting: the profile id and role (in every audit entry) and the name (sealed in it). */
export interface Actor {
  id: string;
  role: string;
  name: string;
}

/** What each audit entry carries about its actor: ids in the clear, the name and role sealed. */
export interface ActorStamp {
  actorId: string;
  actorRole: string;
  who: SealedBlob;
}

const AUDIT_KEY_INFO = new TextEncoder().encode('ainet-records audit-chain key v1');
const VAULT_ID_INFO = new TextEncoder().encode('ainet-records vault id v1');
const AUDIT_WHO_AAD = 'audit|who';

export class VaultSession {
  private keys: VaultKeys | null;
  /**
   * The audit chain's HMAC key as raw bytes. The chain is MACed inside IndexedDB transactions,
   * which would commit early on any await of WebCrypto, so the MAC is computed synchronously
   * (@noble/hashes) and needs the bytes. Derived from the vault's search key at unlock, wiped on
   * lock.
   */
  private auditKeyBytes: Uint8Array | null;
  private stamp: ActorStamp;
  readonly db: VaultDatabase;
  readonly kind: VaultKind;
  private currentActor: Actor;
  /**
   * Names this vault in the files it writes (a backup says whose it is) without revealing
   * anything: derived from the key set, so it survives passphrase and recovery-key changes.
   */
  readonly vaultId: string;

  private constructor(
    db: VaultDatabase,
    kind: VaultKind,
    keys: VaultKeys,
    auditKey: Uint8Array,
    actor: Actor,
    stamp: ActorStamp,
    vaultId: string,
  ) {
    this.db = db;
    this.vaultId = vaultId;
    this.kind = kind;
    this.keys = keys;
    this.auditKeyBytes = auditKey;
    this.currentActor = actor;
    this.stamp = stamp;
  }

  static async open(db: VaultDatabase, kind: VaultKind, keys: VaultKeys, actor: Actor): Promise<VaultSession> {
    const auditKey = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', keys.search, AUDIT_KEY_INFO));
    try {
      const stamp = await sealStamp(keys, actor);
      const id = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', keys.search, VAULT_ID_INFO));
      const vaultId = [...id.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return new VaultSession(db, kind, keys, auditKey, actor, stamp, vaultId);
    } catch (e) {
      auditKey.fill(0);
      throw e;
    }
  }

  get isOpen(): boolean {
    return this.keys !== null;
  }

  get actor(): Actor {
    return this.currentActor;
  }

  /** Changes who is acting (profile saved): later audit entries carry the new name. */
  async setActor(actor: Actor): Promise<void> {
    this.stamp = await sealStamp(this.requireKeys(), actor);
    this.currentActor = actor;
  }

  private requireKeys(): VaultKeys {
    if (!this.keys) throw new AppError('VaultLocked');
    return this.keys;
  }

  /** The audit key and the actor stamp, for appending entries; throws VaultLocked after lock. */
  auditSigner(): { key: Uint8Array; stamp: ActorStamp } {
    if (!this.auditKeyBytes) throw new AppError('VaultLocked');
    return { key: this.auditKeyBytes, stamp: this.stamp };
  }

  /** 32 bytes derived from the key set for one purpose (`label`): an HMAC with the search key. */
  async derive(label: string): Promise<Uint8Array> {
    const keys = this.requireKeys();
    return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', keys.search, new TextEncoder().encode(label)));
  }

  async seal(table: string, id: string, value: unknown): Promise<SealedBlob> {
    const blob = await encryptJson(this.requireKeys().data, recordAad(table, id), value);
    return { ...blob, sv: SCHEMA_VERSION };
  }

  async open(table: string, id: string, blob: SealedBlob): Promise<unknown> {
    return decryptJson(this.requireKeys().data, recordAad(table, id, blob.sv), blob);
  }

  /** Opens the actor name and role sealed in an audit entry. */
  async openWho(who: SealedBlob): Promise<{ name: string; role: string }> {
    const v = (await decryptJson(this.requireKeys().data, AUDIT_WHO_AAD, who)) as { name?: unknown; role?: unknown };
    return { name: typeof v.name === 'string' ? v.name : '', role: typeof v.role === 'string' ? v.role : '' };
  }

  /** Drops the keys and wipes the audit key. The object stays, so late async work fails with VaultLocked. */
  close(): void {
    this.keys = null;
    this.auditKeyBytes?.fill(0);
    this.auditKeyBytes = null;
  }
}

async function sealStamp(keys: VaultKeys, actor: Actor): Promise<ActorStamp> {
  const who = { ...(await encryptJson(keys.data, AUDIT_WHO_AAD, { name: actor.name, role: actor.role })), sv: SCHEMA_VERSION };
  return { actorId: actor.id, actorRole: actor.role, who };
}
