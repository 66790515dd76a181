// The team's state in the header, on every screen while the vault is in a team: 「未送信 N件」, the
// last sync time, offline or failing, differing versions. A link to the team screen. Light: it
// reads the link's state only (team/current.ts), never the replication engine.
import { useTranslation } from 'react-i18next';
import { useTeamLink, useTeamState } from '../../team/current';
import { tokyoDate } from '../../../shared/text/dates';
import { useDates } from '../../i18n/dates';
import { now } from '../../platform/clock';
import { routeHref } from '../../ui/router';

export function TeamStatus() {
  const { t } = useTranslation();
  const dates = useDates();
  const link = useTeamLink();
  const state = useTeamState(link);
  if (!state) return null;
  const parts: string[] = [];
  const trouble = state.phase === 'offline' || state.phase === 'failed' || state.phase === 'removed' || state.conflicts > 0;
  if (state.phase === 'removed') parts.push(t('team.chip.removed'));
  else if (state.phase === 'offline') parts.push(t('team.chip.offline'));
  else if (state.phase === 'failed') parts.push(t('team.chip.failed'));
  if (state.pending > 0) parts.push(t('team.chip.pending', { count: state.pending }));
  if (state.conflicts > 0) parts.push(t('team.chip.conflicts', { count: state.conflicts }));
  if (state.lastSyncAt !== null && state.phase !== 'removed') {
    // Today: the time alone; another day: the day and the time.
    const at = dates.instant(state.lastSyncAt);
    const time = at.split(' ').at(-1) ?? at;
    const day = tokyoDate(state.lastSyncAt);
    parts.push(t('team.chip.synced', { time: day === tokyoDate(now()) ? time : `${dates.monthDay(day)} ${time}` }));
  }
  return (
    <a
      className={`team-chip${trouble ? ' trouble' : ''}`}
      href={routeHref({ name: 'team' })}
      aria-label={`${t('team.chip.label')}：${parts.join('、')}`}
      data-testid="team-chip"
    >
      {parts.join('・') || t('team.status.phase.starting')}
    </a>
  );
}
