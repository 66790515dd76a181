// Quick entry of one contact-log entry. A routine visit: type 2–3 characters of the name, Enter
// picks the person (focus moves to the summary), Ctrl+Enter saves. Everything typed is autosaved,
// encrypted, as a draft (useDraft), so locking, a crash or leaving the screen loses nothing.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { navigate, routeHref, type Route } from '../../ui/router';
import { now } from '../../platform/clock';
import { errorMessage, problemMessage } from '../../i18n';
import { useDraft } from '../../records/useDraft';
import { DateField, ErrorBox, SelectField, TextField } from '../../ui/fields';
import { focusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { PersonPicker } from '../persons';
import { tokyoDate } from '../../../shared/text/dates';
import {
  emptyContact,
  keptWholeProblems,
  MAX_CONTACT_TEXT,
  splitContinuations,
  type ContactInput,
  type Problem,
} from '../../../shared/contactLog/contact';
import { ACTIVITY_CONTENTS, ACTIVITY_FIELDS, OTHER_ACTIVITIES, REFERRAL_DESTINATIONS } from '../../../shared/contactLog/activity';
import { saveContactWithContinuations, trashContact, type Contact } from './contactRepo';
import { draftKey, forSaving, isChanged, isSaveShortcut, nextSaveStep, toInput } from './contactForm';
import { FollowUpFields, KindChoice, SummaryField } from './ContactFormParts';
import { markSaved, rememberMonth } from './logState';
import { StaleSaveNotice, useStaleSave } from '../../ui/useStaleSave';
import { contactsTable } from '../../records/tables';
import { GoalsField } from '../../ui/GoalsField';
import { contactGoalPreset } from '../../../shared/domain/goals';
import { monthOf } from './contactLog';
import { useDates } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';

/**
 * Plain Enter in a one-line field never saves: in the person picker it picks a name (and pressed
 * before the list shows it must not save an entry without the person), elsewhere it is too easy to
 * press by accident. Saving is the button or Ctrl+Enter.
 */
function blockEnterSubmit(e: ReactKeyboardEvent<HTMLFormElement>) {
  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement) e.preventDefault();
}

const opts = <T extends string>(xs: readonly T[], empty: string, term: (w: string) => string) => [
  { value: '' as const, label: empty },
  ...xs.map((x) => ({ value: x, label: term(x) })),
];

export function ContactForm({
  existing,
  personId,
  back: backTo,
}: {
  existing?: Contact | undefined;
  personId?: string | undefined;
  /** Where saving (or leaving) goes when the form was opened from いま連絡が必要な人. */
  back?: 'reach' | undefined;
}) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, profile, persons, notify } = useOpenVault();
  const [today] = useState(() => tokyoDate(now()));
  const [initial] = useState<ContactInput>(() =>
    existing ? toInput(existing) : emptyContact(today, profile.id, profile.name, personId ?? ''),
  );
  const key = draftKey({ id: existing?.id, personId });
  const draft = useDraft<ContactInput>(key, initial, existing?.rev ?? 0);
  const stale = useStaleSave(contactsTable, existing?.id, draft.rebase);
  const [attempted, setAttempted] = useState(false);
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const saving = useRef(false);
  const focusNext = useRef<'summary' | 'picker' | 'problem' | null>(null);

  useEffect(() => {
    if (!draft.restored) return;
    void session.db.drafts.get(key).then((row) => setRestoredAt(row?.updatedAt ?? null));
  }, [draft.restored, session, key]);

  // Ctrl+Enter saves from anywhere on the screen (the person picker's own Enter comes first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isSaveShortcut(e)) return;
      e.preventDefault();
      formRef.current?.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const v = draft.value;
  // A summary kept whole past the limit (PasteGuard's 「全文を残す」) is checked and saved as
  // this entry plus continuation entries, all in one transaction.
  const parts = splitContinuations(v);
  const live = keptWholeProblems(v, today);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'summary') summaryRef.current?.focus();
    else if (target === 'picker') pickerRef.current?.querySelector<HTMLElement>('input[role="combobox"]')?.focus();
    else if (target === 'problem') focusFirstInvalid(formRef.current);
  });

  if (!draft.ready) return <p>{t('app.loading')}</p>;

  const set = (patch: Partial<ContactInput>) => draft.update({ ...v, ...patch });
  const shown: Problem[] = live.filter((p) => p.severity === 'warning' || attempted);
  const message = (path: string): string | undefined => {
    const p = shown.find((x) => x.path === path);
    return p ? problemMessage(t, p) : undefined;
  };
  const warnings = live.filter((p) => p.severity === 'warning');
  const step = nextSaveStep(live, acknowledged);
  const confirming = warnings.length > 0 && acknowledged !== null && step.kind === 'save';
  const presetPerson = personId && persons.get(personId);
  const back: Route = backTo === 'reach' ? { name: 'reach' } : presetPerson ? { name: 'person', id: personId } : { name: 'contacts' };

  const submit = async (baseRev = draft.baseRev) => {
    if (saving.current) return;
    setAttempted(true);
    if (step.kind === 'blocked') {
      setError(null);
      focusNext.current = 'problem';
      return;
    }
    if (step.kind === 'confirm') {
      setError(null);
      setAcknowledged(step.signature);
      return;
    }
    saving.current = true;
    setBusy(true);
    setError(null);
    try {
      const districtId = persons.get(v.personId)?.districtId ?? profile.districtId;
      stale.reset();
      // The first part as typed, the continuations as entries of their own: all of them, or none
      // (then the draft still holds the whole text and the error is shown).
      const [first = v, ...continuations] = parts;
      const saved = await saveContactWithContinuations(
        session,
        [forSaving(first), ...continuations],
        districtId,
        now(),
        existing && { ...existing, rev: baseRev },
      );
      await draft.clear();
      rememberMonth(monthOf(saved.date));
      // The log offers 続けて記録する for it (the person page has its own 記録する button).
      if (back.name === 'contacts') markSaved({ id: saved.id, date: saved.date, kind: saved.kind, personId: saved.personId });
      notify(existing ? t('contacts.saved') : t('contacts.created'));
      navigate(back);
    } catch (err) {
      // The draft still holds every character; nothing typed is lost.
      if (!stale.caught(err)) setError(errorMessage(err));
      saving.current = false;
      setBusy(false);
    }
  };

  const takeSaved = async () => {
    await draft.clear();
    navigate({ name: 'contacts' });
  };

  const leave = async () => {
    if (isChanged(v, initial) && !window.confirm(t('contacts.discardConfirm'))) return;
    await draft.clear();
    navigate(back);
  };

  const trash = async () => {
    if (!existing || !window.confirm(t('contacts.trashConfirm'))) return;
    try {
      await trashContact(session, existing, now());
      await draft.clear();
      notify(t('contacts.trashed'));
      navigate({ name: 'contacts' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const warningList = warnings.map((w) => problemMessage(t, w)).join(' ');
  return (
    <form
      ref={formRef}
      className="contact-form"
      noValidate
      aria-labelledby="contact-form-title"
      onKeyDown={blockEnterSubmit}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="back-link">
        <a href={routeHref(back)}>
          ← {back.name === 'reach' ? t('contacts.backToReach') : presetPerson ? presetPerson.name : t('contacts.backToLog')}
        </a>
      </p>
      <h1 id="contact-form-title">{existing ? t('contacts.editTitle', { date: dates.day(existing.date) }) : t('contacts.newTitle')}</h1>
      <p className="help lead">{t('contacts.autosave')}</p>
      {draft.restored ? (
        <p className="notice" role="status">
          {t('contacts.draftRestored', { at: restoredAt ? dates.instant(restoredAt) : '—' })}
        </p>
      ) : null}
      <div className="cf-main">
        <div ref={pickerRef}>
          <PersonPicker
            label={t('contacts.person')}
            value={v.personId}
            help={t('contacts.personHelp')}
            autoFocus={!existing && !v.personId}
            error={message('personId')}
            onChange={(id) => {
              focusNext.current = id ? 'summary' : 'picker';
              set({ personId: id });
            }}
          />
        </div>
        <div className="cf-row">
          <DateField label={t('contacts.date')} value={v.date} required onChange={(date) => set({ date })} error={message('date')} />
          <KindChoice value={v.kind} onChange={(kind) => set({ kind })} />
        </div>
        <SummaryField
          value={v.summary}
          onChange={(summary) => set({ summary })}
          error={message('summary')}
          textareaRef={summaryRef}
          autoFocus={!existing && !!v.personId}
        />
        <TextField
          label={t('contacts.insight')}
          value={v.insight}
          multiline={3}
          maxLength={MAX_CONTACT_TEXT}
          onChange={(insight) => set({ insight })}
          error={message('insight')}
        />
      </div>
      <fieldset>
        <legend>{t('contacts.classification')}</legend>
        <p className="help">{t('contacts.classificationHelp')}</p>
        <div className="grid">
          <SelectField
            label={t('contacts.field')}
            value={v.field}
            options={opts(ACTIVITY_FIELDS, t('contacts.notSelected'), term)}
            onChange={(field) => set({ field })}
            error={message('field')}
          />
          <SelectField
            label={t('contacts.content')}
            value={v.content}
            options={opts(ACTIVITY_CONTENTS, t('contacts.notSelected'), term)}
            onChange={(content) => set({ content })}
            error={message('content')}
          />
          <SelectField
            label={t('contacts.otherActivity')}
            value={v.otherActivity}
            options={opts(OTHER_ACTIVITIES, t('contacts.notSelected'), term)}
            onChange={(otherActivity) => set({ otherActivity })}
          />
        </div>
      </fieldset>
      <FollowUpFields
        value={v.followUp}
        onChange={(followUp) => set({ followUp })}
        dueMessage={message('followUp.due')}
        taskMessage={message('followUp.task')}
        dueIsWarning={live.some((p) => p.path === 'followUp.due' && p.severity === 'warning')}
      />
      <fieldset>
        <legend>{t('contacts.referral')}</legend>
        <div className="grid">
          <SelectField
            label={t('contacts.referredTo')}
            value={v.referredTo}
            options={opts(REFERRAL_DESTINATIONS, t('contacts.notSelected'), term)}
            onChange={(referredTo) => set({ referredTo })}
          />
          <TextField
            label={t('contacts.referredNote')}
            value={v.referredNote}
            maxLength={300}
            onChange={(referredNote) => set({ referredNote })}
            error={message('referredNote')}
          />
        </div>
      </fieldset>
      <GoalsField
        legend={t('contacts.goals')}
        help={t(v.goals ? 'contacts.goalsHelpEdited' : 'contacts.goalsHelp')}
        value={v.goals ?? contactGoalPreset(v)}
        onChange={(goals) => set({ goals })}
      />
      <div className="cf-actions">
        <ErrorBox message={error ?? (attempted && step.kind === 'blocked' ? t('contacts.fixErrors') : null)} />
        <StaleSaveNotice guard={stale} busy={busy} save={submit} takeSaved={takeSaved} />
        {confirming ? (
          <p className="warning-box" role="alert">
            {t('contacts.confirmWarnings', { list: warningList })}
          </p>
        ) : null}
        <div className="cf-buttons">
          <button type="submit" className="primary big save" disabled={busy} aria-keyshortcuts="Control+Enter">
            {busy ? t('contacts.saving') : confirming ? t('contacts.saveAnyway') : t('contacts.save')}
          </button>
          <button type="button" onClick={() => void leave()}>
            {draft.restored ? t('contacts.discardDraft') : t('contacts.cancel')}
          </button>
          <span className="help shortcut">{t('contacts.shortcut')}</span>
          {existing ? (
            <button type="button" className="danger trash" onClick={() => void trash()}>
              {t('contacts.trash')}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
