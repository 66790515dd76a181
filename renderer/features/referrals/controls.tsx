// Controls the referral screens need beyond renderer/ui/fields.tsx: radio groups with a line of
// explanation per choice, a checkbox that can carry a problem, and each field's problem in words.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import type { Problem } from '../../../shared/domain/problems';
import { problemMessage } from '../../i18n';
import { FieldNotes } from '../../ui/fields';

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string | undefined;
}

const ids = (...xs: (string | false | undefined)[]) => xs.filter(Boolean).join(' ') || undefined;

export function RadioGroup<T extends string>(props: {
  legend: string;
  value: T;
  options: readonly Choice<T>[];
  onChange(v: T): void;
  error?: string | undefined;
  warning?: string | undefined;
  help?: string | undefined;
  inline?: boolean;
  required?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className={`checks ref-radios${props.inline ? ' inline' : ''}${props.error ? ' has-error' : ''}`}
      aria-describedby={ids(props.help && `${id}-help`, props.error && `${id}-error`, props.warning && `${id}-warning`)}
    >
      <legend>
        {props.legend}
        {props.required ? (
          <span className="req" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <FieldNotes id={id} help={props.help} />
      <div className="ref-radio-options">
        {props.options.map((o) => (
          <label key={o.value} className="ref-radio">
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={props.value === o.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(o.value)}
            />
            <span className="ref-radio-text">
              <span className="ref-radio-label">{o.label}</span>
              {o.help ? <span className="ref-radio-help">{o.help}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldNotes id={id} error={props.error} warning={props.warning} warningClass="ref-warning" />
    </fieldset>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  error?: string | undefined;
  warning?: string | undefined;
  help?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`ref-check${props.error ? ' has-error' : ''}`}>
      <label className="check single" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={ids(props.help && `${id}-help`, props.error && `${id}-error`, props.warning && `${id}-warning`)}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
      <FieldNotes id={id} help={props.help} error={props.error} warning={props.warning} warningClass="ref-warning" />
    </div>
  );
}

/** Looks up the message for one path among the problems being shown (errors and warnings apart). */
export function problemLookup(t: TFunction, problems: readonly Problem[]) {
  const find = (path: string, severity: Problem['severity']) => {
    const p = problems.find((x) => x.path === path && x.severity === severity);
    return p ? problemMessage(t, p) : undefined;
  };
  return { error: (path: string) => find(path, 'error'), warning: (path: string) => find(path, 'warning') };
}
export type ProblemLookup = ReturnType<typeof problemLookup>;
