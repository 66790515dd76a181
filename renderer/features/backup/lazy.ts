// The feature as the app loads it at start (app/Shell, app/App, app/messages): its strings, and
// its screens as lazy components whose code (pages.ts) loads when one is first opened. Everything
// else stays behind index.ts, which only those screens reach. Keep this module light: whatever it
// imports statically is part of the first load (scripts/bundle-report.mjs --check).
import { lazyPage } from '../../ui/lazyPage';

// Drawn above every screen (a line about an old backup): small, and needed at once.
export { BackupReminder } from './BackupReminder';
export { backupMessages } from './messages';

const pages = () => import('./pages');
export const BackupPage = lazyPage(pages, 'BackupPage');
export const RestoreScreen = lazyPage(pages, 'RestoreScreen');
