// The app's own month field, for the period pickers (the contact log, the 活動記録, the pillar-2
// dashboard), used instead of <input type="month">, which Chromium draws in the browser's locale
// ("December 2026" on a Japanese screen). A text box that reads what people type
// (shared/text/monthInput: 2026-11, 2026年11月, 令和8年11月, R8.11 …) and says under it what it
// read, in both calendars: 2026年11月（令和8年11月）.
//
// Unlike the date field, a period picker always has a month: onChange is called only with a month
// it read, and a text it cannot read leaves the period as it was and says why when the box is left.
// ↑ / ↓ move the month by one; on leaving, the text becomes the month it read (YYYY-MM).
import { useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, MONTH_INPUT_MAX, MONTH_INPUT_MIN, parseMonthInput } from '../../shared/text/monthInput';
import { monthEcho, monthProblem } from './dateFieldText';
import { stepKey, TYPED_INPUT, useTypedText } from './typedText';

export function MonthField(props: { label: string; value: string; onChange(month: string): void; id?: string; max?: string }) {
  const ownId = useId();
  const id = props.id ?? ownId;
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { text, checked, type, setText, setChecked, give } = useTypedText(props.value, props.onChange, true);
  const max = props.max ?? MONTH_INPUT_MAX;
  const read = useMemo(() => {
    const r = parseMonthInput(text);
    return r.ok && r.month > max ? ({ ok: false, reason: 'outOfRange', month: r.month } as const) : r;
  }, [text, max]);
  const error = checked ? monthProblem(t, en, text, read, max) : null;

  const change = (next: string) => {
    type(next);
    const r = parseMonthInput(next);
    if (r.ok && r.month <= max) give(r.month);
  };
  const leave = () => {
    setChecked(true);
    if (read.ok && text !== read.month) setText(read.month);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = stepKey(e, { setChecked });
    if (step === null) return;
    const next = addMonths(read.ok ? read.month : props.value, step);
    if (next < MONTH_INPUT_MIN || next > max) return;
    setText(next);
    setChecked(true);
    give(next);
  };

  return (
    <div className={`field date-field month-field${error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{props.label}</label>
      </div>
      <input
        id={id}
        {...TYPED_INPUT}
        className="date-input month-input"
        value={text}
        maxLength={30}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note${error ? ` ${id}-error` : ''}`}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
        onKeyDown={keys}
      />
      <p className="help date-echo" id={`${id}-note`}>
        {read.ok ? monthEcho(en, read.month) : t('monthField.hint')}
      </p>
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
