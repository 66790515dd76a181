// 「チーム」: joining or creating a team, the sync state (「未送信 N件」, last sync, the server, why
// it failed), the records with differing versions side by side, the members (added by their
// receiving key, removed with a new team key), and leaving the team with a typed confirmation.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors/codes';
import { recipientLines } from '../../../shared/print/handoverKeySheet';
import { parseTeamAddress } from '../../../shared/team/address';
import { tokyoDate } from '../../../shared/text/dates';
import { readHandoverIdentity } from '../../backup/handover';
import { errorMessage } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { setTeamLink, TEAM_MEMBERSHIP_KEY, useTeamLink, useTeamState } from '../../team/current';
import { TeamLink, replicaName, type TeamLinkState } from '../../team/link';
import { createTeam, joinTeam, leaveTeam } from '../../team/membership';
import { openReplica } from '../../team/replica';
import { ErrorBox, TextField } from '../../ui/fields';
import { useRecheckedProblems } from '../../ui/useRecheckedProblems';
import { useAction } from './useAction';
import { routeHref } from '../../ui/router';
import { ConflictsSection } from './ConflictsSection';
import { MembersSection } from './MembersSection';

export function TeamPage() {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const link = useTeamLink();
  const state = useTeamState(link);
  // Whether a membership is stored although no link runs (its keyring did not open, or it is starting).
  const [stored, setStored] = useState<boolean | null>(null);
  // Counted up when the team is left, so the membership is read again once it is gone.
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void session.db
      .table('secrets')
      .get(TEAM_MEMBERSHIP_KEY)
      .then((row) => live && setStored(!!row));
    return () => {
      live = false;
    };
  }, [session, link, round]);

  return (
    <section aria-labelledby="team-title" className="settings team-page">
      <h1 id="team-title">{t('team.title')}</h1>
      <p>{t('team.lead')}</p>
      <p className="notice">{t('team.shareRule')}</p>
      {link && state ? (
        <>
          <StatusSection link={link} state={state} />
          <ConflictsSection link={link} state={state} />
          <MembersSection link={link} state={state} />
          <LeaveSection onLeft={() => setRound((n) => n + 1)} />
        </>
      ) : stored === false && session.kind === 'demo' ? (
        <p className="notice demo">{t('team.demo')}</p>
      ) : stored === false ? (
        <>
          <JoinForm />
          <CreateForm />
        </>
      ) : stored === true ? (
        <>
          <p role="status">{t('team.status.phase.starting')}</p>
          <LeaveSection onLeft={() => setRound((n) => n + 1)} />
        </>
      ) : null}
    </section>
  );
}

function StatusSection({ link, state }: { link: TeamLink; state: TeamLinkState }) {
  const { t } = useTranslation();
  const dates = useDates();
  const problem = state.problem ? errorMessage(state.problem) : null;
  return (
    <section className="card stack" aria-labelledby="team-status-title">
      <h2 id="team-status-title">{t('team.status.title')}</h2>
      <dl className="team-status" data-testid="team-status" data-cycles={state.cycles}>
        <dt>{t('team.status.team')}</dt>
        <dd data-user="">{state.teamName}</dd>
        <dt>{t('team.status.server')}</dt>
        <dd className="team-server">{state.server}</dd>
        <dt>{t('team.status.state')}</dt>
        <dd>
          <span role="status" className={`team-phase ${state.phase}`}>
            {t(`team.status.phase.${state.phase}`)}
          </span>
        </dd>
        <dt>{t('team.status.pending')}</dt>
        <dd data-testid="team-pending">{t('team.status.pendingCount', { count: state.pending })}</dd>
        <dt>{t('team.status.lastSync')}</dt>
        <dd data-testid="team-last-sync">
          {state.lastSyncAt === null
            ? t('team.status.never')
            : `${dates.date(tokyoDate(state.lastSyncAt))} ${dates.instant(state.lastSyncAt).split(' ').at(-1) ?? ''}`}
        </dd>
        {state.unreadable > 0 ? (
          <>
            <dt>{t('team.status.unreadable')}</dt>
            <dd className="trouble">{t('team.status.unreadableCount', { count: state.unreadable })}</dd>
          </>
        ) : null}
        {state.conflicts > 0 ? (
          <>
            <dt>{t('team.status.conflicts')}</dt>
            <dd className="trouble">{t('team.status.conflictsCount', { count: state.conflicts })}</dd>
          </>
        ) : null}
      </dl>
      {problem && state.phase !== 'removed' ? <p className="error-box">{problem}</p> : null}
      {state.phase === 'removed' ? <p className="error-box">{t('team.status.removedHelp')}</p> : null}
      {state.phase === 'ok' && (state.lastSent > 0 || state.lastReceived > 0) ? (
        <p className="help">{t('team.status.lastRun', { sent: state.lastSent, received: state.lastReceived })}</p>
      ) : null}
      <div className="row">
        <button
          type="button"
          className="big"
          disabled={state.phase === 'syncing' || state.phase === 'removed'}
          onClick={() => void link.syncNow()}
        >
          {t('team.status.syncNow')}
        </button>
      </div>
    </section>
  );
}

type FormProblem = { field: 'server' | 'username' | 'password' | 'name'; message: string };

/** The fields both forms have, their checks re-run after a refusal. */
function useServerFields(extra: { name?: string } = {}) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const check = (): FormProblem[] => {
    const out: FormProblem[] = [];
    if (extra.name !== undefined && extra.name.trim() === '') out.push({ field: 'name', message: t('team.form.required') });
    const parsed = parseTeamAddress(server);
    if (!parsed.ok) out.push({ field: 'server', message: t(`team.form.address.${parsed.problem}`) });
    if (username.trim() === '') out.push({ field: 'username', message: t('team.form.required') });
    if (password === '') out.push({ field: 'password', message: t('team.form.required') });
    return out;
  };
  const rechecked = useRecheckedProblems(check);
  const problemOf = (f: FormProblem['field']) => rechecked.problems.find((p) => p.field === f)?.message;
  const fields = (
    <>
      <TextField
        label={t('team.form.server')}
        help={t('team.form.serverHelp')}
        value={server}
        onChange={setServer}
        required
        error={problemOf('server')}
        maxLength={400}
      />
      <TextField
        label={t('team.form.username')}
        value={username}
        onChange={setUsername}
        required
        error={problemOf('username')}
        maxLength={100}
      />
      <TextField
        label={t('team.form.password')}
        type="password"
        value={password}
        onChange={setPassword}
        required
        error={problemOf('password')}
        maxLength={200}
      />
    </>
  );
  return { fields, rechecked, problemOf, creds: { server, username: username.trim(), password } };
}

async function startLink(session: ReturnType<typeof useOpenVault>['session'], onReceived: () => void): Promise<void> {
  const l = await TeamLink.start(session);
  if (!l) return;
  l.onReceived = onReceived;
  await setTeamLink(session, l);
}

function JoinForm() {
  const { t } = useTranslation();
  const { session, persons, notify } = useOpenVault();
  const { fields, rechecked, creds } = useServerFields();
  const { formRef, refuse, settle } = rechecked;
  const { busy, error, run } = useAction();
  // Not on the team list yet: this vault's key, shown here to be read out or copied to the admin.
  const [ownKey, setOwnKey] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || refuse()) return;
    setOwnKey(null);
    await run(
      async () => {
        const m = await joinTeam(session, creds, now());
        settle();
        await startLink(session, () => void persons.load());
        notify(t('team.join.done', { team: m.teamName }));
      },
      async (err) => {
        if (err instanceof AppError && err.code === 'TeamNotMember') setOwnKey((await readHandoverIdentity(session))?.recipient ?? null);
      },
    );
  };
  return (
    <section className="card stack" aria-labelledby="team-join-title">
      <h2 id="team-join-title">{t('team.join.title')}</h2>
      <p>{t('team.join.lead')}</p>
      <p className="help">
        {t('team.join.keyFirst')} <a href={routeHref({ name: 'handover' })}>{t('team.join.keyLink')}</a>
      </p>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="team-join-title">
        {fields}
        <ErrorBox message={error} />
        {ownKey ? (
          <div className="stack">
            <p>{t('team.join.ownKey')}</p>
            <div className="handover-key" role="group" aria-label={t('team.join.ownKeyLabel')} data-testid="team-own-key">
              {recipientLines(ownKey).map((line, i) => (
                <span key={i}>{line}</span>
              ))}
            </div>
          </div>
        ) : null}
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('team.join.working') : t('team.join.submit')}
        </button>
      </form>
    </section>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const { session, persons, profile, notify } = useOpenVault();
  const [name, setName] = useState('');
  const { fields, rechecked, problemOf, creds } = useServerFields({ name });
  const { formRef, refuse, settle } = rechecked;
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || refuse()) return;
    await run(async () => {
      const m = await createTeam(session, { ...creds, teamName: name.trim() }, profile, now());
      settle();
      await startLink(session, () => void persons.load());
      notify(t('team.create.done', { team: m.teamName }));
    });
  };
  return (
    <section className="card stack" aria-labelledby="team-create-title">
      <h2 id="team-create-title">{t('team.create.title')}</h2>
      <p>{t('team.create.lead')}</p>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="team-create-title">
        <TextField
          label={t('team.create.name')}
          help={t('team.create.nameHelp')}
          value={name}
          onChange={setName}
          required
          error={problemOf('name')}
          maxLength={100}
        />
        {fields}
        <ErrorBox message={error} />
        <button type="submit" className="big" disabled={busy}>
          {busy ? t('team.create.working') : t('team.create.submit')}
        </button>
      </form>
    </section>
  );
}

function LeaveSection({ onLeft }: { onLeft: () => void }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [typed, setTyped] = useState('');
  const { busy, error, run } = useAction();
  const phrase = t('team.leave.phrase');
  const confirmed = typed.trim() === phrase;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed || busy) return;
    await run(async () => {
      await setTeamLink(null, null);
      await leaveTeam(session, replicaName(session), now(), (name) =>
        openReplica(name)
          .destroy()
          .then(() => undefined),
      );
      onLeft();
      notify(t('team.leave.done'));
    });
    setTyped('');
  };
  return (
    <section className="card danger-zone stack" aria-labelledby="team-leave-title">
      <h2 id="team-leave-title">{t('team.leave.title')}</h2>
      <p>{t('team.leave.lead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="team-leave-title">
        <TextField label={t('team.leave.confirm', { phrase })} value={typed} onChange={setTyped} required />
        <ErrorBox message={error} />
        <button type="submit" className="danger" disabled={!confirmed || busy}>
          {busy ? t('team.leave.working') : t('team.leave.submit')}
        </button>
      </form>
    </section>
  );
}
