// 本人情報シート: the header (作成日, 作成者氏名, 職業(資格), 連絡先, 本人との関係), 1 本人の生活場所 and
// 2 福祉に関する認定の有無等.
import { useTranslation } from 'react-i18next';
import { DateField, TextField } from '../../../ui/fields';
import { LIVING_PLACES, type PersonSheet } from '../../../../shared/referrals/personSheet';
import { RadioGroup, type ProblemLookup } from '../controls';
import { useTerm } from '../../../i18n/terms';

export interface SheetProps {
  value: PersonSheet;
  set(next: PersonSheet): void;
  lookup: ProblemLookup;
}

export function SheetBasics({ value: v, set, lookup }: SheetProps) {
  const { t } = useTranslation();
  const term = useTerm();
  const header = (patch: Partial<PersonSheet['header']>) => set({ ...v, header: { ...v.header, ...patch } });
  const living = (patch: Partial<PersonSheet['living']>) => set({ ...v, living: { ...v.living, ...patch } });
  const cert = (patch: Partial<PersonSheet['certification']>) => set({ ...v, certification: { ...v.certification, ...patch } });
  return (
    <>
      <fieldset>
        <legend>{t('referrals.sheet.header')}</legend>
        <div className="ref-grid">
          <DateField
            label={t('referrals.sheet.writtenOn')}
            value={v.header.writtenOn}
            onChange={(writtenOn) => header({ writtenOn })}
            required
            error={lookup.error('header.writtenOn')}
          />
          <TextField
            label={t('referrals.sheet.author')}
            value={v.header.author}
            onChange={(author) => header({ author })}
            required
            maxLength={100}
            error={lookup.error('header.author')}
          />
          <TextField
            label={t('referrals.sheet.occupation')}
            value={v.header.occupation}
            onChange={(occupation) => header({ occupation })}
            maxLength={100}
            error={lookup.error('header.occupation')}
          />
          <TextField
            label={t('referrals.sheet.contact')}
            value={v.header.contact}
            onChange={(contact) => header({ contact })}
            maxLength={200}
            error={lookup.error('header.contact')}
          />
          <TextField
            label={t('referrals.sheet.relation')}
            value={v.header.relation}
            onChange={(relation) => header({ relation })}
            maxLength={200}
            error={lookup.error('header.relation')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('referrals.sheet.living')}</legend>
        <RadioGroup
          legend={t('referrals.sheet.place')}
          inline
          value={v.living.place}
          options={[{ value: '', label: t('referrals.sheet.notChosen') }, ...LIVING_PLACES.map((p) => ({ value: p, label: term(p) }))]}
          onChange={(place) => living({ place })}
          error={lookup.error('living.place')}
        />
        <div className="ref-grid">
          {v.living.place === '施設・病院' ? (
            <TextField
              label={t('referrals.sheet.facility')}
              value={v.living.facility}
              onChange={(facility) => living({ facility })}
              maxLength={200}
              error={lookup.error('living.facility')}
            />
          ) : null}
          <TextField
            label={t('referrals.sheet.address')}
            value={v.living.address}
            onChange={(address) => living({ address })}
            maxLength={300}
            error={lookup.error('living.address')}
          />
          <DateField
            label={t('referrals.sheet.since')}
            value={v.living.since}
            onChange={(since) => living({ since })}
            error={lookup.error('living.since')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('referrals.sheet.certification')}</legend>
        <div className="ref-grid">
          <TextField
            label={t('referrals.sheet.care')}
            value={v.certification.care}
            onChange={(care) => cert({ care })}
            maxLength={100}
            error={lookup.error('certification.care')}
          />
          <TextField
            label={t('referrals.sheet.disability')}
            value={v.certification.disability}
            onChange={(disability) => cert({ disability })}
            maxLength={100}
            error={lookup.error('certification.disability')}
          />
          <TextField
            label={t('referrals.sheet.ryoiku')}
            value={v.certification.ryoiku}
            onChange={(ryoiku) => cert({ ryoiku })}
            maxLength={100}
            error={lookup.error('certification.ryoiku')}
          />
          <TextField
            label={t('referrals.sheet.mental')}
            value={v.certification.mental}
            onChange={(mental) => cert({ mental })}
            maxLength={100}
            error={lookup.error('certification.mental')}
          />
        </div>
        <TextField
          label={t('referrals.sheet.certNote')}
          value={v.certification.note}
          onChange={(note) => cert({ note })}
          multiline={2}
          maxLength={1000}
          error={lookup.error('certification.note')}
        />
      </fieldset>
    </>
  );
}
