// This vault's place in a team (docs/replication.md, "In the app"): the server's database, the
// member's own server account, and the team's keyring as the server last gave it (sealed to this
// member's hand-over identity; opened at each unlock, so the team's keys never rest in the clear).
// Kept sealed in `secrets`, like the hand-over identity; creating, joining and leaving a team each
// write it with their audit entry in the same transaction.
import { z } from 'zod';
import { DEMO_HANDOVER_RECIPIENT } from '../../shared/backup/handover';
import { AppError } from '../../shared/errors/codes';
import { parseTeamAddress } from '../../shared/team/address';
import { SHARED_TABLES } from '../../shared/team/share';
import {
  KEYRING_DOC_ID,
  KeyringError,
  addMember,
  createKeyring,
  openKeyring,
  removeMember,
  sealKeyring,
  type TeamKeyring,
} from '../../shared/team/keyring';
import { appendAudit, type AuditAction, type AuditEvent } from '../audit/auditLog';
import type { SettingRow } from '../db/database';
import { handoverIdentity, readHandoverIdentity, type HandoverIdentity } from '../backup/handover';
import { queueAll, OUTBOX_TABLE, setTeamOutbox } from '../db/teamOutbox';
import { readSingleton, sealSingleton } from '../records/singletons';
import type { UserProfile } from '../vault/secrets';
import type { VaultSession } from '../vault/session';
import { openRemote, type Replica } from './replica';
import { teamFetch } from './fetch';
import { TEAM_MEMBERSHIP_KEY } from './current';

export { TEAM_MEMBERSHIP_KEY };

export const membershipSchema = z.strictObject({
  /** The team database's URL (shared/team/address.ts). */
  server: z.string().max(400),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  teamId: z.string().max(64),
  teamName: z.string().max(100),
  /** The keyring document as last read: its revision and its `c` (an age file to the members). */
  keyringRev: z.string().max(100),
  keyring: z.string().max(2_000_000),
  joinedAt: z.number().min(0),
});
export type TeamMembership = z.infer<typeof membershipSchema>;

export interface TeamCredentials {
  server: string;
  username: string;
  password: string;
}

export async function readMembership(session: VaultSession): Promise<TeamMembership | null> {
  return (await readSingleton(session, 'secrets', TEAM_MEMBERSHIP_KEY, membershipSchema)).value ?? null;
}

/** The server's database for these credentials (requests go through the platform's team route). */
export function remoteFor(m: Pick<TeamMembership, 'server' | 'username' | 'password'>): Replica {
  return openRemote(m.server, { fetch: teamFetch(), auth: { username: m.username, password: m.password } });
}

/** A PouchDB/HTTP failure as what the person can do about it. */
export function teamError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof KeyringError) {
    if (e.reason === 'notMember') return new AppError('TeamNotMember');
    if (e.reason === 'notAdmin' || e.reason === 'lastAdmin') return new AppError('NotPermitted', { reason: e.reason });
    if (e.reason === 'alreadyMember') return new AppError('TeamAlreadyMember');
    if (e.reason === 'badRecipient') return new AppError('TeamBadKey');
    return new AppError('TeamKeyringDamaged');
  }
  const status = (e as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return new AppError('TeamAuthFailed');
  if (status === 404) return new AppError('TeamDatabaseMissing');
  if (status === 409) return new AppError('StaleRevision');
  if (typeof status === 'number' && status >= 400) return new AppError('TeamServerRefused', { status });
  return new AppError('TeamServerUnreachable');
}

function checkedServer(server: string): string {
  const parsed = parseTeamAddress(server);
  if (!parsed.ok) throw new AppError('TeamAddressInvalid', { problem: parsed.problem });
  return parsed.address.url;
}

async function keyringDoc(remote: Replica): Promise<{ _rev: string; c: string } | null> {
  try {
    const doc = (await remote.get(KEYRING_DOC_ID)) as unknown as { _rev: string; c: string };
    return doc;
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) {
      // A missing database also answers 404: tell the two apart.
      try {
        await remote.info();
      } catch (e2) {
        throw teamError(e2);
      }
      return null;
    }
    throw teamError(e);
  }
}

/** Starts the outbox and queues every record this machine holds, in one transaction. */
async function activate(session: VaultSession, now: number): Promise<number> {
  setTeamOutbox(session.db.name, true);
  const db = session.db;
  return db.transaction('rw', [OUTBOX_TABLE, ...SHARED_TABLES], (tx) => queueAll(tx, now));
}

/**
 * Writes the membership (sealed, the next revision of what is stored) with its audit entries in one
 * transaction. `events` name what happened: creating or joining the team, a member added or removed
 * (their recipient as the entry's record id), a newer keyring taken.
 */
async function saveMembership(session: VaultSession, m: TeamMembership, events: readonly AuditEvent[], now: number): Promise<void> {
  const db = session.db;
  const t = db.table<SettingRow, string>('secrets');
  const base = (await t.get(TEAM_MEMBERSHIP_KEY))?.rev ?? 0;
  const row = await sealSingleton(session, 'secrets', TEAM_MEMBERSHIP_KEY, membershipSchema.parse(m), base + 1, now);
  await db.transaction('rw', t, db.audit, db.vaultMeta, async () => {
    const current = await t.get(TEAM_MEMBERSHIP_KEY);
    if ((current?.rev ?? 0) !== base) throw new AppError('StaleRevision', { table: 'secrets', id: TEAM_MEMBERSHIP_KEY });
    await t.put(row);
    await appendAudit(session, events, now);
  });
}

const teamEvent = (action: AuditAction, recordId: string): AuditEvent => ({ action, table: 'team', recordId });

/**
 * Makes a new team on an empty team database: this vault's member becomes its first admin. The
 * database must exist (the ward IT makes one per team) and hold no keyring yet.
 */
export async function createTeam(
  session: VaultSession,
  creds: TeamCredentials & { teamName: string },
  profile: Pick<UserProfile, 'name' | 'role'>,
  now: number,
): Promise<TeamMembership> {
  if (session.kind === 'demo') throw new AppError('TeamDemoKey');
  const server = checkedServer(creds.server);
  const identity = await handoverIdentity(session, now);
  const remote = remoteFor({ ...creds, server });
  try {
    await remote.info();
  } catch (e) {
    throw teamError(e);
  }
  if (await keyringDoc(remote)) throw new AppError('TeamAlreadyExists');
  const at = new Date(now).toISOString();
  const keyring = createKeyring({
    name: creds.teamName,
    founder: { recipient: identity.recipient, name: profile.name, role: profile.role },
    at,
  });
  const c = await sealKeyring(keyring);
  let rev: string;
  try {
    rev = (await remote.put({ _id: KEYRING_DOC_ID, k: 'keyring', c } as never)).rev;
  } catch (e) {
    throw (e as { status?: unknown }).status === 409 ? new AppError('TeamAlreadyExists') : teamError(e);
  }
  const m: TeamMembership = {
    server,
    username: creds.username,
    password: creds.password,
    teamId: keyring.teamId,
    teamName: keyring.name,
    keyringRev: rev,
    keyring: c,
    joinedAt: now,
  };
  await saveMembership(session, m, [teamEvent('team.create', keyring.teamId)], now);
  await activate(session, now);
  return m;
}

/** Joins the team whose database this is: the keyring must already list this vault's key. */
export async function joinTeam(session: VaultSession, creds: TeamCredentials, now: number): Promise<TeamMembership> {
  if (session.kind === 'demo') throw new AppError('TeamDemoKey');
  const server = checkedServer(creds.server);
  const identity = await handoverIdentity(session, now);
  const remote = remoteFor({ ...creds, server });
  const doc = await keyringDoc(remote);
  if (!doc) throw new AppError('TeamNoTeamHere');
  let keyring: TeamKeyring;
  try {
    keyring = await openKeyring(doc.c, identity.identity);
  } catch (e) {
    throw teamError(e);
  }
  const m: TeamMembership = {
    server,
    username: creds.username,
    password: creds.password,
    teamId: keyring.teamId,
    teamName: keyring.name,
    keyringRev: doc._rev,
    keyring: doc.c,
    joinedAt: now,
  };
  await saveMembership(session, m, [teamEvent('team.join', keyring.teamId)], now);
  await activate(session, now);
  return m;
}

export interface OpenedTeam {
  membership: TeamMembership;
  identity: HandoverIdentity;
  keyring: TeamKeyring;
}

/** The membership with its keyring opened (at unlock). Null when this vault is in no team. */
export async function openMembership(session: VaultSession): Promise<OpenedTeam | null> {
  const membership = await readMembership(session);
  if (!membership) return null;
  const identity = await readHandoverIdentity(session);
  if (!identity) throw new AppError('TeamNotMember');
  return {
    membership,
    identity,
    keyring: await openKeyring(membership.keyring, identity.identity).catch((e: unknown) => Promise.reject(teamError(e))),
  };
}

/**
 * Takes a newer keyring (another admin added or removed someone): kept only if this member can
 * open it. Answers the keyring opened, or throws TeamNotMember when this member was removed.
 */
export async function takeKeyring(
  session: VaultSession,
  team: OpenedTeam,
  doc: { _rev: string; c: string },
  now: number,
): Promise<OpenedTeam> {
  if (doc._rev === team.membership.keyringRev) return team;
  const keyring = await openKeyring(doc.c, team.identity.identity).catch((e: unknown) => Promise.reject(teamError(e)));
  const membership = { ...team.membership, keyringRev: doc._rev, keyring: doc.c, teamName: keyring.name };
  await saveMembership(session, membership, [teamEvent('team.keyring', keyring.teamId)], now);
  return { ...team, membership, keyring };
}

/** Writes a changed keyring to the server (online only: who is in the team is decided there). */
async function writeKeyring(
  session: VaultSession,
  team: OpenedTeam,
  next: TeamKeyring,
  action: 'team.member.add' | 'team.member.remove',
  who: string,
  now: number,
): Promise<OpenedTeam> {
  const c = await sealKeyring(next);
  const remote = remoteFor(team.membership);
  let rev: string;
  try {
    rev = (await remote.put({ _id: KEYRING_DOC_ID, _rev: team.membership.keyringRev, k: 'keyring', c } as never)).rev;
  } catch (e) {
    throw teamError(e);
  }
  const membership = { ...team.membership, keyringRev: rev, keyring: c };
  await saveMembership(session, membership, [teamEvent(action, who)], now);
  return { ...team, membership, keyring: next };
}

export async function addTeamMember(
  session: VaultSession,
  team: OpenedTeam,
  member: { recipient: string; name: string; role: string; admin: boolean },
  now: number,
): Promise<OpenedTeam> {
  // The demo vault's key is published: nobody holding it may read a team's records.
  if (member.recipient.trim() === DEMO_HANDOVER_RECIPIENT) throw new AppError('TeamDemoKey');
  let next: TeamKeyring;
  try {
    next = addMember(team.keyring, team.identity.recipient, member, new Date(now).toISOString());
  } catch (e) {
    throw teamError(e);
  }
  return writeKeyring(session, team, next, 'team.member.add', member.recipient, now);
}

/** Removes a member: a new key generation is made, so they cannot read what is written afterwards. */
export async function removeTeamMember(session: VaultSession, team: OpenedTeam, recipient: string, now: number): Promise<OpenedTeam> {
  let next: TeamKeyring;
  try {
    next = removeMember(team.keyring, team.identity.recipient, recipient, new Date(now).toISOString());
  } catch (e) {
    throw teamError(e);
  }
  return writeKeyring(session, team, next, 'team.member.remove', recipient, now);
}

/**
 * Leaves the team on this machine: the team's copy (the replica), the outbox and the sync state
 * go, and so does the membership, in one logged step. The vault's own records stay.
 */
export async function leaveTeam(
  session: VaultSession,
  replicaName: string,
  now: number,
  destroyReplica: (name: string) => Promise<void>,
): Promise<void> {
  setTeamOutbox(session.db.name, false);
  const db = session.db;
  await db.transaction('rw', [db.table('secrets'), db.teamOutbox, db.teamState, db.audit, db.vaultMeta], async () => {
    await db.table('secrets').delete(TEAM_MEMBERSHIP_KEY);
    await db.teamOutbox.clear();
    await db.teamState.clear();
    await appendAudit(session, [teamEvent('team.leave', TEAM_MEMBERSHIP_KEY)], now);
  });
  await destroyReplica(replicaName);
}
