// One action item with its state, and the controls to close it (完了日 + メモ) or reopen it.
// Used by the やること list and by the meeting form's 「前回の会議の未完了の役割分担」.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { errorMessage, problemMessage } from '../../i18n';
import { DateField, TextField } from '../../ui/fields';
import { actionState } from '../../../shared/actions/actionItem';
import { isValidIsoDate } from '../../../shared/text/dates';
import { textProblem } from '../../../shared/text/safeText';
import { markDone, markOpen, type ActionItem } from './actionRepo';
import { useDates } from '../../i18n/dates';
import { TermOrUser, UserText, tNodes, tWithUser } from '../../ui/UserText';

export interface SourceLink {
  href: string;
  text: string;
}

export function ActionCard(props: {
  item: ActionItem;
  today: string;
  source?: SourceLink | undefined;
  personName?: string | undefined;
  onChanged(a: ActionItem): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { session, notify } = useOpenVault();
  const { item: a } = props;
  const [completing, setCompleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const state = actionState(a, props.today);

  const reopen = async () => {
    setBusy(true);
    try {
      props.onChanged(await markOpen(session, a, now()));
      notify(t('actions.reopened'));
    } catch (e) {
      notify(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`action-card state-${state}`}>
      <div className="action-body">
        <p className="action-task" data-user="">
          {a.task}
        </p>
        <dl className="action-meta">
          <div>
            <dt>{t('actions.owner')}</dt>
            <dd>
              <UserText>{a.owner}</UserText>
              {a.ownerOrg ? tNodes(t, 'punct.aside', { x: <TermOrUser word={a.ownerOrg} /> }) : null}
            </dd>
          </div>
          <div>
            <dt>{t('actions.due')}</dt>
            <dd>
              {isValidIsoDate(a.due) ? dates.date(a.due) : a.due}
              {state !== 'open' ? <span className={`badge ${state}`}>{t(`actions.badges.${state}`)}</span> : null}
            </dd>
          </div>
          {props.personName ? (
            <div>
              <dt>{t('actions.person')}</dt>
              <dd>
                <a href={`#/persons/${a.personId}`} data-user="">
                  {props.personName}
                </a>
              </dd>
            </div>
          ) : null}
          {props.source ? (
            <div>
              <dt>{t('actions.source')}</dt>
              <dd>
                <a href={props.source.href}>{props.source.text}</a>
              </dd>
            </div>
          ) : null}
          {a.status === 'done' ? (
            <div>
              <dt>{t('actions.badges.done')}</dt>
              <dd>
                {t('actions.doneOn', { date: isValidIsoDate(a.doneDate) ? dates.date(a.doneDate) : a.doneDate })}
                {a.doneNote ? (
                  <>
                    {t('punct.gap')}
                    <UserText>{a.doneNote}</UserText>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      {!completing ? (
        <div className="action-controls">
          {a.status === 'open' ? (
            <button type="button" onClick={() => setCompleting(true)}>
              {t('actions.complete')}
              <span className="visually-hidden">{tWithUser(t, 'actions.completeFor', { task: a.task.slice(0, 40) })}</span>
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={() => void reopen()}>
              {t('actions.reopen')}
              <span className="visually-hidden">{tWithUser(t, 'actions.completeFor', { task: a.task.slice(0, 40) })}</span>
            </button>
          )}
        </div>
      ) : (
        <CompleteActionForm
          item={a}
          today={props.today}
          onCancel={() => setCompleting(false)}
          onDone={(done) => {
            setCompleting(false);
            props.onChanged(done);
          }}
        />
      )}
    </div>
  );
}

function CompleteActionForm({
  item,
  today,
  onDone,
  onCancel,
}: {
  item: ActionItem;
  today: string;
  onDone(a: ActionItem): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [noteError, setNoteError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isValidIsoDate(date)) {
      setError(t('actions.doneDateInvalid'));
      return;
    }
    const noteProblem = textProblem(note, 'text');
    setNoteError(noteProblem ? problemMessage(t, noteProblem) : undefined);
    if (noteProblem) return;
    setBusy(true);
    try {
      const done = await markDone(session, item, date, note.trim(), now());
      notify(t('actions.completed'));
      onDone(done);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form
      ref={ref}
      className="complete-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`${t('actions.complete')}${t('actions.completeFor', { task: item.task.slice(0, 40) })}`}
    >
      <div className="complete-fields">
        <DateField label={t('actions.doneDate')} value={date} onChange={setDate} error={error} />
        <TextField label={t('actions.doneNote')} value={note} onChange={setNote} maxLength={2000} error={noteError} />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('actions.confirmDone')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
