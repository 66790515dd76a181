// 親族の有無・連絡可否: either "none within the fourth degree", or one row per relative (reachable or
// not), with rows added and removed.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../ui/fields';
import type { Relative } from '../../../../shared/referrals/referral';
import { emptyRelative } from '../referralForm';
import { CheckField } from '../controls';
import type { FieldsProps } from './ConsultationFields';
import { useTerm } from '../../../i18n/terms';

const REACHABLE = ['はい', 'いいえ', '不明'] as const;

export function RelativesEditor({ value: v, set, lookup }: FieldsProps) {
  const { t } = useTranslation();
  const term = useTerm();
  const setRow = (i: number, patch: Partial<Relative>) => set({ relatives: v.relatives.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const remove = (i: number) => set({ relatives: v.relatives.filter((_, j) => j !== i) });
  const degreeOptions = [0, 1, 2, 3, 4].map((n) => ({
    value: String(n),
    label: n === 0 ? t('referrals.fields.degreeUnknown') : t('referrals.fields.degree', { n }),
  }));

  return (
    <fieldset className="ref-relatives">
      <legend>{t('referrals.fields.relatives')}</legend>
      <p className="help">{t('referrals.fields.relativesHelp')}</p>
      <CheckField
        label={t('referrals.fields.noRelatives')}
        checked={v.noRelatives}
        onChange={(noRelatives) => set({ noRelatives })}
        error={lookup.error('noRelatives')}
      />
      {v.relatives.map((r, i) => (
        <fieldset key={i} className="ref-row">
          <legend>{t('referrals.fields.relative', { n: i + 1 })}</legend>
          <div className="ref-grid">
            <TextField
              label={t('referrals.fields.relName')}
              value={r.name}
              onChange={(name) => setRow(i, { name })}
              maxLength={100}
              error={lookup.error(`relatives.${i}.name`)}
            />
            <TextField
              label={t('referrals.fields.relRelation')}
              value={r.relation}
              onChange={(relation) => setRow(i, { relation })}
              maxLength={50}
              error={lookup.error(`relatives.${i}.relation`)}
            />
            <SelectField
              label={t('referrals.fields.relDegree')}
              value={String(r.degree)}
              options={degreeOptions}
              onChange={(d) => setRow(i, { degree: Number(d) })}
              error={lookup.error(`relatives.${i}.degree`)}
            />
            <SelectField
              label={t('referrals.fields.relReachable')}
              value={r.reachable}
              options={REACHABLE.map((x) => ({ value: x, label: term(x) }))}
              onChange={(reachable) => setRow(i, { reachable })}
            />
          </div>
          <TextField
            label={t('referrals.fields.relNote')}
            value={r.note}
            onChange={(note) => setRow(i, { note })}
            maxLength={500}
            error={lookup.error(`relatives.${i}.note`)}
          />
          <button type="button" className="danger" onClick={() => remove(i)}>
            {t('referrals.fields.removeRelative')}
            <span className="visually-hidden">
              {t('punct.colon')}
              {t('referrals.fields.relative', { n: i + 1 })}
            </span>
          </button>
        </fieldset>
      ))}
      {!v.noRelatives || v.relatives.length > 0 ? (
        <button type="button" onClick={() => set({ relatives: [...v.relatives, emptyRelative()] })}>
          + {t('referrals.fields.addRelative')}
        </button>
      ) : null}
    </fieldset>
  );
}
