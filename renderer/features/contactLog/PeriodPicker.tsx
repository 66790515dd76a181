// A month or a fiscal year (April to March), as the 活動記録 and the contact-log CSV choose them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/fields';
import { MonthField } from '../../ui/MonthField';
import { useDates } from '../../i18n/dates';
import { isMonth, type Period } from './contactLog';

export type { Period };

/** `month` and `fiscalYear` are both kept while the other kind is shown, so switching back keeps them. */
export function PeriodPicker(props: {
  kind: Period['kind'];
  month: string;
  fiscalYear: number;
  years: readonly number[];
  onKind(kind: Period['kind']): void;
  onMonth(month: string): void;
  onFiscalYear(year: number): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const radioName = useId();
  return (
    <>
      <fieldset className="kind-choice">
        <legend>{t('report.periodKind')}</legend>
        <div className="choice-chips">
          {(['month', 'fiscalYear'] as const).map((k) => (
            <label key={k} className="choice-chip">
              <input type="radio" name={radioName} value={k} checked={props.kind === k} onChange={() => props.onKind(k)} />
              <span>{k === 'month' ? t('report.byMonth') : t('report.byFiscalYear')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {props.kind === 'month' ? (
        <MonthField label={t('report.month')} value={props.month} onChange={(m) => isMonth(m) && props.onMonth(m)} />
      ) : (
        <SelectField
          label={t('report.fiscalYear')}
          value={String(props.fiscalYear)}
          onChange={(v) => props.onFiscalYear(Number(v))}
          options={props.years.map((y) => ({
            value: String(y),
            label: t('report.fiscalYearOption', { wareki: dates.fiscalYear(y), year: y, next: y + 1 }),
          }))}
        />
      )}
    </>
  );
}
