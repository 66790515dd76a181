// 出席者・欠席者 and whether the person or family attended.
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui/fields';
import type { DirectoryEntryInput } from '../../../../shared/meetings/attendee';
import type { DirectoryEntry } from '../directoryRepo';
import { AttendeePicker } from './AttendeePicker';
import type { SectionProps } from './types';

const ids = (xs: readonly { directoryId: string }[]) => new Set(xs.map((a) => a.directoryId).filter(Boolean));

export function AttendeesSection({
  m,
  patch,
  directory,
  addToDirectory,
}: SectionProps & {
  directory: readonly DirectoryEntry[];
  addToDirectory(e: DirectoryEntryInput): Promise<DirectoryEntry>;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="meeting-section">
      <legend>{t('meetings.form.sections.attendees')}</legend>
      <AttendeePicker
        label={t('meetings.form.attendees')}
        value={m.attendees}
        onChange={(attendees) => patch({ attendees })}
        directory={directory}
        taken={ids(m.absentees)}
        takenNote={t('meetings.form.absentees')}
        addToDirectory={addToDirectory}
      />
      {m.type !== 'area' ? (
        <div className="row">
          <Checkbox
            label={t('meetings.form.personAttended')}
            checked={m.personAttended}
            onChange={(personAttended) => patch({ personAttended })}
          />
          <Checkbox
            label={t('meetings.form.familyAttended')}
            checked={m.familyAttended}
            onChange={(familyAttended) => patch({ familyAttended })}
          />
        </div>
      ) : null}
      <AttendeePicker
        label={t('meetings.form.absentees')}
        value={m.absentees}
        onChange={(absentees) => patch({ absentees })}
        directory={directory}
        taken={ids(m.attendees)}
        takenNote={t('meetings.form.attendingElsewhere')}
        addToDirectory={addToDirectory}
      />
    </fieldset>
  );
}
