// What an open vault gives the screens (session, persons, profile, districts, toasts) and what
// the screens may ask of the vault's state machine. The machine itself (app/vaultController)
// implements VaultControls; screens never see more of it than this.
import { createContext, useContext } from 'react';
import type { LockReason } from '../../shared/ipc';
import type { District } from '../../shared/domain/plan';
import type { VaultDatabase, VaultKind } from '../db/database';
import type { VaultSession } from '../vault/session';
import type { UserProfile } from '../vault/secrets';
import type { PersonStore } from './personStore';

/** 'erase-failed': erasing the device did not finish, and the vault is still there. */
export type LockCause = LockReason | 'button' | 'idle' | 'restored' | 'erase-failed';

export interface VaultControls {
  readonly kind: VaultKind;
  beginSetup(): void;
  /** Step 1 of setup: returns the recovery key to show once. */
  createKeys(passphrase: string): Promise<string>;
  finishSetup(profile: Omit<UserProfile, 'id'>): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  /** Sets a new passphrase; the new recovery key that replaces the one typed goes to `onIssued`. */
  recover(recoveryKey: string, newPassphrase: string, onIssued: (newKey: string) => void): Promise<void>;
  /** After a recovery, once the new recovery key is noted: the vault opens. */
  finishRecover(): Promise<void>;
  /** While the new recovery key is shown: the session its print is logged in. */
  recoverySession(): VaultSession | null;
  showRecover(): void;
  cancelRecover(): void;
  switchTo(kind: VaultKind): Promise<void>;
  saveProfile(session: VaultSession, profile: UserProfile): Promise<void>;
  setIdleMinutes(minutes: number): void;
  lock(cause: LockCause): Promise<void>;
  /** Erases everything of this app on this device after the real vault's passphrase (settings). */
  wipeDevice(passphrase: string): Promise<void>;
  /** While setting up: the new vault's session (so the recovery sheet's print is logged). */
  setupSession(): VaultSession | null;
  /** Forms register a flush so their unsaved input is sealed before the keys go. */
  registerFlusher(f: () => Promise<void>): () => void;
  /** From the first screen: restoring a backup into this device's empty database. */
  beginRestore(): void;
  cancelRestore(): void;
  /** The database a restore writes into; only while no vault exists here. */
  restoreTarget(): VaultDatabase;
  /** After the restore's commit: the vault is there, locked, and the restore is logged at its next unlock. */
  finishRestore(mark: { rows: number; fileCreatedAt: number }): Promise<void>;
}

export const ControllerContext = createContext<VaultControls | null>(null);

export function useController(): VaultControls {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('ControllerContext missing');
  return c;
}

export interface OpenVault {
  session: VaultSession;
  persons: PersonStore;
  profile: UserProfile;
  /** The district list as stored (follows changes made in other windows). */
  districts: District[];
  notify(message: string): void;
  /** A form's draft could not be opened or autosaved: the shell tells the user in words. */
  draftFailed(step: 'open' | 'save', error: unknown): void;
}

export const OpenVaultContext = createContext<OpenVault | null>(null);

export function useOpenVault(): OpenVault {
  const v = useContext(OpenVaultContext);
  if (!v) throw new Error('OpenVaultContext missing');
  return v;
}
