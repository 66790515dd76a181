// The app's vault state machine: welcome → setup → open ⇄ locked (→ recover), and open → welcome
// when the device is erased. Locking flushes unsaved forms (encrypted), logs the lock, drops the
// keys and every decrypted record.
import { stopTeamLink } from '../team/current';
import Dexie from 'dexie';
import { AppError } from '../../shared/errors/codes';
import { DEMO_PASSPHRASE, seedDemoVault } from '../features/demo';
import { VAULT_DB_NAMES, VaultDatabase, type PersonRow, type VaultKind } from '../db/database';
import { logEvent, type Actor } from '../audit/auditLog';
import { createVault, resetPassphraseWithRecoveryKey, unlockWithPassphrase, vaultExists, verifyPassphrase } from '../vault/keystore';
import type { VaultKeys } from '../vault/crypto';
import { VaultSession } from '../vault/session';
import { hasDrafts } from '../records/drafts';
import { profileSchema, type UserProfile } from '../vault/secrets';
import { readSingleton, writeSingleton } from '../records/singletons';
import { upgradeAtUnlock } from '../records/upgrade';
import { PersonStore } from '../records/personStore';
import { readIdleMinutes } from '../features/settings';
import { dropStaging } from '../backup/staging';
import { markRestore, pendingRestore } from '../platform/backupMarks';
import { platform } from '../platform';
import { vaultCounts } from '../backup/counts';
import type { LockCause, VaultControls } from '../records/context';
import { clearPreferences } from '../platform/preferences';
import { requestPersistentStorage } from '../platform/storage';
import { showLastScreen } from '../ui/router';

export type Phase =
  | { kind: 'starting' }
  /** `lost`: this device kept counts of a vault that is no longer in the database. */
  | { kind: 'welcome'; lost?: { rows: number; updatedAt: number } }
  | { kind: 'setup' }
  /** `draftLost`: some unsaved input could not be kept when the vault locked. */
  | { kind: 'locked'; cause: LockCause | null; hasDraft: boolean; draftLost: boolean }
  | { kind: 'recover' }
  | { kind: 'restore' }
  /** `rolledBack`: the audit log is shorter than this device last saw (an older copy put back). */
  | { kind: 'open'; session: VaultSession; persons: PersonStore; profile: UserProfile; rolledBack?: { before: number; now: number } };

const SETUP_ACTOR: Actor = { id: 'setup', role: '', name: '' };

type Flusher = () => Promise<void>;

/** A vault made ready (keys, profile, persons) but not yet shown. */
interface PendingOpen {
  session: VaultSession;
  open(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The idle lock is announced this long before it comes, with a countdown (design-notes.md). */
export const IDLE_WARNING_MS = 30_000;

// The backup format (age, its post-quantum and curve code) loads when a backup is made or a
// recovery recipient remembered, not with the first screen.
const automaticBackups = () => import('../backup/auto');

export interface ControllerOptions {
  /** What the platform keeps outside the databases (platform.eraseDeviceData by default). */
  eraseDeviceData?: () => Promise<void>;
  /** Called once the device has been erased: the app starts afresh (main.tsx reloads the page). */
  onErased?: () => void;
}

export class VaultController implements VaultControls {
  private phase: Phase = { kind: 'starting' };
  private readonly listeners = new Set<() => void>();
  private readonly flushers = new Set<Flusher>();
  private db: VaultDatabase;
  private pendingSession: VaultSession | null = null;
  private pendingRecovery: PendingOpen | null = null;
  /** The revision of the sealed profile, for the next profile save. */
  private profileRev = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  /** While the idle lock is announced: when it will come. */
  private idleDeadline: number | null = null;
  private readonly idleListeners = new Set<() => void>();
  private idleMs = 5 * 60_000;
  kind: VaultKind;
  now: () => number = () => Date.now();
  private readonly options: ControllerOptions;

  constructor(kind: VaultKind, options: ControllerOptions = {}) {
    this.kind = kind;
    this.db = new VaultDatabase(VAULT_DB_NAMES[kind]);
    this.options = options;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getPhase = (): Phase => this.phase;

  /** The idle warning: getIdleDeadline() is the time the vault locks, while it is announced. */
  subscribeIdle = (l: () => void): (() => void) => {
    this.idleListeners.add(l);
    return () => this.idleListeners.delete(l);
  };
  getIdleDeadline = (): number | null => this.idleDeadline;

  private setIdleDeadline(at: number | null): void {
    if (this.idleDeadline === at) return;
    this.idleDeadline = at;
    for (const l of this.idleListeners) l();
  }

  private stopIdleTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warnTimer);
    this.setIdleDeadline(null);
  }

  private set(phase: Phase): void {
    this.phase = phase;
    for (const l of this.listeners) l();
  }

  async start(): Promise<void> {
    try {
      // A database that is not there is not created just by starting (a fresh or erased device
      // keeps none until a vault is made).
      if (await Dexie.exists(this.db.name)) await this.db.open();
    } catch (e) {
      throw new AppError('StorageUnavailable', undefined, { cause: e });
    }
    const opened = this.db.isOpen();
    // A restore or import cut short (the app closed, the machine lost power) left rows in staging.
    if (opened) await dropStaging(this.db).catch(() => undefined);
    if (opened && (await vaultExists(this.db)))
      this.set({ kind: 'locked', cause: null, hasDraft: await hasDrafts({ db: this.db }), draftLost: false });
    else if (this.kind === 'demo') this.set({ kind: 'locked', cause: null, hasDraft: false, draftLost: false });
    else this.set({ kind: 'welcome', ...(await this.lostVault()) });
  }

  /** What the device state remembers of a vault this database no longer holds. */
  private async lostVault(): Promise<{ lost?: { rows: number; updatedAt: number } }> {
    const read = await platform.deviceState.get(this.kind).catch(() => null);
    if (read?.status !== 'found' || read.state.auditCount === 0) return {};
    return { lost: { rows: read.state.rows, updatedAt: read.state.updatedAt } };
  }

  /** Stores this vault's counts outside the database (best effort: a failure here loses nothing). */
  private async saveCounts(db: VaultDatabase, lastBackupAt?: number, counted?: { rows: number; auditCount: number }): Promise<void> {
    if (this.kind === 'demo') return;
    // A database deleted under the open app comes back empty on the next access: its zero counts
    // must not overwrite the memory of the vault that was there.
    if (!(await vaultExists(db).catch(() => false))) return;
    const counts = counted ?? (await vaultCounts(db));
    await platform.deviceState
      .set(this.kind, { ...counts, ...(lastBackupAt !== undefined ? { lastBackupAt } : {}) })
      .catch(() => undefined);
  }

  /** An automatic backup into the app's folder (desktop, real vault, open): on quit, and once a day. */
  async automaticBackup(opts: { onlyIfDue?: boolean } = {}): Promise<void> {
    const phase = this.phase;
    const store = platform.backups;
    if (phase.kind !== 'open' || !store || this.kind === 'demo') return;
    if (opts.onlyIfDue) {
      const read = await platform.deviceState.get(this.kind).catch(() => null);
      const last = read?.status === 'found' ? (read.state.lastBackupAt ?? 0) : 0;
      if (this.now() - last < DAY_MS) return;
    }
    const { makeAutomaticBackup } = await automaticBackups();
    const bytes = await makeAutomaticBackup(phase.session, await platform.appVersion(), this.now);
    await store.write(bytes);
    await this.saveCounts(phase.session.db, this.now());
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

  beginRestore(): void {
    this.set({ kind: 'restore' });
  }

  cancelRestore(): void {
    void dropStaging(this.db).catch(() => undefined);
    void this.lostVault().then((lost) => this.set({ kind: 'welcome', ...lost }));
  }

  restoreTarget(): VaultDatabase {
    if (this.phase.kind !== 'restore') throw new AppError('NotPermitted', { reason: 'not-restoring' });
    return this.db;
  }

  async finishRestore(mark: { rows: number; fileCreatedAt: number }): Promise<void> {
    markRestore(this.kind, mark);
    if (!(await vaultExists(this.db))) throw new AppError('VaultCorrupt', { reason: 'no-keys' });
    await this.saveCounts(this.db);
    this.set({ kind: 'locked', cause: 'restored', hasDraft: await hasDrafts({ db: this.db }), draftLost: false });
  }

  /** A session for a vault whose keys exist but whose profile does not yet (setup, demo). */
  private async newVaultSession(keys: VaultKeys): Promise<VaultSession> {
    const session = await VaultSession.open(this.db, this.kind, keys, SETUP_ACTOR);
    // The chain starts keyed: the first entry is vault.create.
    await logEvent(session, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, this.now());
    return session;
  }

  /** Step 1 of setup: returns the recovery key to show once. */
  async createKeys(passphrase: string): Promise<string> {
    const { keys, recoveryKey } = await createVault(this.db, passphrase, this.now());
    this.pendingSession = await this.newVaultSession(keys);
    await (await automaticBackups()).rememberRecoveryRecipient(this.pendingSession, recoveryKey, this.now());
    // Asked once, here: a refusal changes nothing and is not shown.
    void requestPersistentStorage();
    return recoveryKey;
  }

  /** While setting up: the new vault's session, so printing the recovery sheet is logged. */
  setupSession(): VaultSession | null {
    return this.pendingSession;
  }

  /** Last step of setup: the user profile, then the vault opens. */
  async finishSetup(profile: Omit<UserProfile, 'id'>): Promise<void> {
    const session = this.pendingSession;
    if (!session) throw new AppError('VaultLocked');
    const full = profileSchema.parse({ ...profile, id: crypto.randomUUID() });
    await this.saveProfile(session, full);
    this.pendingSession = null;
    await this.open(session, full);
  }

  async saveProfile(session: VaultSession, profile: UserProfile): Promise<void> {
    const parsed = profileSchema.parse(profile);
    await session.setActor({ id: parsed.id, role: parsed.role, name: parsed.name });
    const written = await writeSingleton(
      session,
      'secrets',
      'profile',
      profileSchema,
      parsed,
      this.profileRev,
      'profile.update',
      this.now(),
    );
    this.profileRev = written.rev;
    if (this.phase.kind === 'open' && this.phase.session === session) this.set({ ...this.phase, profile: parsed });
  }

  private async createDemo(): Promise<void> {
    const { keys } = await createVault(this.db, DEMO_PASSPHRASE, this.now());
    const profile: UserProfile = { id: crypto.randomUUID(), name: 'デモ 利用者', role: 'care-plaza', districtId: 'd01' };
    const session = await this.newVaultSession(keys);
    this.profileRev = 0;
    await this.saveProfile(session, profile);
    const persons = new PersonStore(session);
    await seedDemoVault(session, { id: profile.id, name: profile.name }, persons, this.now());
    await this.open(session, profile, persons);
  }

  async unlock(passphrase: string): Promise<void> {
    // The sealed person rows are read while the key is derived (in its worker), so the list waits
    // only for their decryption after it; a wrong passphrase drops them unread.
    const rows = this.db.persons.toArray().catch(() => undefined);
    const keys = await unlockWithPassphrase(this.db, passphrase, this.now());
    await this.openWithKeys(keys, 'vault.unlock', undefined, rows);
  }

  /**
   * A forgotten passphrase: the recovery key sets a new one and is replaced by a new recovery key
   * (vault/keystore.ts), given to `onIssued` as soon as it is in use, before anything else can
   * fail, since the old one no longer works. The vault is then made ready but opens only at
   * finishRecover(), once the new key has been shown (and perhaps printed, logged in
   * recoverySession()).
   */
  async recover(recoveryKey: string, newPassphrase: string, onIssued: (newKey: string) => void): Promise<void> {
    this.dropPendingRecovery();
    const issued = await resetPassphraseWithRecoveryKey(this.db, recoveryKey, newPassphrase, this.now());
    onIssued(issued.recoveryKey);
    this.pendingRecovery = await this.openWithKeys(issued.keys, 'vault.recover', issued.recoveryKey, undefined, true);
  }

  /** While the new recovery key is shown after a recovery: the session its print is logged in. */
  recoverySession(): VaultSession | null {
    return this.pendingRecovery?.session ?? null;
  }

  /** The new recovery key has been noted: the vault opens (or, if it could not be made ready, asks for the new passphrase). */
  async finishRecover(): Promise<void> {
    const pending = this.pendingRecovery;
    this.pendingRecovery = null;
    if (pending && this.phase.kind === 'recover') await pending.open();
    else {
      pending?.session.close();
      this.set({ kind: 'locked', cause: null, hasDraft: await hasDrafts({ db: this.db }), draftLost: false });
    }
  }

  private dropPendingRecovery(): void {
    this.pendingRecovery?.session.close();
    this.pendingRecovery = null;
  }

  private openWithKeys(
    keys: VaultKeys,
    action: 'vault.unlock' | 'vault.recover',
    recoveryKey?: string,
    personRows?: Promise<PersonRow[] | undefined>,
  ): Promise<void>;
  private openWithKeys(
    keys: VaultKeys,
    action: 'vault.recover',
    recoveryKey: string,
    personRows: undefined,
    hold: true,
  ): Promise<PendingOpen>;
  /** `hold`: everything but showing the open vault, which the returned `open` does. */
  private async openWithKeys(
    keys: VaultKeys,
    action: 'vault.unlock' | 'vault.recover',
    recoveryKey?: string,
    personRows?: Promise<PersonRow[] | undefined>,
    hold = false,
  ): Promise<void | PendingOpen> {
    const session = await VaultSession.open(this.db, this.kind, keys, SETUP_ACTOR);
    try {
      const read = await readSingleton(session, 'secrets', 'profile', profileSchema);
      const profile = read.value;
      if (!profile) throw new AppError('VaultCorrupt', { reason: 'no-profile' });
      this.profileRev = read.rev;
      await session.setActor({ id: profile.id, role: profile.role, name: profile.name });
      // Sealing what older versions kept in the clear, and keying the audit chain, need the keys.
      await upgradeAtUnlock(session, this.now());
      await logEvent(session, { action, table: 'vaultMeta', recordId: 'keys' }, this.now());
      const restored = pendingRestore(this.kind);
      if (restored) {
        await logEvent(session, { action: 'backup.restore', table: 'vault', recordId: String(restored.rows) }, this.now());
        markRestore(this.kind, null);
      }
      if (recoveryKey) {
        // Backups made from now on open with the new recovery key, no longer with the old one.
        await (await automaticBackups()).rememberRecoveryRecipient(session, recoveryKey, this.now());
        await logEvent(session, { action: 'vault.recoveryKey', table: 'vaultMeta', recordId: 'keys' }, this.now());
      }
      // Counting the rows (IndexedDB walks every key to count) runs while the persons are decrypted.
      const persons = new PersonStore(session);
      const [rolledBack] = await Promise.all([this.rollbackCheck(session.db, restored !== null), persons.load(await personRows)]);
      const open = async () => {
        await this.open(session, profile, persons, rolledBack);
        void this.automaticBackup({ onlyIfDue: true }).catch(() => undefined);
      };
      if (hold) return { session, open };
      await open();
    } catch (e) {
      // Not opened: the keys and the audit key go now, not at some later lock.
      session.close();
      throw e;
    }
  }

  /**
   * Compares the audit log with the count this device kept outside the database: fewer entries
   * than before means an older copy of the database was put back (or entries went missing).
   * After a restore the person chose, the new count is simply taken.
   */
  private async rollbackCheck(db: VaultDatabase, justRestored: boolean): Promise<{ before: number; now: number } | undefined> {
    if (this.kind === 'demo') return undefined;
    const read = await platform.deviceState.get(this.kind).catch(() => null);
    const counts = await vaultCounts(db);
    const { auditCount } = counts;
    const before = read?.status === 'found' ? read.state.auditCount : 0;
    await this.saveCounts(db, undefined, counts);
    return !justRestored && auditCount < before ? { before, now: auditCount } : undefined;
  }

  private async open(
    session: VaultSession,
    profile: UserProfile,
    persons = new PersonStore(session),
    rolledBack?: { before: number; now: number },
  ): Promise<void> {
    if (!persons.loaded && persons.getSnapshot().length === 0) await persons.load();
    this.idleMs = (await readIdleMinutes(session)) * 60_000;
    // Each vault opens on its own last screen, never on the other vault's.
    showLastScreen(session.kind);
    this.set({ kind: 'open', session, persons, profile, ...(rolledBack ? { rolledBack } : {}) });
    this.touch();
  }

  showRecover(): void {
    this.set({ kind: 'recover' });
  }
  cancelRecover(): void {
    this.dropPendingRecovery();
    this.set({ kind: 'locked', cause: null, hasDraft: false, draftLost: false });
  }

  /** Forms register a flush so their unsaved input is sealed before the keys go. */
  registerFlusher(f: Flusher): () => void {
    this.flushers.add(f);
    return () => this.flushers.delete(f);
  }

  /**
   * Seals every form's unsaved input now, without locking: the page may be about to go (a
   * reload, a closed tab). Resolves when every flush has settled; false when one failed (its
   * form keeps the input and tries again on its next autosave).
   */
  async flushDrafts(): Promise<boolean> {
    if (this.phase.kind !== 'open') return true;
    const flushed = await Promise.allSettled([...this.flushers].map((f) => f()));
    return flushed.every((r) => r.status === 'fulfilled');
  }

  async lock(cause: LockCause): Promise<void> {
    const phase = this.phase;
    // A recovery whose new key is on screen: the keys go (the new passphrase opens it again).
    if (phase.kind === 'recover' && this.pendingRecovery) {
      this.dropPendingRecovery();
      this.set({ kind: 'locked', cause, hasDraft: await hasDrafts({ db: this.db }), draftLost: false });
      return;
    }
    if (phase.kind !== 'open') return;
    this.stopIdleTimers();
    // A form whose input could not be sealed still locks (the keys must go), and says so after.
    const flushed = await Promise.allSettled([...this.flushers].map((f) => f()));
    const draftLost = flushed.some((r) => r.status === 'rejected');
    try {
      await logEvent(phase.session, { action: 'vault.lock', table: 'vaultMeta', recordId: cause }, this.now());
      await this.saveCounts(phase.session.db);
    } finally {
      phase.session.close();
      phase.persons.clear();
      this.set({ kind: 'locked', cause, hasDraft: await hasDrafts({ db: this.db }), draftLost });
    }
  }

  /**
   * Erases everything of this app on this device (handing a computer back), after the passphrase
   * of the real vault is given: `vault.wipe` is logged as the vault's last entry, the session
   * closes, then the platform's own files (automatic backups, vault state) go, then both
   * databases (the real and the demo vault), then the device preferences; the app is then as on
   * a fresh machine. A wrong passphrase changes nothing. If a step fails, whatever still exists
   * stays (the platform's files first, so a vault is never left without a way to try again): the
   * vault is shown locked, saying the erase did not finish.
   */
  async wipeDevice(passphrase: string): Promise<void> {
    const phase = this.phase;
    // The demo vault's passphrase is public: it may not erase the real vault.
    if (phase.kind !== 'open' || phase.session.kind !== 'main') throw new AppError('NotPermitted');
    await verifyPassphrase(this.db, passphrase, this.now());
    this.stopIdleTimers();
    // The team link's replica is deleted below: its cycles stop and it closes first.
    await stopTeamLink(phase.session).catch(() => undefined);
    try {
      await logEvent(phase.session, { action: 'vault.wipe', table: 'vaultMeta', recordId: 'device' }, this.now());
    } finally {
      phase.session.close();
      phase.persons.clear();
    }
    this.set({ kind: 'starting' });
    this.kind = 'main';
    try {
      await (this.options.eraseDeviceData ?? (() => platform.eraseDeviceData()))();
      this.db.close();
      // The demo first: if the real one cannot go, it is still there to try again from. Another
      // window's connection closes itself on the delete (Dexie's versionchange handler).
      for (const name of [VAULT_DB_NAMES.demo, VAULT_DB_NAMES.main]) await Dexie.delete(name);
      // Each vault's team replica (PouchDB names its database `_pouch_<name>`): ciphertext, but the team's.
      for (const name of [VAULT_DB_NAMES.demo, VAULT_DB_NAMES.main]) await Dexie.delete(`_pouch_${name}-team`);
    } catch (e) {
      console.error('erasing the device did not finish', e);
      this.db.close();
      this.db = new VaultDatabase(VAULT_DB_NAMES.main);
      await this.start();
      if (this.phase.kind === 'locked') this.set({ ...this.phase, cause: 'erase-failed' });
      return;
    }
    clearPreferences();
    this.db = new VaultDatabase(VAULT_DB_NAMES.main);
    this.set({ kind: 'welcome' });
    this.options.onErased?.();
  }

  setIdleMinutes(minutes: number): void {
    this.idleMs = minutes * 60_000;
    this.touch();
  }

  /**
   * Called on user activity (a key, a click, the pointer moving): restarts the idle timer and
   * takes back a warning on screen. The last IDLE_WARNING_MS before the lock are announced.
   */
  touch = (): void => {
    if (this.phase.kind !== 'open') return;
    this.stopIdleTimers();
    const deadline = this.now() + this.idleMs;
    this.warnTimer = setTimeout(() => this.setIdleDeadline(deadline), Math.max(0, this.idleMs - IDLE_WARNING_MS));
    this.idleTimer = setTimeout(() => void this.lock('idle'), this.idleMs);
  };
}
