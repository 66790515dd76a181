// 設定 → 成年後見のつなぎ：停滞とみなす日数: one number per open step (defaults from DEFAULT_STALL_DAYS).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { DaysSettingsForm } from '../../../ui/DaysSettingsForm';
import { DEFAULT_STALL_DAYS, OPEN_STATUSES, statusLabel, type ReferralStatus } from '../../../../shared/referrals/status';
import { readSetting, readStallDays, writeSetting } from '../../settings';
import { useTerm } from '../../../i18n/terms';

export function StallDaysSettings() {
  const { t } = useTranslation();
  const term = useTerm();
  const { session } = useOpenVault();
  const state = useLiveQuery(
    async () => ({ stored: await readStallDays(session), rev: (await readSetting(session, 'stallDays')).rev }),
    [session],
  );
  if (!state) return null;
  return (
    <DaysSettingsForm
      key={state.rev}
      idPrefix="stall"
      keys={OPEN_STATUSES}
      stored={state.stored}
      save={(values) => writeSetting(session, 'stallDays', values, state.rev, now()).then(() => undefined)}
      text={{
        title: t('referrals.settings.title'),
        help: t('referrals.settings.help'),
        label: (s) => t('referrals.settings.days', { step: term(statusLabel(s as ReferralStatus)) }),
        defaultDays: (s) => t('referrals.settings.defaultDays', { n: DEFAULT_STALL_DAYS[s as ReferralStatus] }),
        invalid: t('referrals.settings.invalid'),
        save: t('referrals.settings.save'),
      }}
    />
  );
}
