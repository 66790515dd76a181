// Everything typed on a referral page, as one encrypted draft (`referral-edit:<id>`): the fields
// and the three add-forms. Flushed before the vault locks, so nothing typed is lost; dropped as
// soon as it holds nothing beyond what is saved, so no empty draft lingers.
import { useCallback, useMemo, useRef } from 'react';
import type { DraftKey } from '../../../records/draftKeys';
import { useDraft } from '../../../records/useDraft';
import { draftDiffers, pageDraftCodec, type PageDraft } from '../referralForm';

export function usePageDraft(key: DraftKey, pristine: PageDraft, baseRev: number) {
  const draft = useDraft(key, pageDraftCodec.empty, baseRev);
  const decoded = useMemo(() => pageDraftCodec.decode(draft.value), [draft.value]);
  const value = decoded ?? pristine;
  // What was last set, so a save that finishes after more typing keeps that typing.
  const latest = useRef<PageDraft | null>(null);
  const { update, clear } = draft;

  const store = useCallback(
    async (next: PageDraft, against: PageDraft) => {
      latest.current = next;
      if (draftDiffers(next, against)) {
        update(pageDraftCodec.encode(next));
      } else {
        update(pageDraftCodec.empty);
        await clear();
      }
    },
    [update, clear],
  );

  const set = useCallback((next: PageDraft) => void store(next, pristine), [store, pristine]);

  /** After something was saved: `change` updates the page state as it is now; what still differs from the saved state stays in the draft. */
  const settle = useCallback(
    (change: (current: PageDraft) => PageDraft, nextPristine: PageDraft) => store(change(latest.current ?? value), nextPristine),
    [store, value],
  );

  return {
    value,
    set,
    settle,
    ready: draft.ready,
    baseRev: draft.baseRev,
    rebase: draft.rebase,
    /** The page opened with input that had not been saved. */
    restored: draft.restored && decoded !== null && draftDiffers(decoded, pristine),
  };
}
