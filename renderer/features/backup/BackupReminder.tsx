// A quiet line in the browser build when the last backup is more than a week old (the desktop
// app makes its own backups).
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { backupDueSince } from '../../platform/backupMarks';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';

const WEEK = 7 * 24 * 60 * 60 * 1000;

export function BackupReminder({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  if (hidden || platform.kind !== 'browser' || session.kind === 'demo') return null;
  const { since, never } = backupDueSince(session.kind, now());
  const age = now() - since;
  if (age < WEEK) return null;
  return (
    <p className="reminder" role="status">
      {never ? t('backup.reminderNever') : t('backup.reminder', { days: Math.floor(age / (24 * 60 * 60 * 1000)) })}{' '}
      <a href={routeHref({ name: 'backup' })}>{t('backup.reminderAction')}</a>
    </p>
  );
}
