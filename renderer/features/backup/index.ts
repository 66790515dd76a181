// Public module of backups: the file and preview steps the hand-over import shares. The page in
// the menu, the restore screen of the first run and the reminder line are the app's (lazy.ts).
export { FileStep } from './FileStep';
export { MergeStep, type MergeView } from './MergeStep';
export { backupErrorMessage } from './errors';
export { fileDate } from './fileSource';
export { backupMessages } from './messages';
