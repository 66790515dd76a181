// 本人情報シート 4 重要な意思決定が必要となる課題, 5 申立てに関する本人の認識, 6 望ましいと考えられる対応策.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/fields';
import { PETITION_AWARENESS } from '../../../../shared/referrals/personSheet';
import { RadioGroup } from '../controls';
import type { SheetProps } from './SheetBasics';
import { useTerm } from '../../../i18n/terms';

export function SheetClosing({ value: v, set, lookup }: SheetProps) {
  const { t } = useTranslation();
  const term = useTerm();
  return (
    <>
      <fieldset>
        <legend>{t('referrals.sheet.issues')}</legend>
        <TextField
          label={t('referrals.sheet.issues')}
          help={t('referrals.sheet.issuesHelp')}
          value={v.issues}
          onChange={(issues) => set({ ...v, issues })}
          multiline={4}
          maxLength={5000}
          error={lookup.error('issues')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('referrals.sheet.awareness')}</legend>
        <RadioGroup
          legend={t('referrals.sheet.awareness')}
          value={v.awareness}
          options={[
            { value: '' as const, label: t('referrals.sheet.notChosen') },
            ...PETITION_AWARENESS.map((a) => ({ value: a, label: term(a) })),
          ]}
          onChange={(awareness) => set({ ...v, awareness })}
          error={lookup.error('awareness')}
        />
        <TextField
          label={t('referrals.sheet.awarenessNote')}
          value={v.awarenessNote}
          onChange={(awarenessNote) => set({ ...v, awarenessNote })}
          multiline={3}
          maxLength={3000}
          error={lookup.error('awarenessNote')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('referrals.sheet.measures')}</legend>
        <TextField
          label={t('referrals.sheet.measures')}
          help={t('referrals.sheet.measuresHelp')}
          value={v.measures}
          onChange={(measures) => set({ ...v, measures })}
          multiline={4}
          maxLength={5000}
          error={lookup.error('measures')}
        />
      </fieldset>
    </>
  );
}
