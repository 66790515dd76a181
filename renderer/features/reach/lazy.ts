// The feature as the app loads it at start (app/Shell, app/messages): its strings, and its screen
// as a lazy component whose code (pages.ts) loads when first opened. Keep this module light:
// whatever it imports statically is part of the first load (scripts/bundle-report.mjs --check).
import { lazyPage } from '../../ui/lazyPage';
export { reachMessages } from './messages';

const pages = () => import('./pages');
export const ReachPage = lazyPage(pages, 'ReachPage');
