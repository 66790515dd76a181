// The moments a page may be left without warning: a reload, closing the tab, the window going to
// the background (where a browser may freeze or discard it). Forms seal their drafts then, so
// typing followed by a quick reload keeps the last words (the 400 ms autosave may not have run).
// The earliest of them, `beforeunload`, comes before the next page is even requested, which
// leaves the sealing and the IndexedDB write time to finish; `pagehide` and `visibilitychange`
// cover what beforeunload misses (a tab discarded in the background, a mobile-style freeze).
// Nothing here prevents leaving: no prompt is ever shown.

/** Why the page may be going away. */
export type PageLeaveCause = 'beforeunload' | 'pagehide' | 'hidden' | 'freeze';

interface Targets {
  readonly window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: string };
}

/**
 * Calls `listener` whenever the page may be going away. Returns the unsubscribe. The listener
 * is called synchronously inside the event (whatever it starts must begin there: after the
 * event the page may be gone); its promise is not awaited and its failure is only logged.
 */
export function onPageLeave(
  listener: (cause: PageLeaveCause) => void | Promise<void>,
  targets: Targets = { window, document },
): () => void {
  const call = (cause: PageLeaveCause) => {
    try {
      void Promise.resolve(listener(cause)).catch((e: unknown) => console.error('page-leave listener failed', e));
    } catch (e) {
      console.error('page-leave listener failed', e);
    }
  };
  const onBeforeUnload = () => call('beforeunload');
  const onPageHide = () => call('pagehide');
  const onFreeze = () => call('freeze');
  const onVisibility = () => {
    if (targets.document.visibilityState === 'hidden') call('hidden');
  };
  targets.window.addEventListener('beforeunload', onBeforeUnload);
  targets.window.addEventListener('pagehide', onPageHide);
  targets.document.addEventListener('visibilitychange', onVisibility);
  targets.document.addEventListener('freeze', onFreeze);
  return () => {
    targets.window.removeEventListener('beforeunload', onBeforeUnload);
    targets.window.removeEventListener('pagehide', onPageHide);
    targets.document.removeEventListener('visibilitychange', onVisibility);
    targets.document.removeEventListener('freeze', onFreeze);
  };
}
