// Public module of backups: the page in the menu, the restore screen of the first run.
export { BackupPage } from './BackupPage';
export { RestoreScreen } from './RestoreScreen';
export { BackupReminder } from './BackupReminder';
export { backupMessages } from './messages';
