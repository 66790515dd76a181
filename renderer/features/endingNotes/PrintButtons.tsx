import { useTranslation } from 'react-i18next';
import { usePrint, type PrintMeta } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import { tokyoDate } from '../../../shared/text/dates';
import type { PrintDocument, PrintSize } from '../../../shared/print/model';
import type { Answers, EndingNoteTemplate } from '../../../shared/endingNotes/template';
import { endingNoteDocument } from '../../../shared/endingNotes/toPrint';
import { rubyPlain } from '../../../shared/endingNotes/ruby';
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
  // The template's own words, in its own language (the screen's may differ).
  const name = <span lang={template.language}>{rubyPlain(template.name)}</span>;
  // An easy template (やさしい日本語, with ruby) prints large only: its readings at half the 標準
  // size would be 5 pt.
  const sizes: [PrintSize, string][] =
    template.variant === 'easy'
      ? [['large', labels[1] ?? '']]
      : [
          ['standard', labels[0] ?? ''],
          ['large', labels[1] ?? ''],
        ];
  return (
    <div className="print-buttons">
      <div className="row">
        {sizes.map(([size, label]) => (
          <span key={size} className="print-pair">
            <button type="button" disabled={busy} onClick={() => void print(size)}>
              {t(label)}
              <span className="visually-hidden">
                {t('punct.colon')}
                {name}
              </span>
            </button>
            <SavePdfButton
              disabled={busy}
              name={
                <>
                  {t(label)}
                  {t('punct.colon')}
                  {name}
                </>
              }
              onClick={() => print(size, savePdf)}
            />
          </span>
        ))}
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
