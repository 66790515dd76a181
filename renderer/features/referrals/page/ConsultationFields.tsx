// The first part of 相談の内容: when and how the consultation came, what was noticed, how urgent.
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, DateField, SelectField, TextField } from '../../../ui/fields';
import { CONSULTATION_ROUTES, DECLINE_SIGNS, URGENCIES } from '../../../../shared/referrals/referral';
import type { ReferralFields } from '../referralForm';
import { RadioGroup, type ProblemLookup } from '../controls';
import { useTerm } from '../../../i18n/terms';

export interface FieldsProps {
  value: ReferralFields;
  set(patch: Partial<ReferralFields>): void;
  lookup: ProblemLookup;
}

export function ConsultationFields({ value: v, set, lookup }: FieldsProps) {
  const { t } = useTranslation();
  const term = useTerm();
  const routeOptions = [
    { value: '' as const, label: t('referrals.fields.notChosen') },
    ...CONSULTATION_ROUTES.map((r) => ({ value: r, label: term(r) })),
  ];
  return (
    <fieldset>
      <legend>
        {t('referrals.fields.consultedOn')}
        {t('punct.dot')}
        {t('referrals.fields.route')}
      </legend>
      <div className="ref-grid">
        <DateField
          label={t('referrals.fields.consultedOn')}
          value={v.consultedOn}
          onChange={(consultedOn) => set({ consultedOn })}
          required
          error={lookup.error('consultedOn')}
        />
        <SelectField
          label={t('referrals.fields.route')}
          value={v.route}
          options={routeOptions}
          onChange={(route) => set({ route })}
          error={lookup.error('route')}
        />
      </div>
      <TextField
        label={t('referrals.fields.routeNote')}
        value={v.routeNote}
        onChange={(routeNote) => set({ routeNote })}
        maxLength={300}
        error={lookup.error('routeNote')}
      />
      <CheckboxGroup
        legend={t('referrals.fields.declineSigns')}
        options={DECLINE_SIGNS}
        value={v.declineSigns}
        onChange={(declineSigns) => set({ declineSigns })}
      />
      <TextField
        label={t('referrals.fields.declineNote')}
        value={v.declineNote}
        onChange={(declineNote) => set({ declineNote })}
        multiline={3}
        maxLength={5000}
        error={lookup.error('declineNote')}
      />
      <RadioGroup
        legend={t('referrals.fields.urgency')}
        inline
        value={v.urgency}
        options={URGENCIES.map((u) => ({ value: u, label: t(`referrals.fields.urgencies.${u}`) }))}
        onChange={(urgency) => set({ urgency })}
        error={lookup.error('urgency')}
      />
    </fieldset>
  );
}
