import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, TextField } from '../../ui/fields';
import type { Answer, Question } from '../../../shared/endingNotes/template';
import { rubyPlain } from '../../../shared/endingNotes/ruby';
import { RubyText } from '../../ui/RubyText';

const asText = (a: Answer | undefined) => (typeof a === 'string' ? a : '');
const asList = (a: Answer | undefined): string[] => (Array.isArray(a) && a.every((x) => typeof x === 'string') ? (a as string[]) : []);
const asRows = (a: Answer | undefined): string[][] => (Array.isArray(a) && a.every((x) => Array.isArray(x)) ? (a as string[][]) : []);

export function AnswerInput({
  question: q,
  value,
  onChange,
  error,
  lang,
}: {
  question: Question;
  /** The template's language (its questions and choices), which may not be the screen's. */
  lang: string;
  value: Answer | undefined;
  onChange(a: Answer): void;
  /** Why the answer is not saved (a refused character), shown beside it. */
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const gid = useId();
  const label = (
    <span lang={lang}>
      <RubyText text={q.label} />
    </span>
  );
  const help = q.help ? (
    <span lang={lang}>
      <RubyText text={q.help} />
    </span>
  ) : undefined;
  switch (q.kind) {
    case 'shortText':
      return <TextField label={label} help={help} value={asText(value)} onChange={onChange} maxLength={300} error={error} />;
    case 'longText':
      return (
        <TextField
          label={label}
          help={help}
          value={asText(value)}
          onChange={onChange}
          multiline={Math.min(q.lines, 10)}
          maxLength={20_000}
          error={error}
        />
      );
    case 'date':
      return <DateField label={label} value={asText(value)} onChange={onChange} />;
    case 'single':
    case 'multi': {
      const selected = q.kind === 'single' ? [asText(value)].filter(Boolean) : asList(value);
      return (
        <fieldset className="checks">
          <legend>{label}</legend>
          {help ? <p className="help">{help}</p> : null}
          {q.options.map((o) => (
            <label key={o} className="check">
              <input
                type={q.kind === 'single' ? 'radio' : 'checkbox'}
                name={gid}
                checked={selected.includes(o)}
                onChange={(e) => onChange(q.kind === 'single' ? o : e.target.checked ? [...selected, o] : selected.filter((x) => x !== o))}
              />
              <span lang={lang}>
                <RubyText text={o} />
              </span>
            </label>
          ))}
          {q.kind === 'single' && selected.length > 0 ? (
            <button type="button" className="link" onClick={() => onChange('')}>
              {t('notes.clearChoice')}
            </button>
          ) : null}
        </fieldset>
      );
    }
    case 'table': {
      const rows = asRows(value);
      // Always one empty row at the end to type into; trailing empty rows are not stored.
      const shown = [...rows, q.columns.map(() => '')];
      const setCell = (r: number, c: number, text: string) => {
        const next = shown.map((row, i) => (i === r ? q.columns.map((_, k) => (k === c ? text : (row[k] ?? ''))) : row));
        while (next.length > 0 && (next[next.length - 1] ?? []).every((cell) => cell.trim() === '')) next.pop();
        onChange(next);
      };
      return (
        <fieldset className="answer-table">
          <legend>{label}</legend>
          {help ? <p className="help">{help}</p> : null}
          <table>
            <thead>
              <tr>
                {q.columns.map((c) => (
                  <th key={c.label} scope="col" lang={lang}>
                    <RubyText text={c.label} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, r) => (
                <tr key={r}>
                  {q.columns.map((c, ci) => (
                    <td key={c.label}>
                      <input
                        aria-label={t('notes.cellLabel', { question: rubyPlain(q.label), row: r + 1, column: rubyPlain(c.label) })}
                        value={row[ci] ?? ''}
                        maxLength={2000}
                        autoComplete="off"
                        onChange={(e) => setCell(r, ci, e.target.value)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </fieldset>
      );
    }
  }
}
