// The activity report printed (標準 / 大きな文字) or saved as PDF, and its CSV (UTF-8 or Shift_JIS,
// ui/CsvSave) through the platform's save dialog, all logged: 'print' and 'export.pdf' by
// printService, 'export.csv' by CsvSave (only when the file was saved).
import { useTranslation } from 'react-i18next';
import { now } from '../../platform/clock';
import { usePrint } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import { tokyoDate } from '../../../shared/text/dates';
import type { PrintSize } from '../../../shared/print/model';
import type { ActivityReport } from '../../../shared/contactLog/report';
import { reportTable } from '../../../shared/contactLog/reportCsv';
import { activityReportDocument } from '../../../shared/contactLog/reportPrint';
import { reportAuditId, reportFileName } from './reportView';
import { ErrorBox } from '../../ui/fields';
import { CsvSave } from '../../ui/CsvSave';

export function ReportExport({
  report,
  commissionerName,
  districtName,
}: {
  report: ActivityReport;
  commissionerName: string;
  districtName: string;
}) {
  const { t } = useTranslation();
  const { print, savePdf, saveWarning, busy, problem } = usePrint();

  const pdf = (size: PrintSize, how: typeof print | typeof savePdf = print) =>
    how(() => activityReportDocument(report, { commissionerName, districtName, printedOn: tokyoDate(now()), size }), {
      fileName: reportFileName(report, 'pdf', size),
      table: 'contacts',
      recordId: reportAuditId(report, size),
    });

  return (
    <div className="report-export" role="group" aria-labelledby="report-export-title">
      <span id="report-export-title" className="label">
        {t('report.output')}
      </span>
      <div className="row">
        <span className="print-pair">
          <button type="button" className="primary" disabled={busy} onClick={() => void pdf('standard')}>
            {t('report.pdfStandard')}
          </button>
          <SavePdfButton disabled={busy} name={t('report.pdfStandard')} onClick={() => void pdf('standard', savePdf)} />
        </span>
        <span className="print-pair">
          <button type="button" className="primary" disabled={busy} onClick={() => void pdf('large')}>
            {t('report.pdfLarge')}
          </button>
          <SavePdfButton disabled={busy} name={t('report.pdfLarge')} onClick={() => void pdf('large', savePdf)} />
        </span>
        {busy ? <span role="status">{t('report.working')}</span> : null}
      </div>
      <CsvSave
        label={t('report.csv')}
        fileName={reportFileName(report, 'csv')}
        audit={{ table: 'contacts', recordId: reportAuditId(report, 'csv') }}
        content={async () => ({ rows: reportTable(report, { commissionerName, districtName }) })}
        disabled={busy}
      />
      <p className="help">{t('report.outputHelp')}</p>
      {saveWarning}
      <ErrorBox message={problem} />
    </div>
  );
}
