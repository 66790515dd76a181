// 相談の内容: every field of the referral in one form. Errors appear beside their fields and block
// saving; warnings appear too and need a second press (「このまま保存する」). The input lives in the
// page's encrypted draft, so a refused save, a lock or a crash loses nothing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { useRecheckedProblems } from '../../../ui/useRecheckedProblems';
import { referralProblems } from '../../../../shared/referrals/referral';
import { saveReferral, type Referral } from '../referralRepo';
import { errorsOf, fieldsOf, inputOf, stableJson, warningKey, warningsOf, type ReferralFields } from '../referralForm';
import { problemLookup } from '../controls';
import { problemMessage } from '../../../i18n';
import { ConsultationFields } from './ConsultationFields';
import { RelativesEditor } from './RelativesEditor';
import { AssessmentFields } from './AssessmentFields';
import { StaleSaveNotice, useStaleSave } from '../../../ui/useStaleSave';
import { currentRevision } from '../../../records/write';
import { referralsTable } from '../../../records/tables';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';

export function ReferralFieldsForm(props: {
  referral: Referral;
  today: string;
  value: ReferralFields;
  onChange(v: ReferralFields): void;
  onSaved(saved: Referral): Promise<void>;
  /** The revision the typed fields started from (another window's save since is a StaleRevision). */
  baseRev: number;
  onRebase(rev: number): void;
}) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, notify } = useOpenVault();
  const { referral, value: v } = props;
  // Checked again on every change once a save was refused or warned: a fixed field's mark goes at once.
  const { problems, formRef, refuse, show, settle } = useRecheckedProblems(
    () => referralProblems(inputOf({ ...referral, ...v }), props.today),
    { blocks: (found) => errorsOf(found).length > 0 },
  );
  const [confirmed, setConfirmed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stale = useStaleSave(referralsTable, referral.id, props.onRebase);

  const dirty = stableJson(v) !== stableJson(fieldsOf(referral));
  const set = (patch: Partial<ReferralFields>) => props.onChange({ ...v, ...patch });
  const lookup = problemLookup(t, problems);
  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  const awaitingConfirm = errors.length === 0 && warnings.length > 0 && confirmed === warningKey(problems);
  // Hand-over dates are checked against the consultation date: shown here, since they have no field on this form.
  const handoverProblems = problems.filter((p) => p.path.startsWith('handovers.'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(props.baseRev);
  };

  const save = async (baseRev: number) => {
    const candidate: Referral = { ...referral, ...v, rev: baseRev };
    const found = referralProblems(inputOf(candidate), props.today);
    setError(null);
    if (refuse()) return;
    if (warningsOf(found).length > 0 && warningKey(found) !== confirmed) {
      setConfirmed(warningKey(found));
      show();
      return;
    }
    setBusy(true);
    stale.reset();
    try {
      const saved = await saveReferral(session, candidate, now());
      settle();
      setConfirmed('');
      await props.onSaved(saved);
      notify(t('referrals.fields.saved'));
    } catch (err) {
      if (!stale.caught(err)) setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  /** Dropping the typed fields: the page shows what is saved (it follows the database). */
  const takeSaved = async () => {
    const rev = await currentRevision(session, referralsTable, referral.id);
    props.onRebase(rev);
    props.onChange(fieldsOf(referral));
  };

  const discard = () => {
    if (!window.confirm(t('referrals.fields.discardConfirm'))) return;
    settle();
    setConfirmed('');
    props.onChange(fieldsOf(referral));
  };

  return (
    <form ref={formRef} className="ref-fields" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ref-fields-title">
      <h2 id="ref-fields-title">{t('referrals.fields.title')}</h2>
      <ConsultationFields value={v} set={set} lookup={lookup} />
      <RelativesEditor value={v} set={set} lookup={lookup} />
      <AssessmentFields value={v} set={set} lookup={lookup} />
      <div className="ref-save-bar">
        {errors.length > 0 ? <ErrorBox message={t('referrals.fields.fixErrors')} /> : null}
        {handoverProblems.length > 0 ? (
          <ul className="ref-problem-list">
            {handoverProblems.map((p) => {
              const n = Number(p.path.split('.')[1]);
              const h = referral.handovers[n];
              return (
                <li key={p.path + p.code}>
                  {t('referrals.problems.handover', {
                    n: n + 1,
                    to: h ? `${dates.short(h.date)} ${term(h.to)}` : '',
                    message: problemMessage(t, p),
                  })}
                </li>
              );
            })}
          </ul>
        ) : null}
        {awaitingConfirm ? (
          <div className="ref-warning" role="alert">
            {t('referrals.fields.confirmWarnings')}
            <ul>
              {warnings.map((w) => (
                <li key={w.path + w.code}>{problemMessage(t, w)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <ErrorBox message={error} />
        <StaleSaveNotice guard={stale} busy={busy} save={save} takeSaved={takeSaved} />
        <p className="ref-save-state" role="status">
          {dirty ? t('referrals.fields.unsaved') : t('referrals.fields.allSaved')}
        </p>
        <div className="row">
          <button type="submit" className="primary big" disabled={busy}>
            {busy ? t('referrals.fields.saving') : awaitingConfirm ? t('referrals.fields.saveAnyway') : t('referrals.fields.save')}
          </button>
          {dirty ? (
            <button type="button" onClick={discard}>
              {t('referrals.fields.discard')}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
