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

/** Every key this app keeps in localStorage starts with this. */
const PREFIX = 'ainet.';
const KEY = `${PREFIX}preferences`;
const DEFAULTS: Preferences = { textSize: 'normal', language: 'ja', vault: 'main' };

const TEXT_SIZES: readonly unknown[] = ['normal', 'large', 'xlarge'] satisfies TextSize[];
const VAULTS: readonly unknown[] = ['main', 'demo'] satisfies VaultKind[];

/**
 * The saved preferences. `reset` is true when something was saved but could not be read (not
 * JSON, not an object, or a value this version does not know): the defaults are used, written
 * back so the next start is quiet, and the first screen says the display settings were reset.
 * A setting that is simply missing (first start, an older version) takes its default silently.
 */
export function loadPreferences(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): { prefs: Preferences; reset: boolean } {
  let raw: unknown;
  try {
    const text = storage.getItem(KEY);
    if (text === null) return { prefs: { ...DEFAULTS }, reset: false };
    raw = JSON.parse(text);
  } catch {
    return resetTo(storage);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return resetTo(storage);
  const p = raw as Partial<Record<keyof Preferences, unknown>>;
  const bad = (v: unknown, known: readonly unknown[]) => v !== undefined && !known.includes(v);
  if (bad(p.textSize, TEXT_SIZES) || bad(p.language, LANGUAGES) || bad(p.vault, VAULTS)) return resetTo(storage);
  return {
    prefs: {
      textSize: (p.textSize as TextSize | undefined) ?? DEFAULTS.textSize,
      language: (p.language as Language | undefined) ?? DEFAULTS.language,
      vault: (p.vault as VaultKind | undefined) ?? DEFAULTS.vault,
    },
    reset: false,
  };
}

function resetTo(storage: Pick<Storage, 'setItem'>): { prefs: Preferences; reset: true } {
  try {
    storage.setItem(KEY, JSON.stringify(DEFAULTS));
  } catch {
    // Storage that cannot be written: the notice then comes again at the next start, which is true.
  }
  return { prefs: { ...DEFAULTS }, reset: true };
}

export function savePreferences(p: Preferences): void {
  localStorage.setItem(KEY, JSON.stringify(p));
}

/**
 * Removes every localStorage key of this app (erasing the device): the next start is a first
 * start. Other origins' and other apps' keys are left alone. Storage that cannot be read is
 * skipped: there is nothing of ours to remove from it.
 */
export function clearPreferences(storage: Pick<Storage, 'key' | 'length' | 'removeItem'> | undefined = globalThis.localStorage): void {
  if (!storage) return;
  const ours: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(PREFIX)) ours.push(k);
  }
  for (const k of ours) storage.removeItem(k);
}

export function applyPreferences(p: Preferences): void {
  document.documentElement.dataset.textSize = p.textSize;
  document.documentElement.lang = p.language;
}

export interface PreferencesState {
  prefs: Preferences;
  update(p: Partial<Preferences>): void;
  /** The saved preferences could not be read and were reset: shown once, on the first screen. */
  wasReset: boolean;
  dismissReset(): void;
}
export const PreferencesContext = createContext<PreferencesState | null>(null);
export function usePreferences(): PreferencesState {
  const p = useContext(PreferencesContext);
  if (!p) throw new Error('PreferencesContext missing');
  return p;
}
