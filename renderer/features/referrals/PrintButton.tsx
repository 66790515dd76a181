// One print button and its PDFで保存: builds the document only when pressed (the print engine and
// fonts load then), prints or saves it through usePrint (which logs it), and says in words what
// went wrong.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrint, type PrintMeta } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import type { PrintDocument } from '../../../shared/print/model';

export interface PrintJob extends PrintMeta {
  build(): PrintDocument | Promise<PrintDocument>;
}

export function PrintButton(props: {
  job: PrintJob;
  children: ReactNode;
  disabled?: boolean;
  describedBy?: string | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  const { print, savePdf, saveWarning, busy, problem } = usePrint();
  const printId = useId();
  const { job } = props;
  const meta = { fileName: job.fileName, table: job.table, recordId: job.recordId };
  const onPrint = () => print(() => job.build(), meta);

  return (
    <span className={`ref-print ${props.className ?? ''}`}>
      <button
        type="button"
        id={printId}
        disabled={busy || props.disabled}
        aria-describedby={props.describedBy}
        onClick={() => void onPrint()}
      >
        {props.children}
      </button>
      <SavePdfButton printButtonId={printId} disabled={busy || props.disabled} onClick={() => savePdf(() => job.build(), meta)} />
      {saveWarning}
      {busy ? <span role="status">{t('print.working')}</span> : null}
      {problem ? (
        <span className="error-box" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
