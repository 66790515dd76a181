// 活動記録: the monthly (or fiscal-year) counts a commissioner reports upward, counted from the
// contact log by shared/contactLog/report.ts, shown as tables and written out as PDF or CSV.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { SelectField } from '../../ui/fields';
import { fiscalYear as fiscalYearOf, tokyoDate } from '../../../shared/text/dates';
import { reportPeriodLabel } from '../../../shared/contactLog/reportPrint';
import { commissionerEntries, contactDateSpan, contactsOfCommissioner } from './contactRepo';
import { monthOf, periodRange } from './contactLog';
import { buildReport, commissionersOf, fiscalYearRange, type ReportPeriod } from './reportView';
import { ReportTables } from './ReportTables';
import { ReportExport } from './ReportExport';
import { PeriodPicker } from './PeriodPicker';
import { useDates } from '../../i18n/dates';
import { tWithUser } from '../../ui/UserText';

export function ActivityReportPage() {
  const { t } = useTranslation();
  const { session, profile, districts } = useOpenVault();
  const [today] = useState(() => tokyoDate(now()));
  const [commissionerId, setCommissionerId] = useState(profile.id);
  const [periodKind, setPeriodKind] = useState<'month' | 'fiscalYear'>('month');
  const [month, setMonth] = useState(monthOf(today));
  const [fiscalYear, setFiscalYear] = useState(fiscalYearOf(today));
  const period = useMemo<ReportPeriod>(
    () => (periodKind === 'month' ? { kind: 'month', month } : { kind: 'fiscalYear', fiscalYear }),
    [periodKind, month, fiscalYear],
  );
  // Only the chosen commissioner's entries of the chosen period are opened (a whole district's
  // log is tens of thousands of entries), and one entry per commissioner for their names.
  const { from, to } = periodRange(period);
  const loaded = useLiveQuery(
    async () => ({ key: `${commissionerId}|${from}|${to}`, ...(await contactsOfCommissioner(session, commissionerId, from, to)) }),
    [session, commissionerId, from, to],
  );
  const data = loaded?.key === `${commissionerId}|${from}|${to}` ? loaded : undefined;
  const newest = useLiveQuery(() => commissionerEntries(session), [session]);
  const span = useLiveQuery(() => contactDateSpan(session), [session]);
  const entries = useMemo(() => data?.items ?? [], [data]);
  const commissioners = useMemo(
    () => commissionersOf(newest ?? [], { id: profile.id, name: profile.name }),
    [newest, profile.id, profile.name],
  );
  const years = useMemo(() => fiscalYearRange(span ?? null, today), [span, today]);
  const report = useMemo(() => buildReport(entries, commissionerId, period), [entries, commissionerId, period]);
  const commissioner = commissioners.find((c) => c.id === commissionerId) ?? commissioners[0] ?? { id: profile.id, name: profile.name };
  const districtName = commissioner.id === profile.id ? (districts.find((d) => d.id === profile.districtId)?.name ?? '') : '';

  return (
    <section aria-labelledby="report-title" className="activity-report">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="lead">{t('report.lead')}</p>
      <fieldset className="report-conditions">
        <legend>{t('report.conditions')}</legend>
        <div className="report-condition-grid">
          <SelectField
            label={t('report.commissioner')}
            value={commissioner.id}
            onChange={setCommissionerId}
            options={commissioners.map((c) => ({ value: c.id, label: c.name, user: true }))}
          />
          <PeriodPicker
            kind={periodKind}
            month={month}
            fiscalYear={fiscalYear}
            years={years}
            onKind={setPeriodKind}
            onMonth={setMonth}
            onFiscalYear={setFiscalYear}
          />
        </div>
      </fieldset>
      {!data ? (
        <p role="status">{t('contacts.loading')}</p>
      ) : (
        <ReportResult data={data} report={report} commissionerName={commissioner.name} districtName={districtName} />
      )}
    </section>
  );
}

function ReportResult({
  data,
  report,
  commissionerName,
  districtName,
}: {
  data: { corrupt: readonly string[] };
  report: ReturnType<typeof buildReport>;
  commissionerName: string;
  districtName: string;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  return (
    <>
      {data.corrupt.length > 0 ? (
        <p className="error-box" role="alert">
          {t('contacts.corrupt', { n: data.corrupt.length })}
        </p>
      ) : null}
      <h2 id="report-heading">
        {tWithUser(
          t,
          'report.heading',
          { name: commissionerName },
          {
            period:
              i18n.language === 'en'
                ? report.kind === 'month'
                  ? dates.month(report.month)
                  : dates.fiscalYear(report.fiscalYear)
                : reportPeriodLabel(report),
          },
        )}
      </h2>
      <p className="count" role="status" data-testid="report-counted">
        {report.counts.entries === 0
          ? t('report.noEntries')
          : t('report.entriesCounted', { n: report.counts.entries, from: dates.wareki(report.from), to: dates.wareki(report.to) })}
      </p>
      <ReportExport report={report} commissionerName={commissionerName} districtName={districtName} />
      <ReportTables report={report} />
      <p className="help">{t('report.note')}</p>
    </>
  );
}
