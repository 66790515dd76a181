// The activity report's counts as tables: a caption, a header row, one row per category (in the
// form's order) with the category as the row header, and 計 in the footer. 分野 read as on the
// printed form (「高齢者に関すること」) in Japanese.
import { useTranslation } from 'react-i18next';
import { FIELD_LABELS } from '../../../shared/contactLog/activity';
import { NO_FIELD, type ActivityCounts, type ActivityReport, type Count } from '../../../shared/contactLog/report';
import { useTerm } from '../../i18n/terms';
import { useDates } from '../../i18n/dates';

function CountTable({ caption, rows, total, id }: { caption: string; rows: readonly Count<string>[]; total?: number; id: string }) {
  const { t, i18n } = useTranslation();
  const term = useTerm();
  const label = (word: string): string => {
    if (word === NO_FIELD) return t('contacts.noField');
    if (i18n.language !== 'en' && Object.hasOwn(FIELD_LABELS, word)) return FIELD_LABELS[word as keyof typeof FIELD_LABELS];
    return term(word);
  };
  return (
    <table className="report-table" data-testid={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.item')}</th>
          <th scope="col" className="num">
            {t('report.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{label(r.label)}</th>
            <td className={r.count === 0 ? 'num zero' : 'num'}>{r.count}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            <td className="num">{total}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

function totalsRows(c: ActivityCounts, t: (k: string) => string): Count<string>[] {
  return [
    { label: t('report.visits'), count: c.visits },
    { label: t('report.referrals'), count: c.referrals },
    { label: t('report.activeDays'), count: c.activeDays },
    { label: t('report.consultations'), count: c.consultations },
    { label: t('report.entries'), count: c.entries },
  ];
}

export function ReportTables({ report }: { report: ActivityReport }) {
  const { t } = useTranslation();
  const c = report.counts;
  return (
    <>
      <div className="report-tables">
        <CountTable id="report-totals" caption={t('report.totals')} rows={totalsRows(c, t)} />
        <CountTable id="report-by-field" caption={t('report.byField')} rows={c.byField} total={c.consultations} />
        <CountTable id="report-visits-by-field" caption={t('report.visitsByField')} rows={c.visitsByField} total={c.visits} />
        <CountTable id="report-by-content" caption={t('report.byContent')} rows={c.byContent} total={c.consultations} />
        <CountTable id="report-other" caption={t('report.otherActivities')} rows={c.otherActivities} />
      </div>
      {report.kind === 'fiscalYear' ? <MonthlyTable report={report} /> : null}
    </>
  );
}

function MonthlyTable({ report }: { report: Extract<ActivityReport, { kind: 'fiscalYear' }> }) {
  const { t } = useTranslation();
  const dates = useDates();
  const cols = (c: ActivityCounts) => [c.visits, c.referrals, c.activeDays, c.consultations, c.entries];
  const headers = [t('report.visits'), t('report.referrals'), t('report.activeDays'), t('report.consultations'), t('report.entries')];
  return (
    <div className="report-wide">
      <table className="report-table monthly" data-testid="report-by-month">
        <caption>{t('report.byMonthTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.monthCol')}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{dates.monthName(Number(m.month.slice(5, 7)))}</th>
              {cols(m.counts).map((n, i) => (
                <td key={headers[i]} className="num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            {cols(report.counts).map((n, i) => (
              <td key={headers[i]} className="num">
                {n}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
