// The whole meeting form as one encrypted draft (per new meeting type / per edited meeting), so a
// lock, a crash or leaving the page keeps everything typed.
import { useCallback, useMemo } from 'react';
import { useDraft } from '../../../records/useDraft';
import type { DraftKey } from '../../../records/draftKeys';
import { meetingDraftCodec, type MeetingFormState } from '../formState';

export function useMeetingDraft(key: DraftKey, initial: MeetingFormState, baseRev: number) {
  const draft = useDraft(key, meetingDraftCodec.empty, baseRev);
  const fromDraft = useMemo(() => meetingDraftCodec.decode(draft.value), [draft.value]);
  const { update } = draft;
  const set = useCallback((next: MeetingFormState) => update(meetingDraftCodec.encode(next)), [update]);
  return {
    value: fromDraft ?? initial,
    set,
    ready: draft.ready,
    /** True when the form opened with input that had not been saved. */
    restored: draft.restored && fromDraft !== null,
    clear: draft.clear,
    baseRev: draft.baseRev,
    rebase: draft.rebase,
  };
}
