// The roster import: pick a CSV file, check which column goes where, see every problem row by
// row, then confirm. Nothing is written before 「N人を取り込む」; やめる writes nothing at all.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { platform } from '../../platform';
import { now } from '../../platform/clock';
import { errorMessage, problemMessage } from '../../i18n';
import { routeHref } from '../../ui/router';
import { ErrorBox, SelectField } from '../../ui/fields';
import { AppError } from '../../../shared/errors/codes';
import type { CsvFileEncoding, CsvTable } from '../../../shared/csv/reader';
import { CSV_LIMITS } from '../../../shared/csv/limits';
import { autoMap, planImport, ROSTER_FIELDS, type RosterField, type RowIssue } from '../../../shared/persons/roster';
import { tokyoDate } from '../../../shared/text/dates';
import { commitImport, rowsToImport } from './exchangeData';
import { tNodes } from '../../ui/UserText';

/** The report lists this many problems; the rest are counted. */
const LISTED = 200;

type Loaded = { fileName: string; bytes: Uint8Array; table: CsvTable };

export function ImportPersons() {
  const { t } = useTranslation();
  const { persons, districts, notify } = useOpenVault();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<(RosterField | null)[]>([]);
  const [defaultDistrictId, setDefaultDistrictId] = useState('');
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [today] = useState(() => tokyoDate(now()));
  const statusId = useId();

  const plan = useMemo(
    () =>
      loaded ? planImport(loaded.table.rows, mapping, { districts, existing: persons.getSnapshot(), defaultDistrictId, today }) : null,
    [loaded, mapping, districts, persons, defaultDistrictId, today],
  );

  const pick = async () => {
    setError(null);
    setOutcome(null);
    // Loaded meanwhile, like the writer: csv-parse is not needed to start the app. The file
    // chooser opens first, while the click still counts as the person's own.
    const reader = import('../../../shared/csv/reader');
    const file = await platform.openFile({ name: 'CSV', extensions: ['csv', 'txt'] }, CSV_LIMITS.maxBytes);
    if (!file) return;
    setBusy('reading');
    try {
      if ('tooLarge' in file) throw new AppError('CsvTooLarge', { max: CSV_LIMITS.maxBytes / (1024 * 1024) });
      const table = await (await reader).readCsv(file.bytes);
      setLoaded({ fileName: file.name, bytes: file.bytes, table });
      setMapping(autoMap(table.rows[0] ?? []));
      setIncludeDuplicates(false);
    } catch (e) {
      setLoaded(null);
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  /** The same file read in the other encoding, when the bytes allow both (see readCsv). */
  const rereadAs = async (encoding: CsvFileEncoding) => {
    if (!loaded) return;
    setError(null);
    setBusy('reading');
    try {
      const table = await (await import('../../../shared/csv/reader')).readCsv(loaded.bytes, { encoding });
      setLoaded({ ...loaded, table });
      setMapping(autoMap(table.rows[0] ?? []));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    setLoaded(null);
    setOutcome(t('exchange.import.cancelled'));
  };

  const confirm = async () => {
    if (!plan) return;
    setBusy('saving');
    setError(null);
    try {
      const n = await commitImport(persons, plan, includeDuplicates, now());
      setLoaded(null);
      setOutcome(t('exchange.import.done', { n }));
      notify(t('exchange.import.done', { n }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const fieldLabel = (key: RosterField | null) => (key ? t(`exchange.fields.${key}`) : '—');
  const issueText = (i: RowIssue): string => {
    switch (i.kind) {
      case 'problem':
        return problemMessage(t, i.problem, { context: 'person' });
      case 'duplicateExisting':
        return t(i.trashed ? 'exchange.import.issues.duplicateTrashed' : 'exchange.import.issues.duplicateExisting');
      case 'unknownDistrict':
      case 'badDate':
      case 'unknownValue':
        return t(`exchange.import.issues.${i.kind}`, { value: i.value });
      default:
        return t(`exchange.import.issues.${i.kind}`);
    }
  };

  const header = loaded?.table.rows[0] ?? [];
  const example = loaded?.table.rows[1] ?? [];
  const dataRows = Math.max(0, (loaded?.table.rows.length ?? 1) - 1);
  const nameMapped = mapping.includes('name');
  const issues = plan?.rows.flatMap((r) => r.issues) ?? [];
  const toImport = plan && nameMapped ? rowsToImport(plan, includeDuplicates).length : 0;
  const failedRows = plan?.rows.filter((r) => r.input === null).length ?? 0;
  const duplicateRows = plan?.rows.filter((r) => r.duplicate).length ?? 0;

  return (
    <div className="import-persons">
      {/* The headers a roster must have are Japanese words in any screen language. */}
      <p>{tNodes(t, 'exchange.import.lead', { headers: <span lang="ja">氏名, ふりがな, 生年月日, 住所, 電話, 地区</span> })}</p>
      <p className="help">{t('exchange.import.howToSave')}</p>
      <div className="row">
        <button type="button" className={loaded ? '' : 'primary'} disabled={busy !== null} onClick={() => void pick()}>
          {t('exchange.import.pick')}
        </button>
        {busy ? <span role="status">{t(busy === 'reading' ? 'exchange.import.reading' : 'exchange.import.saving')}</span> : null}
      </div>
      <ErrorBox message={error} />
      {outcome ? (
        <div className="notice ok" role="status">
          <p>{outcome}</p>
          <a href={routeHref({ name: 'persons' })}>{t('exchange.import.toPersons')}</a>
        </div>
      ) : null}

      {loaded && plan ? (
        <>
          <p className="import-file">
            {t('exchange.import.file', {
              name: loaded.fileName,
              encoding: loaded.table.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS',
              rows: dataRows,
            })}
          </p>
          {loaded.table.alternative ? (
            <p className="help import-reread">
              {t('exchange.import.otherEncoding')}{' '}
              <button type="button" disabled={busy !== null} onClick={() => void rereadAs(loaded.table.alternative ?? 'utf-8')}>
                {t('exchange.import.rereadAs', { encoding: loaded.table.alternative === 'utf-8' ? 'UTF-8' : 'Shift_JIS' })}
              </button>
            </p>
          ) : null}
          {dataRows === 0 ? <p className="error-box">{t('exchange.import.headerOnly')}</p> : null}

          <h3>{t('exchange.import.mappingTitle')}</h3>
          <p className="help">{t('exchange.import.mappingHelp')}</p>
          <table className="import-mapping">
            <thead>
              <tr>
                <th scope="col">{t('exchange.import.column')}</th>
                <th scope="col">{t('exchange.import.header')}</th>
                <th scope="col">{t('exchange.import.example')}</th>
                <th scope="col">{t('exchange.import.field')}</th>
              </tr>
            </thead>
            <tbody>
              {header.map((h, col) => (
                <tr key={col}>
                  <td>{col + 1}</td>
                  <th scope="row" data-user={h ? '' : undefined}>
                    {h || t('exchange.import.columnN', { n: col + 1 })}
                  </th>
                  <td className="import-example" data-user="">
                    {example[col] ?? ''}
                  </td>
                  <td>
                    <select
                      aria-label={t('exchange.import.mappingFor', { header: h || t('exchange.import.columnN', { n: col + 1 }) })}
                      value={mapping[col] ?? ''}
                      onChange={(e) => {
                        const key = (e.target.value || null) as RosterField | null;
                        // One column per field: choosing it here takes it from any other column.
                        setMapping((m) => m.map((k, i) => (i === col ? key : k === key ? null : k)));
                      }}
                    >
                      <option value="">{t('exchange.import.skip')}</option>
                      {ROSTER_FIELDS.map((f) => (
                        <option key={f.key} value={f.key}>
                          {t(`exchange.fields.${f.key}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!nameMapped ? <p className="error-box">{t('exchange.import.nameMissing')}</p> : null}
          <SelectField
            label={t('exchange.import.defaultDistrict')}
            value={defaultDistrictId}
            onChange={setDefaultDistrictId}
            help={t('exchange.import.defaultDistrictHelp')}
            options={[
              { value: '', label: t('exchange.import.defaultDistrictNone') },
              ...districts.filter((d) => !d.archived).map((d) => ({ value: d.id, label: d.name, user: true })),
            ]}
          />

          <h3>{t('exchange.import.reportTitle')}</h3>
          <ul className="import-summary" id={statusId}>
            <li className="import-ready">{t('exchange.import.ready', { n: toImport })}</li>
            <li>{t('exchange.import.failed', { n: failedRows })}</li>
            <li>{t('exchange.import.duplicates', { n: duplicateRows })}</li>
            {plan.blankRows > 0 ? <li>{t('exchange.import.blank', { n: plan.blankRows })}</li> : null}
          </ul>
          {duplicateRows > 0 ? (
            <label className="check single">
              <input type="checkbox" checked={includeDuplicates} onChange={(e) => setIncludeDuplicates(e.target.checked)} />
              {t('exchange.import.includeDuplicates')}
            </label>
          ) : null}
          {issues.length > 0 ? (
            <>
              <h4>{t('exchange.import.problemsTitle')}</h4>
              <table className="import-problems" data-testid="import-problems">
                <thead>
                  <tr>
                    <th scope="col">{t('exchange.import.row')}</th>
                    <th scope="col">{t('exchange.import.problemField')}</th>
                    <th scope="col">{t('exchange.import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {issues.slice(0, LISTED).map((i, n) => (
                    <tr key={n} className={i.severity === 'warning' ? 'is-warning' : 'is-error'}>
                      <td>{t('exchange.import.rowN', { n: i.row })}</td>
                      <td>{fieldLabel(i.field)}</td>
                      <td>
                        {i.severity === 'warning' ? `${t('exchange.import.issues.warning')} ` : ''}
                        {issueText(i)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {issues.length > LISTED ? <p>{t('exchange.import.moreProblems', { n: issues.length - LISTED })}</p> : null}
            </>
          ) : null}
          {toImport === 0 ? <p className="help">{t('exchange.import.nothing')}</p> : null}
          <div className="row import-actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== null || toImport === 0}
              aria-describedby={statusId}
              onClick={() => void confirm()}
            >
              {t('exchange.import.confirm', { n: toImport })}
            </button>
            <button type="button" disabled={busy !== null} onClick={cancel}>
              {t('exchange.import.cancel')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
