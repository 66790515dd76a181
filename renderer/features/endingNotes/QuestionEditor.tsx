import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields';
import type { Question } from '../../../shared/endingNotes/template';
import { rubyPlain } from '../../../shared/endingNotes/ruby';

/** "氏名:2" → { label: '氏名', width: 2 }; a bare label has width 1. */
export function parseColumns(text: string): { label: string; width: number }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)[:：]\s*(\d+(?:\.\d+)?)$/.exec(line);
      return m ? { label: (m[1] ?? '').trim(), width: Number(m[2]) } : { label: line, width: 1 };
    });
}

export function formatColumns(cols: readonly { label: string; width: number }[]): string {
  return cols.map((c) => (c.width === 1 ? c.label : `${c.label}:${c.width}`)).join('\n');
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function QuestionEditor(props: {
  question: Question;
  onChange(q: Question): void;
  onMove(delta: number): void;
  onRemove(): void;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  const q = props.question;
  const set = (patch: Partial<Question>) => props.onChange({ ...q, ...patch } as Question);
  const int = (s: string, min: number, max: number) => Math.min(max, Math.max(min, Number.parseInt(s, 10) || min));
  return (
    <div className="tpl-question">
      <p className="kind">{t(`templates.kinds.${q.kind}`)}</p>
      <TextField label={t('templates.questionLabel')} value={q.label} onChange={(label) => set({ label })} maxLength={300} />
      <TextField
        label={t('templates.questionHelp')}
        value={q.help ?? ''}
        onChange={(help) => set({ help: help || undefined })}
        maxLength={2000}
      />
      {q.kind === 'longText' ? (
        <TextField label={t('templates.lines')} value={String(q.lines)} onChange={(v) => set({ lines: int(v, 1, 40) })} />
      ) : null}
      {q.kind === 'single' || q.kind === 'multi' ? (
        <TextField
          label={t('templates.options')}
          value={q.options.join('\n')}
          onChange={(v) => set({ options: lines(v) })}
          multiline={Math.max(3, q.options.length)}
        />
      ) : null}
      {q.kind === 'table' ? (
        <>
          <TextField
            label={t('templates.columns')}
            help={t('templates.columnsHelp')}
            value={formatColumns(q.columns)}
            onChange={(v) => set({ columns: parseColumns(v) })}
            multiline={Math.max(3, q.columns.length)}
          />
          <TextField label={t('templates.blankRows')} value={String(q.blankRows)} onChange={(v) => set({ blankRows: int(v, 1, 40) })} />
        </>
      ) : null}
      <div className="row">
        <button type="button" onClick={() => props.onMove(-1)} disabled={props.first}>
          {t('templates.up')}
          <span className="visually-hidden" data-user="">
            {t('punct.colon')}
            {rubyPlain(q.label)}
          </span>
        </button>
        <button type="button" onClick={() => props.onMove(1)} disabled={props.last}>
          {t('templates.down')}
          <span className="visually-hidden" data-user="">
            {t('punct.colon')}
            {rubyPlain(q.label)}
          </span>
        </button>
        <button type="button" className="danger" onClick={props.onRemove}>
          {t('templates.removeQuestion')}
          <span className="visually-hidden" data-user="">
            {t('punct.colon')}
            {rubyPlain(q.label)}
          </span>
        </button>
      </div>
    </div>
  );
}
