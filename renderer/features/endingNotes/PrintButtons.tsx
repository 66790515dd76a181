import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../app/context';
import { errorMessage } from '../../i18n';
import { tokyoDate } from '../../../shared/text/dates';
import type { PrintSize } from '../../../shared/print/model';
import type { Answers, EndingNoteTemplate } from '../../../shared/endingNote/template';
import { endingNoteDocument } from '../../../shared/endingNote/toPrint';
import type { PersonRecord } from '../persons/personRepo';

/** Print buttons for a form: blank, blank with the person's name, or filled. */
export function PrintButtons({ template, person, answers, filled }: { template: EndingNoteTemplate; person?: PersonRecord | undefined; answers?: Answers; filled?: boolean }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const print = async (size: PrintSize) => {
    setBusy(true);
    setProblem(null);
    try {
      const doc = endingNoteDocument(template, {
        size,
        ...(person ? { personName: person.name } : {}),
        ...(filled ? { answers: answers ?? {}, printedOn: tokyoDate() } : {}),
      });
      const kind = filled ? 'filled' : person ? 'named' : 'blank';
      // The print engine and fonts load only when something is printed.
      const { printDocument } = await import('../../print/printService');
      const outcome = await printDocument(session, doc, {
        fileName: `${template.id}-${kind}-${size}.pdf`,
        table: filled ? 'endingNotes' : 'templates',
        recordId: `${template.id}@${template.version}:${kind}:${size}${person ? `:${person.id}` : ''}`,
      });
      if (outcome.kind === 'missing') setProblem(t('print.missingGlyphs', { chars: outcome.chars.join(' '), where: outcome.where.join('、') }));
      else if (outcome.kind === 'saved') notify(t('print.done'));
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const labels = filled ? ['print.filledStandard', 'print.filledLarge'] : person ? ['print.blankNamedStandard', 'print.blankNamedLarge'] : ['print.blankStandard', 'print.blankLarge'];
  return (
    <div className="print-buttons">
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void print('standard')}>{t(labels[0] ?? '')}<span className="visually-hidden">：{template.name}</span></button>
        <button type="button" disabled={busy} onClick={() => void print('large')}>{t(labels[1] ?? '')}<span className="visually-hidden">：{template.name}</span></button>
        {busy ? <span role="status">{t('print.working')}</span> : null}
      </div>
      {problem ? <div className="error-box" role="alert">{problem}</div> : null}
    </div>
  );
}
