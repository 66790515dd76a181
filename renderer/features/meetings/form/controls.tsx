// Labelled inputs the shared fields.tsx does not offer: times, a number, and text with
// suggestions (a datalist), in fields.tsx's Frame so they look and read the same.
import { useId, useState, type ReactNode } from 'react';
import { Frame, describedBy, type Base } from '../../../ui/fields';

/** A one-line text or time input; `suggestions` become a datalist the browser offers while typing. */
export function InputField(
  props: Base & {
    value: string;
    onChange(v: string): void;
    type?: 'text' | 'time';
    maxLength?: number;
    suggestions?: readonly string[];
    name?: string;
  },
) {
  const id = useId();
  const listId = props.suggestions && props.suggestions.length > 0 ? `${id}-list` : undefined;
  return (
    <Frame id={id} {...props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        aria-required={props.required || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {listId ? (
        <datalist id={listId}>
          {[...new Set(props.suggestions)].map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </Frame>
  );
}

/** A whole number; what is typed is kept as text until it is a number in range. */
export function NumberField(props: Base & { value: number; onChange(n: number): void; min: number; max: number; children?: ReactNode }) {
  const id = useId();
  const [text, setText] = useState(String(props.value));
  const [seen, setSeen] = useState(props.value);
  if (props.value !== seen) {
    // Changed from outside (a suggestion button): show the new number.
    setSeen(props.value);
    setText(String(props.value));
  }
  return (
    <Frame id={id} {...props}>
      <div className="row">
        <input
          id={id}
          className="number"
          type="text"
          inputMode="numeric"
          value={text}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props)}
          onChange={(e) => {
            const v = e.target.value.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
            setText(v);
            const n = Number(v);
            if (v !== '' && n >= props.min && n <= props.max) {
              setSeen(n);
              props.onChange(n);
            }
          }}
          onBlur={() => setText(String(props.value))}
        />
        {props.children}
      </div>
    </Frame>
  );
}
