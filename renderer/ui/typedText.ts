// The state a typed field (DateField, MonthField) keeps beside its value: the text as typed,
// whether the box was left since it last changed (messages show only then), and the value the
// field last gave or was given, so that a different one from outside (a draft restored, a form
// reset, a period moved by a button) replaces the text.
import { useState, type KeyboardEvent } from 'react';

export interface TypedText {
  text: string;
  /** The box was left (or Enter pressed) since the text last changed, or the text came from outside. */
  checked: boolean;
  /** Typing: the new text, not yet checked. */
  type(next: string): void;
  /** The text is set by the field itself (↑/↓, leaving the box). */
  setText(next: string): void;
  setChecked(checked: boolean): void;
  /** A value the field gives its form: remembered, so it does not come back as "from outside". */
  give(value: string): void;
}

export function useTypedText(value: string, onChange: (value: string) => void, checkedAtFirst: boolean): TypedText {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [checked, setChecked] = useState(checkedAtFirst);
  if (value !== seen) {
    setSeen(value);
    setText(value);
    setChecked(true);
  }
  return {
    text,
    checked,
    type: (next) => {
      setText(next);
      setChecked(false);
    },
    setText,
    setChecked,
    give: (v) => {
      setSeen(v);
      onChange(v);
    },
  };
}

/** The attributes both typed fields' boxes share: text (not the browser's date widgets), no autofill, no spelling marks. */
export const TYPED_INPUT = { type: 'text', autoComplete: 'off', spellCheck: false } as const;

/**
 * A key in a typed field: Enter marks the text checked (a form is sent without leaving the box);
 * ↑ / ↓ without a modifier are a step of +1 / −1 (the default scrolling prevented), anything else null.
 */
export function stepKey(e: KeyboardEvent<HTMLInputElement>, t: Pick<TypedText, 'setChecked'>): 1 | -1 | null {
  if (e.key === 'Enter') t.setChecked(true);
  if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return null;
  e.preventDefault();
  return e.key === 'ArrowUp' ? 1 : -1;
}
