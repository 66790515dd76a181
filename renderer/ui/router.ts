// A tiny hash router. Routes carry ids only, never names: the URL lands in history files.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'persons' }
  | { name: 'reach' }
  | { name: 'person-new' }
  | { name: 'person'; id: string }
  | { name: 'person-edit'; id: string }
  | { name: 'trash' }
  | { name: 'audit' }
  | { name: 'settings' }
  | { name: 'backup' }
  | { name: 'exchange' }
  | { name: 'handover' }
  | { name: 'team' }
  | { name: 'templates' }
  | { name: 'template-edit'; id: string }
  | { name: 'note'; id: string }
  | { name: 'contacts' }
  | { name: 'contact-new'; personId?: string; back?: 'reach' }
  | { name: 'contact'; id: string }
  | { name: 'report' }
  | { name: 'dashboard' }
  | { name: 'meetings' }
  | { name: 'meeting-new'; type: string }
  | { name: 'meeting'; id: string }
  | { name: 'actions' }
  | { name: 'directory' }
  | { name: 'referrals' }
  | { name: 'referral'; id: string }
  | { name: 'referral-sheet'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [a, b, c] = parts;
  if (a === 'persons' && b === 'new') return { name: 'person-new' };
  if (a === 'persons' && b && c === 'edit') return { name: 'person-edit', id: b };
  if (a === 'persons' && b) return { name: 'person', id: b };
  if (a === 'reach') return { name: 'reach' };
  if (a === 'trash') return { name: 'trash' };
  if (a === 'audit') return { name: 'audit' };
  if (a === 'settings') return { name: 'settings' };
  if (a === 'backup') return { name: 'backup' };
  if (a === 'exchange') return { name: 'exchange' };
  if (a === 'handover') return { name: 'handover' };
  if (a === 'team') return { name: 'team' };
  if (a === 'templates' && b && c === 'edit') return { name: 'template-edit', id: b };
  if (a === 'templates') return { name: 'templates' };
  if (a === 'notes' && b) return { name: 'note', id: b };
  if (a === 'contacts' && b === 'new')
    return c ? { name: 'contact-new', personId: c, ...(parts[3] === 'reach' ? { back: 'reach' } : {}) } : { name: 'contact-new' };
  if (a === 'contacts' && b) return { name: 'contact', id: b };
  if (a === 'contacts') return { name: 'contacts' };
  if (a === 'report') return { name: 'report' };
  if (a === 'dashboard') return { name: 'dashboard' };
  if (a === 'meetings' && b === 'new' && c) return { name: 'meeting-new', type: c };
  if (a === 'meetings' && b) return { name: 'meeting', id: b };
  if (a === 'meetings') return { name: 'meetings' };
  if (a === 'actions') return { name: 'actions' };
  if (a === 'directory') return { name: 'directory' };
  if (a === 'referrals' && b && c === 'sheet') return { name: 'referral-sheet', id: b };
  if (a === 'referrals' && b) return { name: 'referral', id: b };
  if (a === 'referrals') return { name: 'referrals' };
  return { name: 'persons' };
}

export function routeHref(r: Route): string {
  switch (r.name) {
    case 'persons':
      return '#/persons';
    case 'person-new':
      return '#/persons/new';
    case 'person':
      return `#/persons/${r.id}`;
    case 'person-edit':
      return `#/persons/${r.id}/edit`;
    case 'template-edit':
      return `#/templates/${r.id}/edit`;
    case 'note':
      return `#/notes/${r.id}`;
    case 'contact-new':
      return r.personId ? `#/contacts/new/${r.personId}${r.back ? `/${r.back}` : ''}` : '#/contacts/new';
    case 'contact':
      return `#/contacts/${r.id}`;
    case 'meeting-new':
      return `#/meetings/new/${r.type}`;
    case 'meeting':
      return `#/meetings/${r.id}`;
    case 'referral':
      return `#/referrals/${r.id}`;
    case 'referral-sheet':
      return `#/referrals/${r.id}/sheet`;
    default:
      return `#/${r.name}`;
  }
}

export function navigate(r: Route): void {
  window.location.hash = routeHref(r);
}

const subscribe = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * Each vault's last screen (the real and the demo vault are separate record books: opening one
 * must not land on the other's screen, such as its half-filled contact form). Kept per vault in
 * localStorage as a route (ids only, as in the URL); unreadable or missing means the person list.
 */
const LAST_SCREEN_KEY = 'ainet.lastScreen';
type ScreenMemory = Partial<Record<'main' | 'demo', string>>;

function readScreens(): ScreenMemory {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(LAST_SCREEN_KEY) ?? '{}');
    if (raw === null || typeof raw !== 'object') return {};
    const out: ScreenMemory = {};
    for (const k of ['main', 'demo'] as const) {
      const v = (raw as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = routeHref(parseRoute(v));
    }
    return out;
  } catch {
    return {};
  }
}

/** The screen `vault` shows now, remembered for the next time it opens. */
export function rememberScreen(vault: 'main' | 'demo', r: Route): void {
  try {
    globalThis.localStorage?.setItem(LAST_SCREEN_KEY, JSON.stringify({ ...readScreens(), [vault]: routeHref(r) }));
  } catch {
    // Storage that cannot be written: the vault opens on its person list next time.
  }
}

/** The screen `vault` had when it was last open (its person list if none), for opening it. */
export function lastScreen(vault: 'main' | 'demo'): string {
  return readScreens()[vault] ?? routeHref({ name: 'persons' });
}

/**
 * The screen a vault opens on. The address it was opened at wins (a second window opened on a
 * person, a reload, the screen it was locked on), unless the address shows nothing (the start) or
 * is the other vault's last screen and not this one's: the demo vault must not open on the real
 * vault's half-filled contact form, nor the other way round.
 */
export function openingScreen(vault: 'main' | 'demo', address: string): string {
  const mine = lastScreen(vault);
  if (address === '' || address === '#' || address === '#/') return mine;
  const here = routeHref(parseRoute(address));
  const theirs = readScreens()[vault === 'main' ? 'demo' : 'main'];
  return theirs === here && here !== mine ? mine : here;
}

/** Before a vault's screens are drawn: the address becomes the screen it opens on (no history entry). */
export function showLastScreen(vault: 'main' | 'demo'): void {
  if (typeof window === 'undefined') return;
  const target = openingScreen(vault, window.location.hash);
  if (window.location.hash !== target) window.history.replaceState(window.history.state, '', target);
}
