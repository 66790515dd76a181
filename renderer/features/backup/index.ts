// Public module of backups: the page in the menu, the restore screen of the first run, and the
// file and preview steps the hand-over import shares.
export { BackupPage } from './BackupPage';
export { RestoreScreen } from './RestoreScreen';
export { BackupReminder } from './BackupReminder';
export { FileStep } from './FileStep';
export { MergeStep, type MergeView } from './MergeStep';
export { backupErrorMessage } from './errors';
export { fileDate } from './fileSource';
export { backupMessages } from './messages';
