// The running link between an open vault and its team (docs/replication.md, "In the app"). While
// the vault is open and in a team, a cycle runs: the outbox into the replica (pushOutbox), the
// replica with the server (one replication each way), what arrived into the vault (pullInbox), and
// the keyring as the server now has it. A cycle starts at unlock, a few seconds after any change,
// and every minute; when the server cannot be reached, again after 5 s, 15 s, 1 min, then every
// 5 min. Cycles never overlap. What the screens show is this link's state: 「未送信 N件」, the last
// time a cycle reached the server, the server, and why the last one failed, in words.
import { AppError } from '../../shared/errors/codes';
import { KEYRING_DOC_ID, currentGeneration } from '../../shared/team/keyring';
import { importTeamDataKey, type TeamDataKey } from '../../shared/team/teamDoc';
import { OUTBOX_TABLE, onOutboxQueued, queueAll, setTeamOutbox } from '../db/teamOutbox';
import { SHARED_TABLES } from '../../shared/team/share';
import { now } from '../platform/clock';
import type { VaultSession } from '../vault/session';
import { openMembership, remoteFor, takeKeyring, teamError, type OpenedTeam } from './membership';
import { conflictedIds, leafRevisions, openReplica, syncOnce, type Replica } from './replica';
import { pullInbox, pushOutbox, type TeamContext } from './sync';

export type TeamPhase = 'starting' | 'syncing' | 'ok' | 'offline' | 'failed' | 'removed';

export interface TeamLinkState {
  phase: TeamPhase;
  teamName: string;
  server: string;
  /** Records changed here and not yet sent (the outbox). */
  pending: number;
  /** When a cycle last reached the server (ms), from this or an earlier session. */
  lastSyncAt: number | null;
  /** Why the last cycle failed; null after one that worked. */
  problem: AppError | null;
  conflicts: number;
  /** What the last cycle brought in and sent (for the status line). */
  lastReceived: number;
  lastSent: number;
  /** How many cycles have ended (worked or failed) since unlock. */
  cycles: number;
  /** Team documents this machine received and could not open (a key it does not hold, damage). */
  unreadable: number;
}

const RETRY_MS = [5_000, 15_000, 60_000, 300_000];
const PERIOD_MS = 60_000;
const AFTER_CHANGE_MS = 2_000;
const LAST_SYNC_ROW = '_lastSync';
/** The replica's update sequence when a replication last finished: what it held then is on the server. */
const PUSHED_ROW = '_pushedSeq';
/** The documents received that did not open, their ids comma-separated: reported until a readable version comes. */
const UNREADABLE_ROW = '_unreadable';

export const replicaName = (session: VaultSession) => `${session.db.name}-team`;

async function contextFor(session: VaultSession, team: OpenedTeam, replica: Replica): Promise<TeamContext> {
  const keys = new Map<string, TeamDataKey>();
  for (const g of team.keyring.generations) keys.set(g.keyId, await importTeamDataKey(g.keyId, g.key));
  const cur = currentGeneration(team.keyring);
  const current = keys.get(cur.keyId);
  if (!current) throw new AppError('TeamKeyringDamaged');
  return { session, replica, idKey: team.keyring.idKey, keys, current, member: team.identity.recipient };
}

export class TeamLink {
  private state: TeamLinkState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private stopped = false;
  private ctx: TeamContext | null = null;
  /** The documents in conflict: found by one walk of the replica at unlock, then kept up from what each cycle makes and receives. */
  private conflictIds = new Set<string>();
  private readonly unsubscribe: () => void;
  /** Called after a cycle wrote received records into the vault (the screens reload). */
  onReceived: (() => void) | null = null;

  private constructor(
    private readonly session: VaultSession,
    private team: OpenedTeam,
    private readonly replica: Replica,
    lastSyncAt: number | null,
  ) {
    this.state = {
      phase: 'starting',
      teamName: team.membership.teamName,
      server: team.membership.server,
      pending: 0,
      lastSyncAt,
      problem: null,
      conflicts: 0,
      lastReceived: 0,
      lastSent: 0,
      cycles: 0,
      unreadable: 0,
    };
    this.unsubscribe = onOutboxQueued(session.db.name, () => {
      // 「未送信 N件」 follows the change at once; the cycle that sends it comes a little later.
      void this.refreshCounts().catch(() => undefined);
      this.soon(AFTER_CHANGE_MS);
    });
  }

  /** The link for this vault, or null when it is in no team. Starts the first cycle. */
  static async start(session: VaultSession): Promise<TeamLink | null> {
    const team = await openMembership(session);
    if (!team) return null;
    setTeamOutbox(session.db.name, true);
    // No sync state at all (just joined, or this vault was restored from a backup, which carries the
    // membership but not the sync state): every record is queued, so nothing made here is left out.
    if ((await session.db.teamState.count()) === 0) {
      const db = session.db;
      await db.transaction('rw', [OUTBOX_TABLE, ...SHARED_TABLES], (tx) => queueAll(tx, now()));
    }
    const last = await session.db.teamState.get(LAST_SYNC_ROW);
    const link = new TeamLink(session, team, openReplica(replicaName(session)), last ? Number(last.rev) : null);
    await link.refreshCounts();
    await link.refreshConflicts(true);
    link.soon(0);
    return link;
  }

  getSnapshot = (): TeamLinkState => this.state;
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  };

  get opened(): OpenedTeam {
    return this.team;
  }
  /** The documents in conflict now (the conflict screen opens these). */
  get conflictDocIds(): readonly string[] {
    return [...this.conflictIds];
  }
  /** The context of the sync step (keys opened), for the conflict screen. */
  async context(): Promise<TeamContext> {
    this.ctx ??= await contextFor(this.session, this.team, this.replica);
    return this.ctx;
  }

  /** After an admin changed the member list here: the keys and the list as now written. */
  async replaceTeam(team: OpenedTeam): Promise<void> {
    this.team = team;
    this.ctx = null;
    this.set({ teamName: team.membership.teamName });
    this.soon(0);
  }

  private set(patch: Partial<TeamLinkState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /**
   * 「未送信」: records changed here and not yet sealed (the outbox), and documents sealed into the
   * replica since its last finished replication (written while the server was away).
   */
  private async refreshCounts(): Promise<void> {
    const outbox = await this.session.db.teamOutbox.count();
    const since = Number((await this.session.db.teamState.get(PUSHED_ROW))?.rev ?? '0');
    const unsent = (await this.replica.changes({ since, limit: 100_000 })).results.filter((r) => r.id !== KEYRING_DOC_ID).length;
    this.set({ pending: outbox + unsent });
  }

  /**
   * The conflicts: every document in the replica looked at (`all`, at unlock), or the ones known
   * and the ones this cycle made or received looked at again (one may have been settled elsewhere).
   */
  private async refreshConflicts(all: boolean, candidates: readonly string[] = []): Promise<void> {
    if (all) this.conflictIds = new Set(await conflictedIds(this.replica));
    else {
      const next = new Set<string>();
      for (const id of new Set([...this.conflictIds, ...candidates])) if ((await leafRevisions(this.replica, id)).length > 1) next.add(id);
      this.conflictIds = next;
    }
    this.set({ conflicts: this.conflictIds.size });
  }

  /** A cycle in `ms` (sooner replaces later). */
  soon(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
  }

  /** Runs a cycle now (or right after the one running). Resolves when it has finished. */
  async syncNow(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.cycle().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    if (this.state.phase === 'removed') return;
    this.set({ phase: 'syncing' });
    try {
      const ctx = await this.context();
      let sent = 0;
      const made: string[] = [];
      for (;;) {
        const r = await pushOutbox(ctx, now());
        sent += r.sent;
        made.push(...r.conflictIds);
        if (r.sent + r.kept === 0 || this.stopped) break;
      }
      await this.refreshCounts();
      const remote = remoteFor(this.team.membership);
      try {
        await syncOnce(this.replica, remote);
      } catch (e) {
        throw teamError(e);
      }
      const seq = (await this.replica.info()).update_seq;
      await this.session.db.teamState.put({ docId: PUSHED_ROW, rev: String(seq) });
      if (this.stopped) return;
      await this.takeKeyringFromReplica();
      const pulled = await pullInbox(await this.context(), now());
      const unreadable = await this.noteUnreadable(pulled.unreadable, pulled.applied);
      const at = now();
      await this.session.db.teamState.put({ docId: LAST_SYNC_ROW, rev: String(at) });
      this.failures = 0;
      await this.refreshCounts();
      await this.refreshConflicts(false, [...made, ...pulled.conflicted]);
      this.set({
        phase: 'ok',
        problem: null,
        lastSyncAt: at,
        lastReceived: pulled.received,
        lastSent: sent,
        cycles: this.state.cycles + 1,
        unreadable,
      });
      if (pulled.received > 0) this.onReceived?.();
      this.soon(PERIOD_MS);
    } catch (e) {
      if (this.stopped) return;
      const err = e instanceof AppError ? e : teamError(e);
      if (err.code === 'TeamNotMember') {
        this.set({ phase: 'removed', problem: err, cycles: this.state.cycles + 1 });
        return;
      }
      const offline = err.code === 'TeamServerUnreachable';
      await this.refreshCounts().catch(() => undefined);
      this.set({ phase: offline ? 'offline' : 'failed', problem: err, cycles: this.state.cycles + 1 });
      const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? PERIOD_MS;
      this.failures++;
      this.soon(wait);
    }
  }

  /** Keeps the ids of documents that did not open (and forgets those a readable version replaced). */
  private async noteUnreadable(now: readonly string[], applied: readonly string[]): Promise<number> {
    const row = await this.session.db.teamState.get(UNREADABLE_ROW);
    const ids = new Set((row?.rev ?? '').split(',').filter(Boolean));
    for (const id of applied) ids.delete(id);
    for (const id of now) ids.add(id);
    if (ids.size > 0 || row) await this.session.db.teamState.put({ docId: UNREADABLE_ROW, rev: [...ids].join(',') });
    return ids.size;
  }

  /** The keyring document the replication brought (another admin's change), if newer. */
  private async takeKeyringFromReplica(): Promise<void> {
    let doc: { _rev: string; c: string };
    try {
      doc = (await this.replica.get(KEYRING_DOC_ID)) as unknown as { _rev: string; c: string };
    } catch {
      return;
    }
    if (doc._rev === this.team.membership.keyringRev) return;
    this.team = await takeKeyring(this.session, this.team, doc, now());
    this.ctx = null;
    this.set({ teamName: this.team.membership.teamName });
  }

  /** Stops the cycles (the vault locks): waits for one that is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    setTeamOutbox(this.session.db.name, false);
    await this.running?.catch(() => undefined);
    await this.replica.close().catch(() => undefined);
  }
}
