// One print button: builds the document only when pressed (the print engine and fonts load then),
// prints it through printDocument (which logs the print), and says in words what went wrong.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../app/context';
import { errorMessage } from '../../i18n';
import type { PrintDocument } from '../../../shared/print/model';

export interface PrintJob {
  build(): PrintDocument | Promise<PrintDocument>;
  fileName: string;
  table: string;
  recordId: string;
}

export function PrintButton(props: { job: PrintJob; children: ReactNode; disabled?: boolean; describedBy?: string | undefined; className?: string }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const print = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const doc = await props.job.build();
      const { printDocument } = await import('../../print/printService');
      const outcome = await printDocument(session, doc, { fileName: props.job.fileName, table: props.job.table, recordId: props.job.recordId });
      if (outcome.kind === 'missing') setProblem(t('print.missingGlyphs', { chars: outcome.chars.join(' '), where: outcome.where.join('、') }));
      else if (outcome.kind === 'saved') notify(t('print.done'));
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className={`ref-print ${props.className ?? ''}`}>
      <button type="button" disabled={busy || props.disabled} aria-describedby={props.describedBy} onClick={() => void print()}>
        {props.children}
      </button>
      {busy ? <span role="status">{t('print.working')}</span> : null}
      {problem ? <span className="error-box" role="alert">{problem}</span> : null}
    </span>
  );
}
