// After a refused save, a form's problems are checked again on every change, so each message
// goes as soon as it is fixed instead of staying on screen until the next save (and the first
// field still at fault gets focus after each refusal: useFocusFirstInvalid). Before the first
// refusal nothing is marked: a form being filled in is not scolded.
import { useState } from 'react';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

const NONE: readonly never[] = [];

export function useRecheckedProblems<P>(check: () => readonly P[]) {
  // A count, not a flag: a second refusal must render again to move focus again.
  const [refusals, setRefusals] = useState(0);
  const problems = refusals > 0 ? check() : NONE;
  const { formRef, focusAfterRender } = useFocusFirstInvalid(refusals);
  return {
    problems,
    formRef,
    /** Checks now: true (and the problems shown, the first field focused) when the save must be refused. */
    refuse(): boolean {
      if (check().length === 0) return false;
      focusAfterRender();
      setRefusals((n) => n + 1);
      return true;
    },
    /** Saved: nothing is marked again until the next refusal. */
    settle(): void {
      setRefusals(0);
    },
  };
}
