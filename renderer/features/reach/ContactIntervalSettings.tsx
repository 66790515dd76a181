// 設定 → 連絡の目安（日数）: one number per situation (defaults from DEFAULT_CONTACT_INTERVALS).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { DaysSettingsForm } from '../../ui/DaysSettingsForm';
import { CONTACT_SITUATIONS, DEFAULT_CONTACT_INTERVALS, type ContactSituation } from '../../../shared/reach/reach';
import { readContactIntervals, readSetting, writeSetting } from '../settings';

export function ContactIntervalSettings() {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const state = useLiveQuery(
    async () => ({ stored: await readContactIntervals(session), rev: (await readSetting(session, 'contactIntervals')).rev }),
    [session],
  );
  if (!state) return null;
  return (
    <DaysSettingsForm
      key={state.rev}
      idPrefix="interval"
      keys={CONTACT_SITUATIONS}
      stored={state.stored}
      save={(values) => writeSetting(session, 'contactIntervals', values, state.rev, now()).then(() => undefined)}
      text={{
        title: t('reach.settings.title'),
        help: t('reach.settings.help'),
        label: (s) => t('reach.settings.days', { situation: t(`reach.settings.situations.${s}`) }),
        defaultDays: (s) => t('reach.settings.defaultDays', { n: DEFAULT_CONTACT_INTERVALS[s as ContactSituation] }),
        invalid: t('reach.settings.invalid'),
        save: t('reach.settings.save'),
      }}
    />
  );
}
