// The app's vault state machine: welcome → setup → open ⇄ locked (→ recover). Locking flushes
// unsaved forms (encrypted), logs the lock, drops the keys and every decrypted record.
import { AppError } from '../../shared/errors/codes';
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { demoPersons } from '../../shared/domain/demoData';
import { tokyoDate } from '../../shared/text/dates';
import { DEMO_PASSPHRASE, seedDemoRecords } from '../features/demo';
import { VAULT_DB_NAMES, VaultDatabase, type VaultKind } from '../db/database';
import { appendAudit, logEvent, type Actor } from '../audit/auditLog';
import { createVault, resetPassphraseWithRecoveryKey, unlockWithPassphrase, vaultExists } from '../vault/keystore';
import type { VaultKeys } from '../vault/crypto';
import { VaultSession } from '../vault/session';
import { hasDrafts } from '../records/drafts';
import { profileSchema, readSecret, sealSecret, type UserProfile } from '../vault/secrets';
import { PersonStore } from '../records/personStore';
import { readIdleMinutes } from '../features/settings';
import type { LockCause, VaultControls } from '../records/context';

export type Phase =
  | { kind: 'starting' }
  | { kind: 'welcome' }
  | { kind: 'setup' }
  | { kind: 'locked'; cause: LockCause | null; hasDraft: boolean }
  | { kind: 'recover' }
  | { kind: 'open'; session: VaultSession; persons: PersonStore; profile: UserProfile };

const SETUP_ACTOR: Actor = { id: 'setup', role: '' };

type Flusher = () => Promise<void>;

export class VaultController implements VaultControls {
  private phase: Phase = { kind: 'starting' };
  private readonly listeners = new Set<() => void>();
  private readonly flushers = new Set<Flusher>();
  private db: VaultDatabase;
  private pendingKeys: VaultKeys | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private idleMs = 5 * 60_000;
  kind: VaultKind;
  now: () => number = () => Date.now();

  constructor(kind: VaultKind) {
    this.kind = kind;
    this.db = new VaultDatabase(VAULT_DB_NAMES[kind]);
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getPhase = (): Phase => this.phase;

  private set(phase: Phase): void {
    this.phase = phase;
    for (const l of this.listeners) l();
  }

  async start(): Promise<void> {
    try {
      await this.db.open();
    } catch (e) {
      throw new AppError('StorageUnavailable', undefined, { cause: e });
    }
    if (await vaultExists(this.db)) this.set({ kind: 'locked', cause: null, hasDraft: await hasDrafts({ db: this.db }) });
    else this.set(this.kind === 'demo' ? { kind: 'locked', cause: null, hasDraft: false } : { kind: 'welcome' });
  }

  /** Switches between the real and the demo vault (locking the current one first). */
  async switchTo(kind: VaultKind): Promise<void> {
    if (this.phase.kind === 'open') await this.lock('button');
    this.db.close();
    this.kind = kind;
    this.db = new VaultDatabase(VAULT_DB_NAMES[kind]);
    if (kind === 'demo' && !(await vaultExists(this.db))) {
      await this.createDemo();
      return;
    }
    await this.start();
  }

  beginSetup(): void {
    this.set({ kind: 'setup' });
  }

  /** Step 1 of setup: returns the recovery key to show once. */
  async createKeys(passphrase: string): Promise<string> {
    const { keys, recoveryKey } = await createVault(this.db, passphrase, this.now());
    this.pendingKeys = keys;
    await logEvent(this.db, SETUP_ACTOR, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, this.now());
    return recoveryKey;
  }

  /** Last step of setup: the user profile, then the vault opens. */
  async finishSetup(profile: Omit<UserProfile, 'id'>): Promise<void> {
    if (!this.pendingKeys) throw new AppError('VaultLocked');
    const full = profileSchema.parse({ ...profile, id: crypto.randomUUID() });
    const session = new VaultSession(this.db, this.kind, this.pendingKeys, { id: full.id, role: full.role });
    this.pendingKeys = null;
    await this.saveProfile(session, full);
    await this.open(session, full);
  }

  async saveProfile(session: VaultSession, profile: UserProfile): Promise<void> {
    const parsed = profileSchema.parse(profile);
    const row = await sealSecret(session, 'profile', parsed);
    const db = this.db;
    session.actor = { id: parsed.id, role: parsed.role };
    await db.transaction('rw', db.secrets, db.audit, async () => {
      await db.secrets.put(row);
      await appendAudit(db, session.actor, { action: 'profile.update', table: 'secrets', recordId: 'profile' }, this.now());
    });
    if (this.phase.kind === 'open' && this.phase.session === session) this.set({ ...this.phase, profile: parsed });
  }

  private async createDemo(): Promise<void> {
    const { keys } = await createVault(this.db, DEMO_PASSPHRASE, this.now());
    const profile: UserProfile = { id: crypto.randomUUID(), name: 'デモ 利用者', role: 'care-plaza', districtId: 'd01' };
    const session = new VaultSession(this.db, 'demo', keys, { id: profile.id, role: profile.role });
    await logEvent(this.db, session.actor, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, this.now());
    await this.saveProfile(session, profile);
    const persons = new PersonStore(session);
    await persons.createMany(
      demoPersons(
        40,
        DEFAULT_DISTRICTS.slice(0, 6).map((d) => d.id),
      ),
      this.now(),
    );
    await seedDemoRecords(session, { id: profile.id, name: profile.name }, persons.getSnapshot(), tokyoDate(this.now()), this.now());
    await this.open(session, profile, persons);
  }

  async unlock(passphrase: string): Promise<void> {
    const keys = await unlockWithPassphrase(this.db, passphrase, this.now());
    await this.openWithKeys(keys, 'vault.unlock');
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    const keys = await resetPassphraseWithRecoveryKey(this.db, recoveryKey, newPassphrase, this.now());
    await this.openWithKeys(keys, 'vault.recover');
  }

  private async openWithKeys(keys: VaultKeys, action: 'vault.unlock' | 'vault.recover'): Promise<void> {
    const probe = new VaultSession(this.db, this.kind, keys, SETUP_ACTOR);
    const profile = await readSecret(probe, 'profile', profileSchema);
    if (!profile) throw new AppError('VaultCorrupt', { reason: 'no-profile' });
    probe.actor = { id: profile.id, role: profile.role };
    await logEvent(this.db, probe.actor, { action, table: 'vaultMeta', recordId: 'keys' }, this.now());
    await this.open(probe, profile);
  }

  private async open(session: VaultSession, profile: UserProfile, persons = new PersonStore(session)): Promise<void> {
    if (persons.getSnapshot().length === 0) await persons.load();
    this.idleMs = (await readIdleMinutes(this.db)) * 60_000;
    this.set({ kind: 'open', session, persons, profile });
    this.touch();
  }

  showRecover(): void {
    this.set({ kind: 'recover' });
  }
  cancelRecover(): void {
    this.set({ kind: 'locked', cause: null, hasDraft: false });
  }

  /** Forms register a flush so their unsaved input is sealed before the keys go. */
  registerFlusher(f: Flusher): () => void {
    this.flushers.add(f);
    return () => this.flushers.delete(f);
  }

  async lock(cause: LockCause): Promise<void> {
    const phase = this.phase;
    if (phase.kind !== 'open') return;
    clearTimeout(this.idleTimer);
    await Promise.allSettled([...this.flushers].map((f) => f()));
    try {
      await logEvent(this.db, phase.session.actor, { action: 'vault.lock', table: 'vaultMeta', recordId: cause }, this.now());
    } finally {
      phase.session.close();
      phase.persons.clear();
      this.set({ kind: 'locked', cause, hasDraft: await hasDrafts({ db: this.db }) });
    }
  }

  setIdleMinutes(minutes: number): void {
    this.idleMs = minutes * 60_000;
    this.touch();
  }

  /** Called on user activity: restarts the idle timer. */
  touch = (): void => {
    if (this.phase.kind !== 'open') return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.lock('idle'), this.idleMs);
  };
}
