// One print button: builds the document only when pressed (the print engine and fonts load then),
// prints it through usePrint (which logs the print), and says in words what went wrong.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrint, type PrintMeta } from '../../print/usePrint';
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
  const { print, busy, problem } = usePrint();
  const { job } = props;
  const onPrint = () => print(() => job.build(), { fileName: job.fileName, table: job.table, recordId: job.recordId });

  return (
    <span className={`ref-print ${props.className ?? ''}`}>
      <button type="button" disabled={busy || props.disabled} aria-describedby={props.describedBy} onClick={() => void onPrint()}>
        {props.children}
      </button>
      {busy ? <span role="status">{t('print.working')}</span> : null}
      {problem ? (
        <span className="error-box" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
