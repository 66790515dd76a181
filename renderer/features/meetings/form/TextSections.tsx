// The long texts: 検討内容 and 結論・支援方針; then 地域課題, モニタリング, 次回日程, 資料回収.
import { useTranslation } from 'react-i18next';
import { Checkbox, DateField, TextField } from '../../../ui/fields';
import { MAX_MEETING_TEXT } from '../../../../shared/meetings/meeting';
import type { SectionProps } from './types';

export function DiscussionSection({ m, patch, problem }: SectionProps) {
  const { t } = useTranslation();
  const count = (s: string) => t('meetings.form.charCount', { n: s.length, max: MAX_MEETING_TEXT });
  // Without cases the discussion is printed on the area version too: no names there.
  // With two or more cases it is printed on each person's minutes: one person's matters go in their case.
  const lead = m.cases.length === 0 ? t('meetings.form.noNamesHelp') : m.cases.length > 1 ? t('meetings.form.sharedHelp') : '';
  const withLead = (s: string) => (lead ? `${lead}${t('punct.gap')}${s}` : s);
  const discussionHelp = withLead(count(m.discussion));
  return (
    <fieldset className="meeting-section">
      <legend>{t('meetings.form.sections.discussion')}</legend>
      <TextField
        label={t('meetings.form.discussion')}
        value={m.discussion}
        onChange={(discussion) => patch({ discussion })}
        multiline={10}
        maxLength={MAX_MEETING_TEXT}
        help={discussionHelp}
        error={problem('discussion')}
      />
      <TextField
        label={t('meetings.form.conclusion')}
        value={m.conclusion}
        onChange={(conclusion) => patch({ conclusion })}
        multiline={5}
        maxLength={MAX_MEETING_TEXT}
        help={m.cases.length > 1 ? withLead(count(m.conclusion)) : count(m.conclusion)}
        error={problem('conclusion')}
      />
    </fieldset>
  );
}

export function FollowUpSection({ m, patch, problem }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="meeting-section">
      <legend>{t('meetings.form.sections.followUp')}</legend>
      <TextField
        label={t('meetings.form.regionalIssues')}
        value={m.regionalIssues}
        onChange={(regionalIssues) => patch({ regionalIssues })}
        multiline={4}
        maxLength={MAX_MEETING_TEXT}
        help={t('meetings.form.noNamesHelp')}
        error={problem('regionalIssues')}
      />
      <TextField
        label={t('meetings.form.monitoring')}
        value={m.monitoring}
        onChange={(monitoring) => patch({ monitoring })}
        multiline={3}
        maxLength={MAX_MEETING_TEXT}
        error={problem('monitoring')}
      />
      <div className="grid">
        <DateField
          label={t('meetings.form.nextDate')}
          value={m.nextDate}
          onChange={(nextDate) => patch({ nextDate })}
          error={problem('nextDate')}
        />
      </div>
      <Checkbox
        label={t('meetings.form.materialsCollected')}
        checked={m.materialsCollected}
        onChange={(materialsCollected) => patch({ materialsCollected })}
      />
      {m.materialsCollected ? (
        <TextField
          label={t('meetings.form.materialsCollectedBy')}
          value={m.materialsCollectedBy ?? ''}
          onChange={(materialsCollectedBy) => patch({ materialsCollectedBy })}
          maxLength={100}
          error={problem('materialsCollectedBy')}
        />
      ) : null}
    </fieldset>
  );
}
