// Screens other than the first ones load their code when first opened (a chunk of the built app
// each), so unlocking draws the person list without parsing every feature. A chunk that does not
// load (the app's files replaced or unreadable meanwhile) is PageLoadFailed, which the page's
// error boundary shows with a way to reload.
import { lazy, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../shared/errors/codes';

type PropsOf<C> = C extends (props: infer P) => ReactNode ? P : never;

/** The export `name` of the module `load` imports, as a component that suspends until it is there. */
export function lazyPage<M extends Record<K, (props: never) => ReactNode>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<(props: PropsOf<M[K]>) => ReactNode> {
  return lazy(() =>
    load().then(
      // M[K] is that component (the constraint); TypeScript cannot narrow a generic index by itself.
      (module) => ({ default: module[name] as unknown as (props: PropsOf<M[K]>) => ReactNode }),
      (e: unknown) => {
        throw new AppError('PageLoadFailed', undefined, { cause: e });
      },
    ),
  );
}

/**
 * What stands in the page's place while its code loads: usually for a few milliseconds, so it
 * shows only after a moment (styles.css), and it keeps the page's height so nothing jumps.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('app.pageLoading')}
    </p>
  );
}
