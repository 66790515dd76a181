// The open vault's team link, as the shell and the screens see it. Light on purpose: the shell
// imports it at start, and the replication engine (PouchDB, in link.ts) is loaded only when the
// vault is in a team or the team screen opens.
import { useSyncExternalStore } from 'react';
import type { VaultSession } from '../vault/session';
import type { TeamLink, TeamLinkState } from './link';

/** The `secrets` key of this vault's team membership (team/membership.ts). */
export const TEAM_MEMBERSHIP_KEY = 'teamMembership';

let link: TeamLink | null = null;
let linkSession: VaultSession | null = null;
/** The session a link is being started for (cleared when it locks meanwhile). */
let wanted: VaultSession | null = null;
const listeners = new Set<() => void>();
const tell = () => {
  for (const l of listeners) l();
};

export function currentTeamLink(): TeamLink | null {
  return link;
}

/** Becomes the vault's link (created, joined) or none (left, locked); the old one is stopped. */
export async function setTeamLink(session: VaultSession | null, next: TeamLink | null): Promise<void> {
  const old = link;
  link = next;
  linkSession = session;
  tell();
  if (old && old !== next) await old.stop();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

export function useTeamLink(): TeamLink | null {
  return useSyncExternalStore(subscribe, currentTeamLink);
}

const noState = () => null;
const noSubscribe = () => () => undefined;

export function useTeamState(l: TeamLink | null): TeamLinkState | null {
  return useSyncExternalStore(l ? l.subscribe : noSubscribe, l ? l.getSnapshot : noState);
}

/**
 * At unlock: starts the link if this vault is in a team (the engine is loaded only then).
 * `onReceived` runs after records arrived (the shell reloads the person list).
 */
export async function startTeamLinkIfMember(session: VaultSession, onReceived: () => void): Promise<void> {
  wanted = session;
  if (!(await session.db.table('secrets').get(TEAM_MEMBERSHIP_KEY))) return;
  const { TeamLink } = await import('./link');
  const started = await TeamLink.start(session);
  if (!started) return;
  started.onReceived = onReceived;
  if (wanted !== session) return started.stop();
  await setTeamLink(session, started);
}

/** At lock: stops the link of this session. */
export async function stopTeamLink(session: VaultSession): Promise<void> {
  if (wanted === session) wanted = null;
  if (linkSession === session) await setTeamLink(null, null);
}
