// 本人情報シート 3 本人の日常・社会生活の状況: six items, each a choice (radio group) with its
// details; 認知機能 has four items each rated on its own.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/fields';
import {
  ABILITY_LEVELS,
  BEHAVIOUR,
  COGNITIVE_ITEMS,
  DECISION_MAKING,
  MONEY_MANAGEMENT,
  SOCIAL_FREQUENCY,
  SUPPORT_NEEDS,
  type PersonSheet,
} from '../../../../shared/referrals/personSheet';
import { CheckField, RadioGroup } from '../controls';
import type { SheetProps } from './SheetBasics';
import { useTerm } from '../../../i18n/terms';

type Daily = PersonSheet['daily'];
type ChoiceKey = 'physical' | 'behaviour' | 'social' | 'decisions' | 'money';
type NoteKey = 'physicalNote' | 'behaviourNote' | 'socialNote' | 'decisionsNote' | 'moneyNote';

const ITEMS: readonly { key: ChoiceKey; note: NoteKey; options: readonly string[]; inline: boolean }[] = [
  { key: 'physical', note: 'physicalNote', options: SUPPORT_NEEDS, inline: false },
  { key: 'behaviour', note: 'behaviourNote', options: BEHAVIOUR, inline: true },
  { key: 'social', note: 'socialNote', options: SOCIAL_FREQUENCY, inline: true },
  { key: 'decisions', note: 'decisionsNote', options: DECISION_MAKING, inline: false },
  { key: 'money', note: 'moneyNote', options: MONEY_MANAGEMENT, inline: false },
];

export function SheetDaily({ value: v, set, lookup }: SheetProps) {
  const { t } = useTranslation();
  const term = useTerm();
  const daily = (patch: Partial<Daily>) => set({ ...v, daily: { ...v.daily, ...patch } });
  const notChosen = { value: '', label: t('referrals.sheet.notChosen') };

  const item = ({ key, note, options, inline }: (typeof ITEMS)[number]) => (
    <div key={key} className="sheet-item">
      <RadioGroup
        legend={t(`referrals.sheet.${key}`)}
        inline={inline}
        value={v.daily[key] as string}
        options={[notChosen, ...options.map((o) => ({ value: o, label: term(o) }))]}
        // The options come from the schema's own list for this item.
        onChange={(x) => daily({ [key]: x } as Partial<Daily>)}
        error={lookup.error(`daily.${key}`)}
      />
      <TextField
        label={`${t(`referrals.sheet.${key}`)}${t('punct.colon')}${t('referrals.sheet.detail')}`}
        value={v.daily[note]}
        onChange={(x) => daily({ [note]: x })}
        multiline={2}
        maxLength={3000}
        error={lookup.error(`daily.${note}`)}
      />
    </div>
  );

  const [physical, ...rest] = ITEMS;
  return (
    <fieldset>
      <legend>{t('referrals.sheet.daily')}</legend>
      {physical ? item(physical) : null}
      <fieldset className="sheet-item">
        <legend>{t('referrals.sheet.cognitive')}</legend>
        <CheckField
          label={t('referrals.sheet.cognitiveFluctuates')}
          checked={v.daily.cognitiveFluctuates}
          onChange={(cognitiveFluctuates) => daily({ cognitiveFluctuates })}
        />
        <div className="sheet-cognitive">
          {COGNITIVE_ITEMS.map((label, i) => (
            <RadioGroup
              key={label}
              legend={term(label)}
              value={v.daily.cognitive[i] ?? ''}
              options={ABILITY_LEVELS.map((l) => ({ value: l, label: l === '' ? t('referrals.sheet.notChosen') : term(l) }))}
              onChange={(level) => daily({ cognitive: COGNITIVE_ITEMS.map((_, j) => (j === i ? level : (v.daily.cognitive[j] ?? ''))) })}
              error={lookup.error(`daily.cognitive.${i}`)}
            />
          ))}
        </div>
        {lookup.error('daily.cognitive') ? (
          <p className="error" role="alert">
            {lookup.error('daily.cognitive')}
          </p>
        ) : null}
        <TextField
          label={`${t('referrals.sheet.cognitive')}${t('punct.colon')}${t('referrals.sheet.detail')}`}
          value={v.daily.cognitiveNote}
          onChange={(cognitiveNote) => daily({ cognitiveNote })}
          multiline={3}
          maxLength={3000}
          error={lookup.error('daily.cognitiveNote')}
        />
      </fieldset>
      {rest.map(item)}
    </fieldset>
  );
}
