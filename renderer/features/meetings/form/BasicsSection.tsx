// 会議の基本: type, 回次 (with the team's next number suggested), date and times, place,
// district, 主催 (the plan's actors or free text), 司会 and 記録者.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { DateField, SelectField, TextField } from '../../../ui/fields';
import { ACTORS } from '../../../../shared/domain/plan';
import { MEETING_TYPES, changeMeetingType, type MeetingInput, type MeetingTypeId } from '../../../../shared/meetings/meeting';
import { suggestNumber } from '../formState';
import { InputField, NumberField } from './controls';
import type { SectionProps } from './types';
import { useTerm } from '../../../i18n/terms';
import { useDates } from '../../../i18n/dates';

const OTHER = '__other';

export function BasicsSection({
  m,
  patch,
  problem,
  replace,
  previous,
  isNew,
}: SectionProps & {
  /** Replaces the whole minutes (a type change presets goals and functions). */
  replace(next: MeetingInput): void;
  /** The team's previous meeting: undefined while unknown, null when there is none. */
  previous: Pick<MeetingInput, 'number' | 'date'> | null | undefined;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { districts } = useOpenVault();
  const [hostOther, setHostOther] = useState(m.host !== '' && !(ACTORS as readonly string[]).includes(m.host));
  const names = m.attendees.map((a) => a.name);
  const suggested = previous === undefined ? undefined : suggestNumber(previous ?? undefined);
  const hostSelect = hostOther ? OTHER : m.host;

  return (
    <fieldset className="meeting-section">
      <legend>{t('meetings.form.sections.basics')}</legend>
      <div className="grid">
        <SelectField
          label={t('meetings.form.type')}
          value={m.type}
          help={t('meetings.form.typeHelp')}
          onChange={(type: MeetingTypeId) => replace(changeMeetingType(m, type))}
          options={MEETING_TYPES.map((mt) => ({ value: mt.id, label: term(mt.label) }))}
        />
        <TextField
          label={t('meetings.form.title')}
          value={m.title}
          onChange={(title) => patch({ title })}
          maxLength={200}
          help={t('meetings.form.titleHelp')}
          error={problem('title')}
        />
        <NumberField
          label={t('meetings.form.number')}
          value={m.number}
          min={0}
          max={9999}
          onChange={(number) => patch({ number })}
          error={problem('number')}
          help={
            isNew && previous !== undefined
              ? previous
                ? t('meetings.form.previousWas', { n: previous.number, date: dates.date(previous.date) })
                : t('meetings.form.firstOfTeam')
              : undefined
          }
        >
          {isNew && suggested !== undefined && suggested !== m.number ? (
            <button type="button" onClick={() => patch({ number: suggested })}>
              {t('meetings.form.useSuggested', { n: suggested })}
            </button>
          ) : null}
        </NumberField>
        <DateField label={t('meetings.form.date')} value={m.date} onChange={(date) => patch({ date })} required error={problem('date')} />
        <InputField
          type="time"
          label={t('meetings.form.startTime')}
          value={m.startTime}
          onChange={(startTime) => patch({ startTime })}
          error={problem('startTime')}
        />
        <InputField
          type="time"
          label={t('meetings.form.endTime')}
          value={m.endTime}
          onChange={(endTime) => patch({ endTime })}
          error={problem('endTime')}
        />
        <TextField
          label={t('meetings.form.place')}
          value={m.place}
          onChange={(place) => patch({ place })}
          maxLength={200}
          error={problem('place')}
        />
        <SelectField
          label={t('meetings.form.district')}
          value={m.districtId}
          onChange={(districtId) => patch({ districtId })}
          options={[
            { value: '', label: t('meetings.form.noDistrict') },
            ...districts.filter((d) => !d.archived || d.id === m.districtId).map((d) => ({ value: d.id, label: d.name, user: true })),
          ]}
        />
        <SelectField
          label={t('meetings.form.host')}
          value={hostSelect}
          onChange={(v) => {
            setHostOther(v === OTHER);
            patch({ host: v === OTHER ? '' : v });
          }}
          options={[
            { value: '', label: t('meetings.form.hostNone') },
            ...ACTORS.map((a) => ({ value: a as string, label: term(a) })),
            { value: OTHER, label: t('meetings.form.hostOther') },
          ]}
        />
        {hostOther ? (
          <TextField
            label={t('meetings.form.hostText')}
            value={m.host}
            onChange={(host) => patch({ host })}
            maxLength={100}
            error={problem('host')}
          />
        ) : null}
        <InputField
          label={t('meetings.form.chair')}
          value={m.chair}
          onChange={(chair) => patch({ chair })}
          maxLength={100}
          suggestions={names}
          help={names.length ? t('meetings.form.namesHelp') : undefined}
          error={problem('chair')}
        />
        <InputField
          label={t('meetings.form.recorder')}
          value={m.recorder}
          onChange={(recorder) => patch({ recorder })}
          maxLength={100}
          suggestions={names}
          help={names.length ? t('meetings.form.namesHelp') : undefined}
          error={problem('recorder')}
        />
      </div>
    </fieldset>
  );
}
