// The second part of 相談の内容: suspected abuse, the expected type and the candidate petitioner
// (each choice explained in a line), 日常生活自立支援事業, what the person was told and wants, and
// the person's consent to a 補助 petition made by someone else.
import { GoalsField } from '../../../ui/GoalsField';
import { REFERRAL_GOAL_PRESET } from '../../../../shared/domain/goals';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, DateField, SelectField, TextField } from '../../../ui/fields';
import { ABUSE_KINDS, CONSENT_METHODS, GUARDIANSHIP_TYPES, PETITIONERS } from '../../../../shared/referrals/referral';
import { CheckField, RadioGroup } from '../controls';
import type { FieldsProps } from './ConsultationFields';
import { useTerm } from '../../../i18n/terms';

export function AssessmentFields({ value: v, set, lookup }: FieldsProps) {
  const { t } = useTranslation();
  const term = useTerm();
  const hojoByOther = v.expectedType === '補助' && v.petitioner !== '本人' && v.petitioner !== '未定';
  return (
    <>
      <fieldset>
        <legend>{t('referrals.fields.abuse')}</legend>
        <CheckField
          label={t('referrals.fields.abuseSuspected')}
          checked={v.abuse.suspected}
          onChange={(suspected) => set({ abuse: { ...v.abuse, suspected } })}
        />
        {v.abuse.suspected ? (
          <>
            <CheckboxGroup
              legend={t('referrals.fields.abuseKinds')}
              options={ABUSE_KINDS}
              value={v.abuse.kinds}
              onChange={(kinds) => set({ abuse: { ...v.abuse, kinds } })}
            />
            {lookup.error('abuse.kinds') ? (
              <p className="error" role="alert">
                {lookup.error('abuse.kinds')}
              </p>
            ) : null}
            <TextField
              label={t('referrals.fields.abuseNote')}
              value={v.abuse.note}
              onChange={(note) => set({ abuse: { ...v.abuse, note } })}
              multiline={3}
              maxLength={5000}
              error={lookup.error('abuse.note')}
            />
          </>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>
          {t('referrals.fields.expectedType')}
          {t('punct.dot')}
          {t('referrals.fields.petitioner')}
        </legend>
        <RadioGroup
          legend={t('referrals.fields.expectedType')}
          value={v.expectedType}
          options={GUARDIANSHIP_TYPES.map((x) => ({ value: x, label: term(x), help: t(`referrals.fields.types.${x}`) }))}
          onChange={(expectedType) => set({ expectedType })}
          error={lookup.error('expectedType')}
        />
        <RadioGroup
          legend={t('referrals.fields.petitioner')}
          value={v.petitioner}
          options={PETITIONERS.map((x) => ({ value: x, label: term(x), help: t(`referrals.fields.petitioners.${x}`) || undefined }))}
          onChange={(petitioner) => set({ petitioner })}
          error={lookup.error('petitioner')}
          warning={lookup.warning('petitioner')}
        />
      </fieldset>

      <fieldset className={hojoByOther && !v.petitionConsent.given ? 'ref-attention' : undefined}>
        <legend>{t('referrals.fields.petitionConsent')}</legend>
        <p className="help">{t('referrals.fields.petitionConsentHelp')}</p>
        <CheckField
          label={t('referrals.fields.petitionConsentGiven')}
          checked={v.petitionConsent.given}
          onChange={(given) => set({ petitionConsent: { ...v.petitionConsent, given } })}
          error={lookup.error('petitionConsent.given')}
          warning={lookup.warning('petitionConsent.given')}
        />
        {v.petitionConsent.given ? (
          <div className="ref-grid">
            <DateField
              label={t('referrals.fields.petitionConsentDate')}
              value={v.petitionConsent.date}
              onChange={(date) => set({ petitionConsent: { ...v.petitionConsent, date } })}
              required
              error={lookup.error('petitionConsent.date')}
            />
            <SelectField
              label={t('referrals.fields.petitionConsentMethod')}
              value={v.petitionConsent.method}
              options={[
                { value: '' as const, label: t('referrals.fields.notChosen') },
                ...CONSENT_METHODS.map((m) => ({ value: m, label: term(m) })),
              ]}
              onChange={(method) => set({ petitionConsent: { ...v.petitionConsent, method } })}
            />
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('referrals.fields.dailyLife')}</legend>
        <p className="help">{t('referrals.fields.dailyLifeHelp')}</p>
        <CheckField
          label={t('referrals.fields.dailyLifeConsidered')}
          checked={v.dailyLifeSupport.considered}
          onChange={(considered) => set({ dailyLifeSupport: { ...v.dailyLifeSupport, considered } })}
        />
        <TextField
          label={t('referrals.fields.dailyLifeNote')}
          value={v.dailyLifeSupport.note}
          onChange={(note) => set({ dailyLifeSupport: { ...v.dailyLifeSupport, note } })}
          multiline={2}
          maxLength={2000}
          error={lookup.error('dailyLifeSupport.note')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('referrals.fields.person')}</legend>
        <TextField
          label={t('referrals.fields.explained')}
          value={v.explained}
          onChange={(explained) => set({ explained })}
          multiline={3}
          maxLength={5000}
          error={lookup.error('explained')}
        />
        <TextField
          label={t('referrals.fields.wishes')}
          value={v.wishes}
          onChange={(wishes) => set({ wishes })}
          multiline={3}
          maxLength={5000}
          error={lookup.error('wishes')}
        />
      </fieldset>
      <GoalsField
        legend={t('referrals.fields.goals')}
        help={t('referrals.fields.goalsHelp')}
        value={v.goals ?? REFERRAL_GOAL_PRESET}
        onChange={(goals) => set({ goals })}
      />
    </>
  );
}
