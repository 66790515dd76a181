import { useTranslation } from 'react-i18next';
import { usePrint, type PrintMeta } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import { tokyoDate } from '../../../shared/text/dates';
import type { PrintDocument, PrintSize } from '../../../shared/print/model';
import type { Answers, EndingNoteTemplate } from '../../../shared/endingNotes/template';
import { endingNoteDocument } from '../../../shared/endingNotes/toPrint';
import type { PersonRecord } from '../../records/personStore';

/** Print buttons for a form (blank, blank with the person's name, or filled), each with its PDFで保存. */
export function PrintButtons({
  template,
  person,
  answers,
  filled,
}: {
  template: EndingNoteTemplate;
  person?: PersonRecord | undefined;
  answers?: Answers;
  filled?: boolean;
}) {
  const { t } = useTranslation();
  const { print: printDoc, savePdf, saveWarning, busy, problem } = usePrint();

  const print = (size: PrintSize, how: (build: () => PrintDocument, meta: PrintMeta) => unknown = printDoc) => {
    const kind = filled ? 'filled' : person ? 'named' : 'blank';
    return how(
      () =>
        endingNoteDocument(template, {
          size,
          ...(person ? { personName: person.name } : {}),
          ...(filled ? { answers: answers ?? {}, printedOn: tokyoDate() } : {}),
        }),
      {
        fileName: `${template.id}-${kind}-${size}.pdf`,
        table: filled ? 'endingNotes' : 'templates',
        recordId: `${template.id}@${template.version}:${kind}:${size}${person ? `:${person.id}` : ''}`,
      },
    );
  };

  const labels = filled
    ? ['print.filledStandard', 'print.filledLarge']
    : person
      ? ['print.blankNamedStandard', 'print.blankNamedLarge']
      : ['print.blankStandard', 'print.blankLarge'];
  return (
    <div className="print-buttons">
      <div className="row">
        <span className="print-pair">
          <button type="button" disabled={busy} onClick={() => void print('standard')}>
            {t(labels[0] ?? '')}
            <span className="visually-hidden">：{template.name}</span>
          </button>
          <SavePdfButton disabled={busy} name={`${t(labels[0] ?? '')}：${template.name}`} onClick={() => print('standard', savePdf)} />
        </span>
        <span className="print-pair">
          <button type="button" disabled={busy} onClick={() => void print('large')}>
            {t(labels[1] ?? '')}
            <span className="visually-hidden">：{template.name}</span>
          </button>
          <SavePdfButton disabled={busy} name={`${t(labels[1] ?? '')}：${template.name}`} onClick={() => print('large', savePdf)} />
        </span>
        {busy ? <span role="status">{t('print.working')}</span> : null}
      </div>
      {saveWarning}
      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}
    </div>
  );
}
