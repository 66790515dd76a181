// The app's own date field, used for every date in the app instead of <input type="date"> (whose
// order follows the browser's locale: mm/dd/yyyy in an English-US Chromium). A text box that reads
// what people type (shared/text/dateInput: 2026-11-30, 令和8年11月30日, S20.5.3, R8/11/30 …) and
// says under it what it read, in both calendars: 2026-11-30（令和8年11月30日・月曜日）.
//
// The value given to onChange is 'YYYY-MM-DD' for a date it read, '' for an empty box, and the
// text as typed for anything else, so that a form refuses to save it (its schema wants a date)
// and a draft keeps it. Nothing is guessed: 令和元年 asks for the month and day. The message for a
// text it cannot read shows when the box is left, and stays until the text is a date; the text
// itself is never changed, except that a date it read is written as YYYY-MM-DD on leaving.
// ↑ / ↓ move a date it read by one day; Enter shows the message as leaving the box does.
import { useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, DATE_INPUT_MAX, DATE_INPUT_MIN, parseDateInput } from '../../shared/text/dateInput';
import { dateEcho, dateProblem } from './dateFieldText';
import type { Base } from './fields';
import { stepKey, TYPED_INPUT, useTypedText } from './typedText';

export function DateField(props: Base & { value: string; onChange(v: string): void; warning?: string | undefined }) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { text, checked, type, setText, setChecked, give } = useTypedText(props.value, props.onChange, props.value !== '');

  const read = useMemo(() => parseDateInput(text), [text]);
  const problem = checked ? dateProblem(t, en, text, read) : null;
  const error = problem ?? props.error;
  const warning = error ? undefined : props.warning;
  const note = read.ok ? dateEcho(t, en, read.iso) : (props.help ?? t('dateField.hint'));

  const change = (next: string) => {
    type(next);
    const r = parseDateInput(next);
    give(r.ok ? r.iso : r.reason === 'empty' ? '' : next);
  };
  const leave = () => {
    setChecked(true);
    if (read.ok && text !== read.iso) setText(read.iso);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = stepKey(e, { setChecked });
    if (step === null || !read.ok) return;
    const next = addDays(read.iso, step);
    if (next < DATE_INPUT_MIN || next > DATE_INPUT_MAX) return;
    setText(next);
    give(next);
  };

  const describedBy = [`${id}-note`, error ? `${id}-error` : '', warning ? `${id}-warning` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field date-field${error ? ' has-error' : ''}${warning ? ' has-warning' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{props.label}</label>
        {props.required ? (
          <span className="req" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      <input
        id={id}
        {...TYPED_INPUT}
        className="date-input"
        value={text}
        maxLength={40}
        aria-invalid={error ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
        onKeyDown={keys}
      />
      <p className={read.ok ? 'help date-echo' : 'help'} id={`${id}-note`}>
        {note}
      </p>
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {warning ? (
        <p className="warning-text" id={`${id}-warning`} role="alert">
          {warning}
        </p>
      ) : null}
    </div>
  );
}
