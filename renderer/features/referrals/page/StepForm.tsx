// Records the next step (any step may be chosen; the rules of planStep decide), with its date and
// a note. A refusal is shown in words beside the form, and nothing typed is cleared by it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { errorMessage, problemMessage } from '../../../i18n';
import { textProblem } from '../../../../shared/text/safeText';
import { DateField, SelectField, TextField, ErrorBox } from '../../../ui/fields';
import {
  END_STEPS,
  MAIN_STEPS,
  currentStatus,
  isOpen,
  planStep,
  statusLabel,
  type ReferralStatus,
  type StepProblem,
} from '../../../../shared/referrals/status';
import { hojoConsentMissing } from '../../../../shared/referrals/referral';
import { addStep, StepRefused, type Referral } from '../referralRepo';
import { stepNeedsNote, type StepForm as StepFormValue } from '../referralForm';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';

const STEPS = [...MAIN_STEPS, ...END_STEPS];

export function StepForm(props: {
  referral: Referral;
  today: string;
  value: StepFormValue;
  onChange(v: StepFormValue): void;
  consentTyped: boolean;
  onRecorded(saved: Referral): Promise<void>;
}) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, profile, notify } = useOpenVault();
  const { referral, value: v } = props;
  // After a refused attempt the same rules run again on every change: a refusal goes as soon as
  // the choice, date or note no longer earns it (and stays while it still does).
  const [tried, setTried] = useState(false);
  /** A refusal addStep itself made (the saved history had moved on): shown until the next change. */
  const [refusedOnSave, setRefusedOnSave] = useState<StepProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A forward move that passes over steps, waiting for 「飛ばして記録する」: the steps it skips. */
  const [askSkip, setAskSkip] = useState<readonly ReferralStatus[] | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (askSkip) confirmRef.current?.focus();
  }, [askSkip]);
  const needsNote = stepNeedsNote(referral.history, v.to);
  const ended = !isOpen(currentStatus(referral.history));
  const request = { to: v.to, date: v.date, by: profile.name, note: v.note };
  const noteProblem = textProblem(v.note, 'text');
  // The same rules addStep applies, first: a move it would refuse is refused before any question.
  const plan = planStep(referral.history, request, props.today, { hojoConsentMissing: hojoConsentMissing(referral) });
  const noteError = tried && noteProblem ? problemMessage(t, noteProblem) : undefined;
  const refusal = tried && !noteProblem && !plan.ok ? plan.problem : refusedOnSave;
  const set = (patch: Partial<StepFormValue>) => {
    setRefusedOnSave(null);
    setAskSkip(null);
    props.onChange({ ...v, ...patch });
  };

  const submit = async (e: FormEvent | null, skipConfirmed = false) => {
    e?.preventDefault();
    setRefusedOnSave(null);
    if (noteProblem || !plan.ok) return setTried(true);
    if (plan.entry.skipped.length > 0 && !skipConfirmed) return setAskSkip(plan.entry.skipped);
    setAskSkip(null);
    setBusy(true);
    setError(null);
    try {
      const saved = await addStep(session, referral.id, request, props.today, now());
      setTried(false);
      await props.onRecorded(saved);
      notify(t('referrals.status.recorded', { step: term(statusLabel(v.to)) }));
    } catch (err) {
      if (err instanceof StepRefused) setRefusedOnSave(err.problem);
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const lastDate = referral.history.at(-1)?.date ?? '';
  const refusalText = refusal ? t(`referrals.status.refused.${refusal}`, { date: dates.short(lastDate) }) : '';
  const consentHint = refusal === 'consentForHojo' && props.consentTyped ? t('referrals.status.consentUnsaved') : '';

  return (
    <form className="ref-subform ref-step-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ref-step-form-title">
      <h3 id="ref-step-form-title">{t('referrals.status.addTitle')}</h3>
      {ended ? <p className="help">{t('referrals.status.endedHelp')}</p> : null}
      <div className="ref-grid">
        <SelectField<ReferralStatus>
          label={t('referrals.status.to')}
          value={v.to}
          options={STEPS.map((s) => ({ value: s.id as ReferralStatus, label: term(s.label) }))}
          onChange={(to) => set({ to })}
        />
        <DateField label={t('referrals.status.date')} value={v.date} onChange={(date) => set({ date })} required />
      </div>
      <TextField
        label={t('referrals.status.note')}
        value={v.note}
        onChange={(note) => set({ note })}
        multiline={3}
        maxLength={5000}
        required={needsNote}
        error={noteError}
        help={needsNote ? t('referrals.status.noteRequired') : t('referrals.status.noteOptional')}
      />
      {refusal ? (
        <div className="error-box" role="alert" data-testid="step-refused">
          {refusalText}
          {consentHint ? <p className="ref-hint">{consentHint}</p> : null}
        </div>
      ) : null}
      {askSkip ? (
        <div className="warning-box ref-skip-confirm" role="alert" data-testid="step-skip-confirm">
          <p>
            {t('referrals.status.skipConfirm', {
              from: term(statusLabel(currentStatus(referral.history))),
              to: term(statusLabel(v.to)),
              n: askSkip.length,
            })}
          </p>
          <ul aria-label={t('referrals.status.skipListLabel')}>
            {askSkip.map((s) => (
              <li key={s}>{term(statusLabel(s))}</li>
            ))}
          </ul>
          <p>{t('referrals.status.skipConfirmHelp')}</p>
          <div className="row">
            <button ref={confirmRef} type="button" className="primary" disabled={busy} onClick={() => void submit(null, true)}>
              {t('referrals.status.skipConfirmYes')}
            </button>
            <button type="button" onClick={() => setAskSkip(null)}>
              {t('referrals.status.skipConfirmNo')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorBox message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('referrals.status.record')}
        </button>
      </div>
    </form>
  );
}
