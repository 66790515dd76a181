// The meeting form: sections in the order a meeting runs, one draft for all of it, problems
// beside their fields (errors block; warnings need a second click), and one save for the
// minutes and their 役割分担.
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { navigate } from '../../../ui/router';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { firstInvalidField } from '../../../ui/useFocusFirstInvalid';
import { meetingType, type MeetingInput } from '../../../../shared/meetings/meeting';
import type { DirectoryEntryInput } from '../../../../shared/meetings/attendee';
import { tokyoDate } from '../../../../shared/text/dates';
import { saveMeeting, trashMeeting, type Meeting } from '../meetingRepo';
import { listDirectory, saveDirectoryEntry, type DirectoryEntry } from '../directoryRepo';
import type { ActionItem } from '../../actions';
import { errorsOf, formProblems, toSave, warningKey, warningsOf, type MeetingFormState } from '../formState';
import { useMeetingDraft } from './useMeetingDraft';
import { meetingProblemMessage as problemMessage, problemPlace } from './problemText';
import { usePreviousMeeting, PreviousActions } from './PreviousActions';
import { BasicsSection } from './BasicsSection';
import { AttendeesSection } from './AttendeesSection';
import { CasesSection } from './CasesSection';
import { IssuesSection } from './IssuesSection';
import { DiscussionSection, FollowUpSection } from './TextSections';
import { ActionRowsSection } from './ActionRowsSection';
import { GoalsSection } from './GoalsSection';
import { MinutesPrint } from './MinutesPrint';
import { StaleSaveNotice, useStaleSave } from '../../../ui/useStaleSave';
import { meetingsTable } from '../../../records/tables';
import type { DraftKey } from '../../../records/draftKeys';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';

/**
 * Enter in a one-line field does not save the whole minutes: in a long form typed during a
 * meeting that is nearly always a slip (or the end of an IME conversion). The save button saves.
 */
function stopEnterSubmit(e: KeyboardEvent<HTMLFormElement>) {
  const target = e.target as HTMLElement;
  if (e.key === 'Enter' && !e.nativeEvent.isComposing && target instanceof HTMLInputElement && target.type !== 'checkbox')
    e.preventDefault();
}

export function MeetingEditor({
  draftKey,
  initial,
  existing,
  savedActions,
  onSaved,
}: {
  draftKey: DraftKey;
  initial: MeetingFormState;
  existing?: Meeting | undefined;
  savedActions: readonly ActionItem[];
  onSaved(saved: Meeting): void;
}) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, notify } = useOpenVault();
  const draft = useMeetingDraft(draftKey, initial, existing?.rev ?? 0);
  const stale = useStaleSave(meetingsTable, existing?.id, draft.rebase);
  const [directory, setDirectory] = useState<DirectoryEntry[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [confirmedWarnings, setConfirmedWarnings] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const today = tokyoDate(now());
  const v = draft.value;
  const isNew = existing === undefined;
  const { previous, replace: replacePrevious } = usePreviousMeeting(isNew && draft.ready, v.meeting);
  const doneDates = useMemo(() => new Map(savedActions.filter((a) => a.status === 'done').map((a) => [a.id, a.doneDate])), [savedActions]);

  useEffect(() => {
    listDirectory(session)
      .then(setDirectory)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [session]);

  // After a refused save, take the user to the first field with a problem (or to the summary).
  useEffect(() => {
    if (focusTick === 0) return;
    (firstInvalidField(formRef.current) ?? summaryRef.current)?.focus();
  }, [focusTick]);

  if (!draft.ready) return <p>{t('app.loading')}</p>;

  const problems = submitted ? formProblems(v, today) : [];
  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  const confirming = errors.length === 0 && warnings.length > 0 && confirmedWarnings === warningKey(problems);
  // While something blocks the save, only that is marked on the fields; then the warnings.
  const problem = (path: string) => {
    const p = (errors.length > 0 ? errors : problems).find((x) => x.path === path);
    if (!p) return undefined;
    return p.severity === 'warning' ? `${t('meetings.form.warningPrefix')}${problemMessage(t, p)}` : problemMessage(t, p);
  };
  const set = (next: MeetingFormState) => draft.set(next);
  const patch = (p: Partial<MeetingInput>) => set({ ...v, meeting: { ...v.meeting, ...p } });
  const sectionProps = { m: v.meeting, patch, problem };
  const typeLabel = term(meetingType(v.meeting.type).label);

  const addToDirectory = async (e: DirectoryEntryInput) => {
    const saved = await saveDirectoryEntry(session, e, now());
    setDirectory(await listDirectory(session));
    return saved;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    const found = formProblems(v, today);
    if (errorsOf(found).length > 0) {
      setFocusTick((n) => n + 1);
      return;
    }
    const key = warningKey(found);
    if (key !== '' && key !== confirmedWarnings) {
      // First click: show the warnings; the second click on the same warnings saves.
      setConfirmedWarnings(key);
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    await save(draft.baseRev);
  };

  const save = async (baseRev: number) => {
    setBusy(true);
    stale.reset();
    try {
      const { input, drafts } = toSave(v);
      const saved = await saveMeeting(session, input, drafts, now(), existing && { ...existing, rev: baseRev });
      await draft.clear();
      notify(isNew ? t('meetings.form.created') : t('meetings.form.saved'));
      onSaved(saved);
    } catch (err) {
      // The draft still holds everything typed.
      if (!stale.caught(err)) setError(errorMessage(err));
      setBusy(false);
    }
  };

  const takeSaved = async () => {
    await draft.clear();
    navigate({ name: 'meetings' });
  };

  const leave = async () => {
    const changed = JSON.stringify(v) !== JSON.stringify(initial);
    if ((changed || draft.restored) && !window.confirm(t('meetings.form.discardConfirm'))) return;
    await draft.clear();
    navigate({ name: 'meetings' });
  };

  const trash = async () => {
    if (!existing || !window.confirm(t('meetings.form.trashConfirm'))) return;
    try {
      await trashMeeting(session, existing, now());
      await draft.clear();
      notify(t('meetings.form.trashed'));
      navigate({ name: 'meetings' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="meeting-form-page">
      <a href="#/meetings" className="back-link">
        {t('meetings.form.back')}
      </a>
      <h1 id="meeting-form-title">
        {existing
          ? t('meetings.form.editTitle', { type: term(meetingType(existing.type).label), n: existing.number })
          : t('meetings.form.newTitle', { type: typeLabel })}
        {existing ? <span className="sub">{t('meetings.form.editSub', { date: dates.date(existing.date) })}</span> : null}
      </h1>
      {draft.restored ? (
        <p className="notice" role="status">
          {t('meetings.form.draftRestored')}
        </p>
      ) : null}
      {isNew && previous ? <PreviousActions previous={previous} today={today} onChanged={replacePrevious} /> : null}
      {existing ? <MinutesPrint meeting={existing} actions={savedActions} unsaved={JSON.stringify(v) !== JSON.stringify(initial)} /> : null}
      <form
        ref={formRef}
        className="meeting-form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={stopEnterSubmit}
        noValidate
        aria-labelledby="meeting-form-title"
      >
        <BasicsSection
          {...sectionProps}
          replace={(meeting) => set({ ...v, meeting })}
          previous={previous === undefined ? undefined : (previous?.meeting ?? null)}
          isNew={isNew}
        />
        <AttendeesSection {...sectionProps} directory={directory} addToDirectory={addToDirectory} />
        {v.meeting.type !== 'area' || v.meeting.cases.length > 0 ? <CasesSection {...sectionProps} /> : null}
        <IssuesSection {...sectionProps} />
        <DiscussionSection {...sectionProps} />
        <ActionRowsSection
          rows={v.actions}
          onChange={(actions) => set({ ...v, actions })}
          attendees={v.meeting.attendees}
          cases={v.meeting.cases}
          doneDates={doneDates}
          problem={problem}
        />
        <FollowUpSection {...sectionProps} />
        <GoalsSection {...sectionProps} />
        {errors.length > 0 ? (
          <div className="error-box problem-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p>{t('meetings.form.errorsTitle')}</p>
            <ul>
              {errors.map((p) => (
                <li key={`${p.path}:${p.code}`}>
                  {problemPlace(t, p.path)}
                  {t('punct.colon')}
                  {problemMessage(t, p)}
                </li>
              ))}
            </ul>
          </div>
        ) : confirming ? (
          <div className="warning-box problem-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p>{t('meetings.form.warningsTitle')}</p>
            <ul>
              {warnings.map((p) => (
                <li key={`${p.path}:${p.code}`}>
                  {problemPlace(t, p.path)}
                  {t('punct.colon')}
                  {problemMessage(t, p)}
                </li>
              ))}
            </ul>
            <p>{t('meetings.form.warningsHelp')}</p>
          </div>
        ) : null}
        <ErrorBox message={error} />
        <StaleSaveNotice guard={stale} busy={busy} save={save} takeSaved={takeSaved} />
        <div className="form-bar">
          <button type="submit" className="primary big" disabled={busy}>
            {busy ? t('meetings.form.saving') : confirming ? t('meetings.form.saveAnyway') : t('meetings.form.save')}
          </button>
          <button type="button" onClick={() => void leave()}>
            {draft.restored ? t('meetings.form.discardDraft') : t('meetings.form.cancel')}
          </button>
        </div>
      </form>
      {existing ? (
        <div className="after-form">
          <button type="button" className="danger" onClick={() => void trash()}>
            {t('meetings.form.trash')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
