// The feature as the app loads it at start: its strings, the header's status (light: it reads
// the link's state, never the engine), and the screen as a lazy component (pages.ts).
import { lazyPage } from '../../ui/lazyPage';
export { teamMessages } from './messages';
export { TeamStatus } from './TeamStatus';

const pages = () => import('./pages');
export const TeamPage = lazyPage(pages, 'TeamPage');
