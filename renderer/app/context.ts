import { createContext, useContext } from 'react';
import type { VaultController } from './vaultController';
import type { VaultSession } from '../vault/session';
import type { PersonStore } from '../features/persons/personRepo';
import type { UserProfile } from '../vault/secrets';
import type { Preferences } from './preferences';
import type { District } from '../../shared/domain/plan';

export const ControllerContext = createContext<VaultController | null>(null);

export function useController(): VaultController {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('ControllerContext missing');
  return c;
}

export interface OpenVault {
  session: VaultSession;
  persons: PersonStore;
  profile: UserProfile;
  districts: District[];
  setDistricts(d: District[]): void;
  notify(message: string): void;
}

export const OpenVaultContext = createContext<OpenVault | null>(null);

export function useOpenVault(): OpenVault {
  const v = useContext(OpenVaultContext);
  if (!v) throw new Error('OpenVaultContext missing');
  return v;
}

export interface PreferencesState {
  prefs: Preferences;
  update(p: Partial<Preferences>): void;
}
export const PreferencesContext = createContext<PreferencesState | null>(null);
export function usePreferences(): PreferencesState {
  const p = useContext(PreferencesContext);
  if (!p) throw new Error('PreferencesContext missing');
  return p;
}
