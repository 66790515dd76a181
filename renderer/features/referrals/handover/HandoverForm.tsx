// Records a hand-over (つなぎ先): where, when, whom to contact, and either the person's consent
// (date, how) or the reason it was handed over without it, from the legal list, explained.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, ErrorBox, SelectField, TextField } from '../../../ui/fields';
import { CONSENT_METHODS, DESTINATIONS, OVERRIDE_REASONS } from '../../../../shared/referrals/referral';
import type { Referral } from '../referralRepo';
import { useAddToReferral } from '../page/useAddToReferral';
import { handoverFormProblems, handoverOf, type HandoverForm as HandoverFormValue } from '../referralForm';
import { problemLookup, RadioGroup } from '../controls';
import { useTerm } from '../../../i18n/terms';

export function HandoverForm(props: {
  referral: Referral;
  today: string;
  value: HandoverFormValue;
  onChange(v: HandoverFormValue): void;
  onAdded(saved: Referral): Promise<void>;
}) {
  const { t } = useTranslation();
  const term = useTerm();
  const { referral, value: v } = props;
  const { problems, error, busy, formRef, add } = useAddToReferral(
    () => handoverFormProblems(referral, v, props.today),
    props.onAdded,
    t('referrals.handovers.added'),
  );
  const lookup = problemLookup(t, problems);
  const set = (patch: Partial<HandoverFormValue>) => props.onChange({ ...v, ...patch });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const h = handoverOf(v);
    await add(h ? { ...referral, handovers: [...referral.handovers, h] } : null);
  };

  const toOptions = [
    { value: '' as const, label: t('referrals.fields.notChosen') },
    ...DESTINATIONS.map((d) => ({ value: d, label: term(d) })),
  ];
  return (
    <form ref={formRef} className="ref-subform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ref-handover-form-title">
      <h3 id="ref-handover-form-title">{t('referrals.handovers.addTitle')}</h3>
      <div className="ref-grid">
        <SelectField
          label={t('referrals.handovers.to')}
          value={v.to}
          options={toOptions}
          onChange={(to) => set({ to })}
          required
          error={lookup.error('to')}
        />
        <DateField
          label={t('referrals.handovers.date')}
          value={v.date}
          onChange={(date) => set({ date })}
          required
          error={lookup.error('date')}
        />
      </div>
      <TextField
        label={t('referrals.handovers.contact')}
        value={v.contact}
        onChange={(contact) => set({ contact })}
        maxLength={200}
        error={lookup.error('contact')}
      />
      <RadioGroup
        legend={t('referrals.handovers.consent')}
        value={v.consentKind}
        options={(['consent', 'override'] as const).map((k) => ({ value: k, label: t(`referrals.handovers.consentKinds.${k}`) }))}
        onChange={(consentKind) => set({ consentKind })}
        required
      />
      {v.consentKind === 'consent' ? (
        <div className="ref-grid">
          <DateField
            label={t('referrals.handovers.consentDate')}
            value={v.consentDate}
            onChange={(consentDate) => set({ consentDate })}
            required
            error={lookup.error('consent.date')}
          />
          <SelectField
            label={t('referrals.handovers.consentMethod')}
            value={v.consentMethod}
            options={CONSENT_METHODS.map((m) => ({ value: m, label: term(m) }))}
            onChange={(consentMethod) => set({ consentMethod })}
          />
          <TextField
            label={t('referrals.handovers.consentNote')}
            value={v.consentNote}
            onChange={(consentNote) => set({ consentNote })}
            maxLength={500}
            error={lookup.error('consent.note')}
          />
        </div>
      ) : (
        <div className="ref-override">
          <RadioGroup
            legend={t('referrals.handovers.overrideReason')}
            help={t('referrals.handovers.overrideHelp')}
            value={v.overrideReason}
            options={OVERRIDE_REASONS.map((r) => ({ value: r, label: term(r) }))}
            onChange={(overrideReason) => set({ overrideReason })}
            error={lookup.error('consent.reason')}
            required
          />
          <TextField
            label={t('referrals.handovers.overrideNote')}
            value={v.overrideNote}
            onChange={(overrideNote) => set({ overrideNote })}
            multiline={3}
            maxLength={1000}
            required
            error={lookup.error('consent.note')}
          />
        </div>
      )}
      <ErrorBox message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('referrals.handovers.add')}
        </button>
      </div>
    </form>
  );
}
