// 柱2の取組状況: the pillar-2 dashboard. Counts per action goal and district for a month, a fiscal
// quarter or a fiscal year beside the period before, whether support reaches people, and charts
// (ECharts, rendered to SVG by the same function the report PDF uses). The tables, the CSV and
// the report are built from one set of computed cells, so their figures are the same.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { SelectField } from '../../ui/fields';
import { MonthField } from '../../ui/MonthField';
import { CsvSave } from '../../ui/CsvSave';
import { ErrorBox } from '../../ui/fields';
import { usePrint } from '../../print/usePrint';
import { SavePdfButton } from '../../print/SavePdf';
import { fiscalYear as fiscalYearOf, tokyoDate } from '../../../shared/text/dates';
import { P2_GOAL_IDS } from '../../../shared/domain/goals';
import type { Audience } from '../../../shared/dashboard/format';
import { ALL_DISTRICTS, buildDashboard, type Dashboard, type GoalKey } from '../../../shared/dashboard/indicators';
import { periodId, periodLabel, periodRange, type DashPeriod, type DashPeriodKind } from '../../../shared/dashboard/period';
import { dashboardTables, goalLabel, tableGrid, type DashTable, type TableLabels } from '../../../shared/dashboard/tables';
import { activityChart, overdueChart, renderChartSvg, type ChartSpec } from '../../../shared/dashboard/charts';
import { dashboardReportDocument } from '../../../shared/dashboard/reportPrint';
import { loadDashboard } from './dashboardLoad';
import { useDates, type DateFormats } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';
import { tNodes } from '../../ui/UserText';
import { DASHBOARD_WORDS_JA, type DashWords } from '../../../shared/dashboard/words';
import type { TFunction } from 'i18next';

/** How the screen writes periods, dates and chart descriptions in its language (the PDF always in Japanese). */
function screenWords(language: string, t: TFunction, dates: DateFormats, term: (w: string) => string): DashWords {
  if (language !== 'en') return DASHBOARD_WORDS_JA;
  const w = (key: string, vars: Record<string, unknown> = {}) => t(`dashboard.words.${key}`, vars);
  return {
    periodShort: (p) =>
      p.kind === 'month'
        ? dates.month(p.month)
        : p.kind === 'quarter'
          ? w('quarter', { fy: p.fiscalYear, q: p.quarter })
          : `FY${p.fiscalYear}`,
    day: dates.short,
    monthName: dates.monthName,
    goal: term,
    aside: (x) => t('punct.aside', { x }),
    underThree: w('underThree'),
    days: (n) => w('days', { n }),
    count: (n) => String(n),
    activityTitle: w('activityTitle'),
    barChart: (title, items) => w('barChart', { title, items: items.join('. ') }),
    lineChart: (title, items) => w('lineChart', { title, items: items.join(', ') }),
    lineChartEmpty: (title) => w('lineChartEmpty', { title }),
    barPair: (name, previous, current) => `${name}${t('punct.colon')}${previous}${t('punct.list')}${current}`,
    point: (name, value) => `${name}${t('punct.colon')}${value}`,
  };
}

/** A period in full: 令和8年4月 / … in Japanese (shared periodLabel), "Apr 2026" / "FY2026 (Reiwa 8) Q1 (Apr–Jun)" in English. */
function periodText(language: string, t: TFunction, dates: DateFormats, p: DashPeriod): string {
  if (language !== 'en') return periodLabel(p);
  if (p.kind === 'month') return dates.month(p.month);
  if (p.kind === 'quarter')
    return t('dashboard.words.quarterLong', {
      fy: dates.fiscalYear(p.fiscalYear),
      q: p.quarter,
      months: t(`dashboard.quarterMonths.q${p.quarter}`),
    });
  return dates.fiscalYear(p.fiscalYear);
}

const KINDS: readonly DashPeriodKind[] = ['month', 'quarter', 'fiscalYear'];
const QUARTERS = [1, 2, 3, 4] as const;

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const words = useMemo(() => screenWords(i18n.language, t, dates, term), [i18n.language, t, dates, term]);
  const { session, persons, districts } = useOpenVault();
  const [today] = useState(() => tokyoDate(now()));
  const [kind, setKind] = useState<DashPeriodKind>('month');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [fiscalYear, setFiscalYear] = useState(fiscalYearOf(today));
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(() => {
    const m = Number(today.slice(5, 7));
    return (Math.floor(((m + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
  });
  const [district, setDistrict] = useState<string>(ALL_DISTRICTS);
  const [goal, setGoal] = useState<GoalKey>('all');
  const [audience, setAudience] = useState<Audience>('internal');
  const period = useMemo<DashPeriod>(
    () => (kind === 'month' ? { kind, month } : kind === 'quarter' ? { kind, fiscalYear, quarter } : { kind: 'fiscalYear', fiscalYear }),
    [kind, month, fiscalYear, quarter],
  );
  const key = periodId(period);
  const loaded = useLiveQuery(async () => ({ key, ...(await loadDashboard(session, persons, period)) }), [session, persons, key]);
  const data = loaded?.key === key ? loaded : undefined;
  const districtIds = useMemo(() => districts.map((d) => d.id), [districts]);
  const dash = useMemo(
    () => (data ? buildDashboard(data.data, { period, district, goal, districts: districtIds, today }) : null),
    [data, period, district, goal, districtIds, today],
  );
  const years = useMemo(() => Array.from({ length: 6 }, (_, i) => fiscalYearOf(today) - i), [today]);
  const labels = t('dashboard.labels', { returnObjects: true }) as TableLabels;
  const districtNameOf = (id: string) => districts.find((d) => d.id === id)?.name ?? id;
  const radioName = useId();
  const audienceName = useId();

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.lead')}</p>
      <fieldset className="report-conditions">
        <legend>{t('dashboard.conditions')}</legend>
        <div className="report-condition-grid">
          <fieldset className="kind-choice">
            <legend>{t('dashboard.periodKind')}</legend>
            <div className="choice-chips">
              {KINDS.map((k) => (
                <label key={k} className="choice-chip">
                  <input type="radio" name={radioName} value={k} checked={kind === k} onChange={() => setKind(k)} />
                  <span>{t(`dashboard.kinds.${k}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {kind === 'month' ? (
            <MonthField label={t('dashboard.month')} value={month} onChange={setMonth} />
          ) : (
            <SelectField
              label={t('dashboard.fiscalYear')}
              value={String(fiscalYear)}
              onChange={(v) => setFiscalYear(Number(v))}
              options={years.map((y) => ({
                value: String(y),
                label: t('dashboard.fiscalYearOption', { wareki: dates.fiscalYear(y), year: y, next: y + 1 }),
              }))}
            />
          )}
          {kind === 'quarter' ? (
            <SelectField
              label={t('dashboard.quarter')}
              value={String(quarter)}
              onChange={(v) => setQuarter(Number(v) as 1 | 2 | 3 | 4)}
              options={QUARTERS.map((q) => ({
                value: String(q),
                label: t('dashboard.quarterOption', { q, months: t(`dashboard.quarterMonths.q${q}`) }),
              }))}
            />
          ) : null}
          <SelectField
            label={t('dashboard.district')}
            value={district}
            onChange={setDistrict}
            options={[
              { value: ALL_DISTRICTS, label: t('dashboard.allDistricts') },
              ...districts.map((d) => ({ value: d.id, label: d.name, user: true })),
            ]}
          />
          <SelectField
            label={t('dashboard.goal')}
            value={goal}
            onChange={(v) => setGoal(v)}
            options={(['all', ...P2_GOAL_IDS] as GoalKey[]).map((g) => ({ value: g, label: goalLabel(g, labels, words) }))}
          />
        </div>
        <fieldset className="kind-choice">
          <legend>{t('dashboard.audience')}</legend>
          <div className="choice-chips">
            {(['internal', 'external'] as const).map((a) => (
              <label key={a} className="choice-chip">
                <input type="radio" name={audienceName} value={a} checked={audience === a} onChange={() => setAudience(a)} />
                <span>{t(`dashboard.audiences.${a}`)}</span>
              </label>
            ))}
          </div>
          <p className="help">
            {tNodes(t, 'dashboard.audienceHelp', {
              mark: (
                <span lang="ja" className="nowrap">
                  {t('dashboard.marks.underThree')}
                </span>
              ),
            })}
          </p>
        </fieldset>
      </fieldset>
      {!dash || !data ? (
        <p role="status">{t('dashboard.loading')}</p>
      ) : (
        <DashboardResult
          dash={dash}
          corrupt={data.corrupt.length}
          audience={audience}
          labels={labels}
          words={words}
          today={today}
          districtName={district === ALL_DISTRICTS ? t('dashboard.allDistricts') : districtNameOf(district)}
          districtNameOf={districtNameOf}
        />
      )}
    </section>
  );
}

function DashboardResult(props: {
  dash: Dashboard;
  corrupt: number;
  audience: Audience;
  labels: TableLabels;
  words: DashWords;
  today: string;
  districtName: string;
  districtNameOf(id: string): string;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const { dash, audience, labels, words } = props;
  const tables = useMemo(
    () => dashboardTables(dash, { audience, districtName: props.districtNameOf, labels, words }),
    // districtNameOf follows the district list, which the tables are rebuilt with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dash, audience, labels, words],
  );
  const charts = useMemo(
    () => [activityChart(dash, audience, labels, words), overdueChart(dash, audience, labels, words)],
    [dash, audience, labels, words],
  );
  const range = periodRange(dash.period);
  return (
    <>
      {props.corrupt > 0 ? (
        <p className="error-box" role="alert">
          {t('dashboard.corrupt', { n: props.corrupt })}
        </p>
      ) : null}
      <h2 id="dashboard-heading">
        {t('dashboard.heading', {
          period: periodText(i18n.language, t, dates, dash.period),
          previous: periodText(i18n.language, t, dates, dash.previousPeriod),
        })}
      </h2>
      <p className="count" role="status" data-testid="dashboard-counted">
        {t('dashboard.counted', { from: dates.wareki(range.from), to: dates.wareki(range.to) })}
        {range.to > props.today ? ` ${t('dashboard.running', { today: dates.wareki(props.today) })}` : ''}
      </p>
      <DashboardExport
        dash={dash}
        tables={tables}
        audience={audience}
        districtName={props.districtName}
        districtNameOf={props.districtNameOf}
      />
      <div className="dashboard-tables">
        {tables.map((table) => (
          <DashTableView
            key={table.id}
            table={table}
            words={words}
            // The by-district rows are headed by district names (typed in Settings), but for 地区なし.
            userRow={table.id === 'byDistrict' ? (r) => (dash.byDistrict[r]?.districtId ?? '') !== '' : undefined}
          />
        ))}
      </div>
      <p className="help">{t('dashboard.reachNote')}</p>
      <h2>{t('dashboard.charts')}</h2>
      <div className="dashboard-charts">
        {charts.map((c) => (
          <ChartView key={c.id} spec={c} />
        ))}
      </div>
    </>
  );
}

function DashTableView({
  table,
  words,
  userRow,
}: {
  table: DashTable;
  words: DashWords;
  userRow?: ((row: number) => boolean) | undefined;
}) {
  const grid = tableGrid(table, 'display', words);
  return (
    // A wide table scrolls sideways at 特大: focusable, so the keyboard can scroll it too.
    <div className="report-wide dashboard-table" role="region" aria-label={table.title} tabIndex={0}>
      <table className="report-table" data-testid={`dashboard-${table.id}`}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {grid.header.map((h, i) => (
              <th key={i} scope="col" className={i === 0 ? undefined : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" data-user={userRow?.(r) ? '' : undefined}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart as an image of its SVG (the CSP allows no inline styles in the page itself); its words as alt. */
function ChartView({ spec }: { spec: ChartSpec }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderChartSvg(spec))}`, [spec]);
  return (
    <figure className="dashboard-chart" data-testid={`dashboard-chart-${spec.id}`}>
      <img src={src} alt={spec.alt} width={spec.width} height={spec.height} />
    </figure>
  );
}

function DashboardExport(props: {
  dash: Dashboard;
  tables: readonly DashTable[];
  audience: Audience;
  districtName: string;
  districtNameOf(id: string): string;
}) {
  const { t } = useTranslation();
  const { print, savePdf, saveWarning, busy, problem } = usePrint();
  const [which, setWhich] = useState<DashTable['id']>('selected');
  const table = props.tables.find((x) => x.id === which) ?? props.tables[0];
  const id = periodId(props.dash.period);
  const audienceWord = t(`dashboard.pdfAudience.${props.audience}`);
  const meta = { fileName: `hashira2-${id}-${props.audience}.pdf`, table: 'dashboard', recordId: `${id}|${props.audience}` };
  const build = () =>
    dashboardReportDocument(props.dash, {
      audience: props.audience,
      districtName: props.districtName,
      districtNameOf: props.districtNameOf,
      printedOn: tokyoDate(now()),
      size: 'standard',
    });
  return (
    <div className="report-export" role="group" aria-labelledby="dashboard-export-title">
      <span id="dashboard-export-title" className="label">
        {t('dashboard.output')}
      </span>
      <div className="row">
        <span className="print-pair">
          <button type="button" className="primary" disabled={busy} onClick={() => void print(build, meta)}>
            {t('dashboard.pdf', { audience: audienceWord })}
          </button>
          <SavePdfButton disabled={busy} name={t('dashboard.pdfName', { audience: audienceWord })} onClick={() => savePdf(build, meta)} />
        </span>
        {busy ? <span role="status">{t('dashboard.working')}</span> : null}
      </div>
      <SelectField
        label={t('dashboard.csvTable')}
        value={which}
        onChange={(v) => setWhich(v as DashTable['id'])}
        options={props.tables.map((x) => ({ value: x.id, label: x.title }))}
      />
      {table ? (
        <CsvSave
          label={t('dashboard.csv')}
          fileName={`hashira2-${id}-${table.id}-${props.audience}.csv`}
          audit={{ table: 'dashboard', recordId: `${id}|${table.id}|${props.audience}` }}
          content={async () => {
            const grid = tableGrid(table, 'csv');
            return { rows: [grid.header, ...grid.rows] };
          }}
          disabled={busy}
        />
      ) : null}
      <p className="help">
        {tNodes(t, 'dashboard.outputHelp', {
          mark: (
            <span lang="ja" className="nowrap">
              {t('dashboard.marks.confidential')}
            </span>
          ),
        })}
      </p>
      {saveWarning}
      <ErrorBox message={problem} />
    </div>
  );
}
