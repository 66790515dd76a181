// The activity report printed (標準 / 大きな文字) or saved as PDF, and its CSV through the platform's
// save dialog, all logged: 'print' and 'export.pdf' by printService, 'export.csv' here (only when
// the file was saved).
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { usePrint } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import { platform } from '../../platform';
import { logEvent } from '../../audit/auditLog';
import { tokyoDate } from '../../../shared/text/dates';
import type { PrintSize } from '../../../shared/print/model';
import type { ActivityReport } from '../../../shared/contactLog/report';
import { reportCsv } from '../../../shared/contactLog/reportCsv';
import { activityReportDocument } from '../../../shared/contactLog/reportPrint';
import { reportAuditId, reportFileName } from './reportView';
import { ErrorBox } from '../../ui/fields';

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
  const { session, notify } = useOpenVault();
  const { print, savePdf, saveWarning, run, busy, problem } = usePrint();

  const pdf = (size: PrintSize, how: typeof print | typeof savePdf = print) =>
    how(() => activityReportDocument(report, { commissionerName, districtName, printedOn: tokyoDate(now()), size }), {
      fileName: reportFileName(report, 'pdf', size),
      table: 'contacts',
      recordId: reportAuditId(report, size),
    });

  const csv = () =>
    run(async () => {
      const bytes = new TextEncoder().encode(reportCsv(report, { commissionerName, districtName }));
      const saved = await platform.saveFile(reportFileName(report, 'csv'), bytes, { name: 'CSV', extensions: ['csv'] });
      if (!saved) return;
      await logEvent(session, { action: 'export.csv', table: 'contacts', recordId: reportAuditId(report, 'csv') }, now());
      notify(t('report.csvDone'));
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
        <button type="button" disabled={busy} onClick={() => void csv()}>
          {t('report.csv')}
        </button>
        {busy ? <span role="status">{t('report.working')}</span> : null}
      </div>
      <p className="help">{t('report.outputHelp')}</p>
      {saveWarning}
      <ErrorBox message={problem} />
    </div>
  );
}
