// Device preferences needed before unlock (so the unlock screen is already large and in the
// right language). Nothing personal is kept here.
import { createContext, useContext } from 'react';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The real vault, or the separate demo vault with fictional data. */
export type VaultKind = 'main' | 'demo';

export type TextSize = 'normal' | 'large' | 'xlarge';
export interface Preferences {
  textSize: TextSize;
  language: Language;
  vault: VaultKind;
}

const KEY = 'ainet.preferences';
const DEFAULTS: Preferences = { textSize: 'normal', language: 'ja', vault: 'main' };

export function loadPreferences(): Preferences {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    const p = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Preferences, unknown>>;
    return {
      textSize: p.textSize === 'large' || p.textSize === 'xlarge' ? p.textSize : 'normal',
      language: p.language === 'en' ? 'en' : 'ja',
      vault: p.vault === 'demo' ? 'demo' : 'main',
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function savePreferences(p: Preferences): void {
  localStorage.setItem(KEY, JSON.stringify(p));
}

export function applyPreferences(p: Preferences): void {
  document.documentElement.dataset.textSize = p.textSize;
  document.documentElement.lang = p.language;
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
