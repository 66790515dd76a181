// The referral's progress: where it is, how long it has been there against its limit (停滞 when
// past it), the row of main steps, the dated history, and the form that records the next step.
import { useTranslation } from 'react-i18next';
import { checkStall, isOpen, statusLabel, type ReferralStatus } from '../../../../shared/referrals/status';
import { historyLines, stepperStates } from '../referralView';
import { StepForm } from './StepForm';
import type { StepForm as StepFormValue } from '../referralForm';
import type { Referral } from '../referralRepo';
import { useDates } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';
import { UserText } from '../../../ui/UserText';

export function StatusPanel(props: {
  referral: Referral;
  limits: Record<ReferralStatus, number>;
  today: string;
  step: StepFormValue;
  onStepChange(v: StepFormValue): void;
  /** Whether the consent a 補助 petition needs is there in the (maybe unsaved) fields. */
  consentTyped: boolean;
  onRecorded(saved: Referral): Promise<void>;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { referral, limits, today } = props;
  const stall = checkStall(referral.history, today, limits);
  const last = referral.history.at(-1);
  const open = isOpen(stall.status);
  const step = term(statusLabel(stall.status));

  return (
    <section className="ref-status card" aria-labelledby="ref-status-title">
      <h2 id="ref-status-title">{t('referrals.status.title')}</h2>
      <div className="ref-now">
        <p className="ref-current">
          {t('referrals.status.current', { step })}
          {stall.stalled ? <span className="badge ref-stalled">{t('referrals.stalled')}</span> : null}
        </p>
        {last ? (
          <p className="ref-days">
            {!open
              ? t('referrals.status.endedOn', { date: dates.short(last.date) })
              : t(stall.daysInStatus === 0 ? 'referrals.status.sinceToday' : 'referrals.status.sinceDays', {
                  date: dates.short(last.date),
                  days: stall.daysInStatus,
                  limit: stall.limit,
                })}
          </p>
        ) : null}
      </div>
      {stall.stalled ? (
        <p className="ref-alarm" data-testid="stall-alarm">
          {t('referrals.status.stalledAlarm', { step, days: stall.daysInStatus, limit: stall.limit })}
        </p>
      ) : null}

      <h3 id="ref-steps-title">{t('referrals.status.steps')}</h3>
      <ol className="ref-stepper" aria-labelledby="ref-steps-title">
        {stepperStates(referral.history).map((s) => (
          <li key={s.id} className={`ref-step ${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
            <span className="ref-step-label">{term(s.label)}</span>
            <span className="ref-step-state">{t(`referrals.status.stepStates.${s.state}`)}</span>
          </li>
        ))}
      </ol>

      <h3 id="ref-history-title">{t('referrals.status.history')}</h3>
      <ol className="ref-history" aria-labelledby="ref-history-title">
        {historyLines(referral.history).map((l) => (
          <li key={l.index} className={`ref-history-item${l.correction ? ' correction' : ''}${l.ended ? ' ended' : ''}`}>
            <span className="when">{dates.short(l.date)}</span>
            <span className="what">
              <strong>{term(l.step)}</strong>
              {l.skippedSteps.length > 0 ? (
                <span className="ref-skipped">
                  {t('referrals.status.skipped', { steps: l.skippedSteps.map(term).join(t('punct.dot')) })}
                </span>
              ) : null}
              {l.correction ? <span className="badge ref-correction">{t('referrals.status.correction')}</span> : null}
            </span>
            <span className="who">
              {l.by ? (
                <>
                  {t('referrals.status.by', { by: '' })}
                  <UserText>{l.by}</UserText>
                </>
              ) : (
                ''
              )}
            </span>
            {l.note ? (
              <p className="ref-note" data-user="">
                {l.note}
              </p>
            ) : null}
          </li>
        ))}
      </ol>

      <StepForm
        referral={referral}
        today={today}
        value={props.step}
        onChange={props.onStepChange}
        consentTyped={props.consentTyped}
        onRecorded={props.onRecorded}
      />
    </section>
  );
}
