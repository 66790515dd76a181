import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GoalsField } from '../../ui/GoalsField';
import { ENDING_NOTE_GOAL_PRESET, type P2GoalId } from '../../../shared/domain/goals';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useController, useOpenVault } from '../../records/context';
import { navigate, routeHref } from '../../ui/router';
import { StaleNotice } from '../../ui/StaleNotice';
import { currentRevision, isStaleRevision } from '../../records/write';
import { endingNotesTable } from '../../records/tables';
import { now } from '../../platform/clock';
import { errorMessage, problemMessage } from '../../i18n';
import { AppError } from '../../../shared/errors/codes';
import { ErrorBox } from '../../ui/fields';
import { answerProblems, type Answers } from '../../../shared/endingNotes/template';
import type { Problem } from '../../../shared/domain/problems';
import { getNote, saveAnswers, type EndingNote } from './noteRepo';
import { getTemplate } from './templateRepo';
import { AnswerInput } from './AnswerInput';
import { PrintButtons } from './PrintButtons';
import { RubyText } from '../../ui/RubyText';
import { useDates } from '../../i18n/dates';
import { UserText } from '../../ui/UserText';

const AUTOSAVE_MS = 600;

export function NotePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session, persons } = useOpenVault();
  const loaded = useLiveQuery(async () => {
    const note = await getNote(session, id);
    const template = note ? await getTemplate(session, note.templateId, note.templateVersion) : undefined;
    return { note, template };
  }, [session, id]);
  if (!loaded) return null;
  const { note, template } = loaded;
  if (!note || note.deletedAt > 0 || !template) return <ErrorBox message={t('errors.NotFound')} />;
  const person = persons.get(note.personId);
  return (
    <article aria-labelledby="note-title">
      {person ? (
        <p>
          <a href={routeHref({ name: 'person', id: person.id })}>
            ← <UserText>{person.name}</UserText>
          </a>
        </p>
      ) : null}
      <h1 id="note-title">
        <span lang={template.language}>
          <RubyText text={template.name} />
        </span>
        {person ? (
          <>
            {t('punct.colon')}
            <UserText>{person.name}</UserText>
          </>
        ) : null}
      </h1>
      <p className="help">{t('notes.templateVersion', { version: template.version })}</p>
      <NoteForm key={note.id} note={note} template={template} />
    </article>
  );
}

function NoteForm({ note, template }: { note: EndingNote; template: NonNullable<Awaited<ReturnType<typeof getTemplate>>> }) {
  const { t } = useTranslation();
  const dates = useDates();
  const controller = useController();
  const { session, persons } = useOpenVault();
  const [answers, setAnswers] = useState<Answers>(note.answers);
  const [savedAt, setSavedAt] = useState(note.updatedAt);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [goals, setGoals] = useState<P2GoalId[]>(note.goals ?? [...ENDING_NOTE_GOAL_PRESET]);
  const latest = useRef({ note, answers, goals, dirty: false });
  const questions = useMemo(() => template.sections.flatMap((s) => s.questions), [template]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const cur = latest.current;
    if (!cur.dirty || !session.isOpen) return;
    // A refused answer is shown beside its question and not saved; the rest waits with it.
    const found = answerProblems(questions, cur.answers);
    setProblems(found);
    if (found.length > 0) return;
    cur.dirty = false;
    try {
      const at = now();
      cur.note = await saveAnswers(session, { ...cur.note, goals: cur.goals }, cur.answers, at);
      setSavedAt(at);
      setError(null);
    } catch (e) {
      cur.dirty = true; // keep it for the next try: nothing typed is dropped
      if (isStaleRevision(e)) setStale(true);
      else setError(errorMessage(e));
    }
  }, [session, questions]);

  // Locking with an answer that could not be saved is reported on the locked screen.
  useEffect(
    () =>
      controller.registerFlusher(async () => {
        await flush();
        if (latest.current.dirty) throw new AppError('ValidationFailed', { note: note.id });
      }),
    [controller, flush, note.id],
  );
  useEffect(() => () => void flush(), [flush]);

  /** Saving these answers over a copy saved meanwhile elsewhere, on purpose. */
  const keepMine = async () => {
    const rev = await currentRevision(session, endingNotesTable, note.id);
    latest.current = { ...latest.current, note: { ...latest.current.note, rev }, dirty: true };
    setStale(false);
    await flush();
  };

  const takeSaved = () => {
    latest.current = { ...latest.current, dirty: false };
    setStale(false);
    navigate(persons.get(note.personId) ? { name: 'person', id: note.personId } : { name: 'persons' });
  };

  const set = (qid: string, a: Answers[string]) => {
    const next = { ...latest.current.answers, [qid]: a };
    latest.current = { ...latest.current, answers: next, dirty: true };
    setAnswers(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const changeGoals = (next: P2GoalId[]) => {
    latest.current = { ...latest.current, goals: next, dirty: true };
    setGoals(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const answerError = (qid: string) => {
    const p = problems.find((x) => x.path === `answers.${qid}`);
    return p ? problemMessage(t, p) : undefined;
  };

  return (
    <div className="note-form">
      <p className="save-state" role="status">
        {t('notes.autosaved', { at: dates.instant(savedAt) })}
      </p>
      <ErrorBox message={error} />
      {stale ? <StaleNotice onKeepMine={() => void keepMine()} onTakeSaved={takeSaved} /> : null}
      <PrintButtons template={template} answers={answers} person={persons.get(note.personId)} filled />
      {template.sections.map((s, i) => (
        <fieldset key={s.id}>
          <legend>
            {i + 1}.{' '}
            <span lang={template.language}>
              <RubyText text={s.title} />
            </span>
          </legend>
          {s.guidance ? (
            <p className="help" lang={template.language}>
              <RubyText text={s.guidance} />
            </p>
          ) : null}
          {s.questions.map((q) => (
            <AnswerInput
              key={q.id}
              question={q}
              lang={template.language}
              value={answers[q.id]}
              onChange={(a) => set(q.id, a)}
              error={answerError(q.id)}
            />
          ))}
        </fieldset>
      ))}
      <GoalsField legend={t('notes.goals')} help={t('notes.goalsHelp')} value={goals} onChange={changeGoals} />
    </div>
  );
}
