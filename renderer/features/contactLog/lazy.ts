// The feature as the app loads it at start (app/Shell, app/App, app/messages): its strings, and
// its screens as lazy components whose code (pages.ts) loads when one is first opened. Everything
// else stays behind index.ts, which only those screens reach. Keep this module light: whatever it
// imports statically is part of the first load (scripts/bundle-report.mjs --check).
import { lazyPage } from '../../ui/lazyPage';
export { contactLogMessages } from './messages';

const pages = () => import('./pages');
export const ContactLogPage = lazyPage(pages, 'ContactLogPage');
export const ContactFormPage = lazyPage(pages, 'ContactFormPage');
export const ActivityReportPage = lazyPage(pages, 'ActivityReportPage');

/** Loads the screens' code ahead, while the app is idle: they are one click from the first screen. */
export const prefetchPages = (): void => {
  for (const page of [ContactLogPage, ContactFormPage]) void page.preload().catch(() => undefined);
};
