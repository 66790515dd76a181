// The feature as the app loads it at start (app/Shell, app/App, app/messages): its strings, and
// its screens as lazy components whose code (pages.ts) loads when one is first opened. Everything
// else stays behind index.ts, which only those screens reach. Keep this module light: whatever it
// imports statically is part of the first load (scripts/bundle-report.mjs --check).
import { lazyPage } from '../../ui/lazyPage';

const pages = () => import('./pages');
export const PersonFormPage = lazyPage(pages, 'PersonFormPage');
export const PersonPage = lazyPage(pages, 'PersonPage');

/** Loads the screens' code ahead, while the app is idle: they are one click from the first screen. */
export const prefetchPages = (): void => {
  for (const page of [PersonPage, PersonFormPage]) void page.preload().catch(() => undefined);
};
