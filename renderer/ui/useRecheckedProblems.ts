// After a refused save, a form's problems are checked again on every change, so each message
// goes as soon as it is fixed instead of staying on screen until the next save (and the first
// field still at fault gets focus after each refusal: useFocusFirstInvalid). Before the first
// refusal nothing is marked: a form being filled in is not scolded.
import { useState } from 'react';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

const NONE: readonly never[] = [];

export function useRecheckedProblems<P>(
  check: () => readonly P[],
  opts: {
    /** Which problems refuse a save (default: any). Forms whose warnings only ask for a second press pass the errors test. */
    blocks?: (found: readonly P[]) => boolean;
  } = {},
) {
  const blocks = opts.blocks ?? ((found: readonly P[]) => found.length > 0);
  // A count, not a flag: a second refusal must render again to move focus again.
  const [refusals, setRefusals] = useState(0);
  const problems = refusals > 0 ? check() : NONE;
  const { formRef, focusAfterRender } = useFocusFirstInvalid(refusals);
  return {
    problems,
    formRef,
    /** Checks now: true (and the problems shown, the first field focused) when the save must be refused. */
    refuse(): boolean {
      if (!blocks(check())) return false;
      focusAfterRender();
      setRefusals((n) => n + 1);
      return true;
    },
    /** Shows the problems from now on without refusing (warnings waiting for a second press); focus stays. */
    show(): void {
      setRefusals((n) => n + 1);
    },
    /** Saved: nothing is marked again until the next refusal. */
    settle(): void {
      setRefusals(0);
    },
  };
}
