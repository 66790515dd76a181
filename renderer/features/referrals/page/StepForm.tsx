// Records the next step (any step may be chosen; the rules of planStep decide), with its date and
// a note. A refusal is shown in words beside the form, and nothing typed is cleared by it.
import { useState, type FormEvent } from 'react';
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
  statusLabel,
  type ReferralStatus,
  type StepProblem,
} from '../../../../shared/referrals/status';
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
  const [refusal, setRefusal] = useState<StepProblem | null>(null);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsNote = stepNeedsNote(referral.history, v.to);
  const ended = !isOpen(currentStatus(referral.history));
  const set = (patch: Partial<StepFormValue>) => {
    setRefusal(null);
    setNoteError(undefined);
    props.onChange({ ...v, ...patch });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const noteProblem = textProblem(v.note, 'text');
    if (noteProblem) return setNoteError(problemMessage(t, noteProblem));
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      const saved = await addStep(session, referral.id, { to: v.to, date: v.date, by: profile.name, note: v.note }, props.today, now());
      await props.onRecorded(saved);
      notify(t('referrals.status.recorded', { step: term(statusLabel(v.to)) }));
    } catch (err) {
      if (err instanceof StepRefused) setRefusal(err.problem);
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
      <ErrorBox message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('referrals.status.record')}
        </button>
      </div>
    </form>
  );
}
