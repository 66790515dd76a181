// Screens other than the first ones load their code when first opened (a chunk of the built app
// each), so unlocking draws the person list without parsing every feature. A chunk that does not
// load (the app's files replaced or unreadable meanwhile) is PageLoadFailed, which the page's
// error boundary shows with a way to reload.
import { createElement, lazy, type FunctionComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../shared/errors/codes';

type PropsOf<C> = C extends (props: infer P) => ReactNode ? P : never;

/** A screen whose code loads on demand; `preload()` fetches it ahead (while the app is idle, say). */
export interface LazyPage<P> {
  (props: P): ReactNode;
  preload(): Promise<void>;
}

/**
 * The export `name` of the module `load` imports, as a component that suspends until it is there.
 * Once the code is loaded (opened before, or preloaded) the screen renders at once: React 19 holds
 * back what a suspended boundary reveals for up to 300 ms, which every first open paid even when
 * the chunk was already in memory.
 */
export function lazyPage<M extends Record<K, (props: never) => ReactNode>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyPage<PropsOf<M[K]>> {
  type Props = PropsOf<M[K]>;
  // M[K] is that component (the constraint); TypeScript cannot narrow a generic index by itself.
  let loaded: ((props: Props) => ReactNode) | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (module) => {
        loaded = module[name] as unknown as (props: Props) => ReactNode;
      },
      (e: unknown) => {
        pending = undefined;
        throw new AppError('PageLoadFailed', undefined, { cause: e });
      },
    ));
  const Suspending = lazy(() => preload().then(() => ({ default: loaded as (props: Props) => ReactNode })));
  // Two component types, so React keeps their hooks apart when the loaded one takes over.
  const as = (c: unknown) => c as FunctionComponent<Props & object>;
  const Page = (props: Props): ReactNode => createElement(as(loaded ?? Suspending), props as Props & object);
  return Object.assign(Page, { preload });
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
