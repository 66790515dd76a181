// Labelled form controls: every control has a visible label, an id, and its error announced.
import { useId, type ReactNode, type Ref } from 'react';
import { useTerm } from '../i18n/terms';

export interface Base {
  /** Text, or markup such as template text with ruby (RubyText). */
  label: ReactNode;
  error?: string | undefined;
  help?: ReactNode;
  required?: boolean;
}

/** The label, help and error around one control; the control itself is `children`. */
export function Frame({ id, label, error, help, required, children }: Base & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="req" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children}
      <FieldNotes id={id} help={help} error={error} />
    </div>
  );
}

/**
 * The lines under a control: help, the error (announced) and a warning, each with the id that
 * describedBy / aria-describedby names (`<id>-help`, `<id>-error`, `<id>-warning`).
 */
export function FieldNotes(props: {
  id: string;
  help?: ReactNode;
  error?: string | undefined;
  warning?: string | undefined;
  warningClass?: string;
}) {
  const { id } = props;
  return (
    <>
      {props.help ? (
        <p className="help" id={`${id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
      {props.warning ? (
        <p className={props.warningClass ?? 'warning'} id={`${id}-warning`}>
          {props.warning}
        </p>
      ) : null}
    </>
  );
}

export const describedBy = (id: string, b: Base) =>
  [b.help ? `${id}-help` : '', b.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: Base & {
    value: string;
    onChange(v: string): void;
    type?: 'text' | 'password' | 'tel' | 'search';
    maxLength?: number;
    autoFocus?: boolean;
    name?: string;
    multiline?: number;
    /** The input itself (not for multiline), e.g. to select what was typed after a refusal. */
    inputRef?: Ref<HTMLInputElement>;
  },
) {
  const id = useId();
  const { inputRef } = props;
  const common = {
    id,
    name: props.name,
    value: props.value,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props),
    'aria-required': props.required || undefined,
    autoComplete: 'off',
    spellCheck: false,
    autoFocus: props.autoFocus,
  } as const;
  return (
    <Frame id={id} {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.multiline} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Frame>
  );
}

/** Every date in the app: the app's own field (DateField.tsx), not the browser's date input. */
export { DateField } from './DateField';

/** `user`: the label is user data (a district, a person); `lang`: its language, when it is not the screen's. */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
  user?: boolean;
  lang?: string;
}

export function SelectField<T extends string>(props: Base & { value: T; options: readonly SelectOption<T>[]; onChange(v: T): void }) {
  const id = useId();
  return (
    <Frame id={id} {...props}>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} data-user={o.user ? '' : undefined} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange(v: T[]): void;
  /** How an option reads, when not its word in the screen's language (term). */
  label?: (option: T) => string;
}) {
  const term = useTerm();
  return (
    <fieldset className="checks">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} className="check">
          <input
            type="checkbox"
            checked={props.value.includes(o)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.value, o] : props.value.filter((x) => x !== o))}
          />
          {props.label ? props.label(o) : term(o)}
        </label>
      ))}
    </fieldset>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="check single">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}

export function ErrorBox({ message }: { message: string | null }) {
  return message ? (
    <div className="error-box" role="alert">
      {message}
    </div>
  ) : null;
}
