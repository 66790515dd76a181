// The team's members as the keyring lists them. An admin adds a member by their receiving key
// (typed from the key sheet, or pasted; spaces and line breaks are dropped) and removes one after a
// confirmation that says what removing does: a new team key, so nothing written afterwards can be
// read with what they kept. Both are written to the server at once (online only) and logged.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_ROLE_IDS } from '../../../shared/domain/plan';
import { isRecipient } from '../../../shared/backup/age';
import { AppError } from '../../../shared/errors/codes';
import { recipientLines } from '../../../shared/print/handoverKeySheet';
import { errorMessage } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import type { TeamLink, TeamLinkState } from '../../team/link';
import { addTeamMember, removeTeamMember } from '../../team/membership';
import { Checkbox, ErrorBox, SelectField, TextField } from '../../ui/fields';
import { platform } from '../../platform';
import { recipientFromPicture } from './readKeyImage';
import { CameraScan } from './CameraScan';
import { useAction } from './useAction';
import { useRecheckedProblems } from '../../ui/useRecheckedProblems';

/** A phone photo is a few MB; more than this is not a picture of a sheet. */
const MAX_PICTURE_BYTES = 30 * 1024 * 1024;

const normaliseKey = (typed: string) => typed.replace(/\s+/g, '').toLowerCase();

export function MembersSection({ link, state }: { link: TeamLink; state: TeamLinkState }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { session, notify } = useOpenVault();
  const keyring = link.opened.keyring;
  const me = link.opened.identity.recipient;
  const amAdmin = keyring.members.some((m) => m.recipient === me && m.admin);
  const [removing, setRemoving] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const roleLabel = (role: string) => ((USER_ROLE_IDS as readonly string[]).includes(role) ? t(`roles.${role}`) : role);
  const nameOf = (recipient: string) => keyring.members.find((m) => m.recipient === recipient)?.name ?? recipient.slice(0, 12);

  const remove = (recipient: string) =>
    run(async () => {
      const name = nameOf(recipient);
      await link.replaceTeam(await removeTeamMember(session, link.opened, recipient, now()));
      setRemoving(null);
      notify(t('team.members.removed', { name }));
    });

  return (
    <section className="card stack" aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('team.members.title')}</h2>
      <p>{t('team.members.lead')}</p>
      <table className="team-members">
        <thead>
          <tr>
            <th scope="col">{t('team.members.name')}</th>
            <th scope="col">{t('team.members.role')}</th>
            <th scope="col">{t('team.members.key')}</th>
            <th scope="col">{t('team.members.added')}</th>
            {amAdmin ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {keyring.members.map((m) => (
            <tr key={m.recipient}>
              <th scope="row">
                <span data-user="">{m.name}</span>
                {m.recipient === me ? t('team.members.you') : null}
                {m.admin ? <span className="team-admin">{t('team.members.admin')}</span> : null}
              </th>
              <td>{roleLabel(m.role)}</td>
              <td className="team-key">{recipientLines(m.recipient)[0]} …</td>
              <td>{dates.date(m.addedAt.slice(0, 10))}</td>
              {amAdmin ? (
                <td>
                  {m.recipient !== me ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => setRemoving(m.recipient)}
                      aria-label={`${t('team.members.remove')}：${m.name}`}
                    >
                      {t('team.members.remove')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {removing ? (
        <div className="notice warning stack" role="alertdialog" aria-labelledby="team-remove-text">
          <p id="team-remove-text">{t('team.members.removeConfirm', { name: nameOf(removing) })}</p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} autoFocus onClick={() => void remove(removing)}>
              {t('team.members.removeYes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setRemoving(null)}>
              {t('team.members.removeNo')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorBox message={error} />
      {keyring.removed.length > 0 ? (
        <>
          <h3>{t('team.members.historyTitle')}</h3>
          <ul>
            {keyring.removed.map((r) => (
              <li key={`${r.recipient}-${r.removedAt}`}>
                {t('team.members.history', {
                  name: r.name,
                  date: dates.date(r.removedAt.slice(0, 10)),
                  by:
                    keyring.members.find((m) => m.recipient === r.removedBy)?.name ??
                    keyring.removed.find((x) => x.recipient === r.removedBy)?.name ??
                    '—',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {amAdmin ? <AddMember link={link} offline={state.phase === 'offline'} /> : <p className="help">{t('team.members.onlyAdmin')}</p>}
    </section>
  );
}

type AddProblem = { field: 'name' | 'key'; message: string };

function AddMember({ link, offline }: { link: TeamLink; offline: boolean }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('commissioner');
  const [key, setKey] = useState('');
  const [admin, setAdmin] = useState(false);
  const { busy, error, setError, run } = useAction();
  const check = (): AddProblem[] => {
    const out: AddProblem[] = [];
    if (name.trim() === '') out.push({ field: 'name', message: t('team.form.required') });
    const k = normaliseKey(key);
    if (k === '') out.push({ field: 'key', message: t('team.form.required') });
    else if (!isRecipient(k)) out.push({ field: 'key', message: errorMessage(new AppError('TeamBadKey')) });
    return out;
  };
  const { problems, formRef, refuse, settle } = useRecheckedProblems(check);
  const problemOf = (f: AddProblem['field']) => problems.find((p) => p.field === f)?.message;
  // The key read from a picture of the member's printed key sheet (its QR code).
  const [picture, setPicture] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const cameraButton = useRef<HTMLButtonElement>(null);
  const readPicture = async () => {
    setError(null);
    setPicture(null);
    setCamera(false);
    const file = await platform.openFile(
      { name: t('team.members.pictureFilter'), extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'bmp'] },
      MAX_PICTURE_BYTES,
    );
    if (!file) return;
    if ('tooLarge' in file) return setError(t('team.members.pictureTooLarge'));
    const read = await recipientFromPicture(file.bytes);
    if (!read.ok) return setError(t(`team.members.picture.${read.problem}`));
    setKey(read.recipient);
    setPicture(t('team.members.pictureRead'));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || refuse()) return;
    await run(async () => {
      await link.replaceTeam(
        await addTeamMember(session, link.opened, { recipient: normaliseKey(key), name: name.trim(), role, admin }, now()),
      );
      settle();
      notify(t('team.members.addedDone', { name: name.trim() }));
      setName('');
      setKey('');
      setAdmin(false);
    });
  };
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="team-add-title" className="stack">
      <h3 id="team-add-title">{t('team.members.addTitle')}</h3>
      <p className="help">{t('team.members.addLead')}</p>
      {offline ? <p className="notice">{t('team.members.online')}</p> : null}
      <TextField label={t('team.members.addName')} value={name} onChange={setName} required error={problemOf('name')} maxLength={100} />
      <SelectField
        label={t('team.members.addRole')}
        value={role}
        onChange={setRole}
        options={USER_ROLE_IDS.map((id) => ({ value: id, label: t(`roles.${id}`) }))}
      />
      <TextField
        label={t('team.members.addKey')}
        value={key}
        onChange={setKey}
        required
        error={problemOf('key')}
        multiline={3}
        maxLength={400}
      />
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void readPicture()}>
          {t('team.members.pictureButton')}
        </button>
        <button
          type="button"
          ref={cameraButton}
          disabled={busy}
          aria-expanded={camera}
          onClick={() => {
            setError(null);
            setPicture(null);
            setCamera(true);
          }}
        >
          {t('team.members.cameraButton')}
        </button>
        {picture ? <span role="status">{picture}</span> : null}
      </div>
      {camera ? (
        <CameraScan
          onKey={(recipient) => {
            setKey(recipient);
            setCamera(false);
            setPicture(t('team.members.cameraRead'));
            cameraButton.current?.focus();
          }}
          onClose={() => {
            setCamera(false);
            cameraButton.current?.focus();
          }}
        />
      ) : null}
      <Checkbox label={t('team.members.addAdmin')} checked={admin} onChange={setAdmin} />
      <ErrorBox message={error} />
      <button type="submit" className="big" disabled={busy}>
        {t('team.members.addSubmit')}
      </button>
    </form>
  );
}
