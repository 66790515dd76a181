// The feature as the app loads it at start: its strings, and its screen as a lazy component whose
// code (pages.ts, with ECharts) loads when first opened. Keep this module light: whatever it
// imports statically is part of the first load (scripts/bundle-report.mjs --check).
import { lazyPage } from '../../ui/lazyPage';
export { dashboardMessages } from './messages';

const pages = () => import('./pages');
export const DashboardPage = lazyPage(pages, 'DashboardPage');
