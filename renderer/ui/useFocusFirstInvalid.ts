// After a refused save, the first field marked invalid gets focus, and so scrolls into view: the
// save button is often at the bottom of a long form and the messages may be far above it.
import { useCallback, useEffect, useRef } from 'react';

/** The first field inside `root` marked aria-invalid, in document order. */
export function firstInvalidField(root: HTMLElement | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}

/** Focuses the first field inside `root` marked invalid, if any. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  firstInvalidField(root)?.focus();
}

/**
 * `formRef` goes on the form. Call `focusAfterRender()` when a save is refused: once `problems`
 * (the value that marks the fields invalid) has changed and rendered, the first invalid field
 * inside the form is focused. A change of `problems` without that call moves no focus.
 */
export function useFocusFirstInvalid(problems: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    focusFirstInvalid(formRef.current);
  }, [problems]);
  const focusAfterRender = useCallback(() => {
    pending.current = true;
  }, []);
  return { formRef, focusAfterRender };
}
