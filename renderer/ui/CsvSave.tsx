// Saving a table as CSV, the same way everywhere (対象者一覧, 見守り記録, やること, 活動記録):
// UTF-8 (the default: Excel 2016 and later open it as it is) or Shift_JIS for older software.
// Shift_JIS first lists every character it cannot hold, with its row and column, and the person
// chooses: save as UTF-8 instead, or go on with those characters as '?' (listed again after).
// Nothing is replaced silently. The file goes through the platform's save dialog and, once saved,
// is logged as export.csv with the table's name.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvEncoding, CsvRows } from '../../shared/csv/format';
import type { Unfit } from '../../shared/csv/writer';
import { platform } from '../platform';
import { now } from '../platform/clock';
import { logEvent } from '../audit/auditLog';
import { useOpenVault } from '../records/context';
import { errorMessage } from '../i18n';
import { ErrorBox } from './fields';

/** What a save writes: the rows (header first) and how many records could not be opened. */
export interface CsvContent {
  rows: CsvRows;
  skipped?: number;
}

/** At most this many places are listed; the count says how many there are in all. */
const LISTED = 40;

export function CsvSave(props: {
  /** The button's text (対象者一覧をCSVで保存…). */
  label: string;
  fileName: string;
  /** The audit entry's table and record id (what and which period, never names). */
  audit: { table: string; recordId: string };
  content(): Promise<CsvContent>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [encoding, setEncoding] = useState<CsvEncoding>('utf-8');
  const [pending, setPending] = useState<{ content: CsvContent; unfit: readonly Unfit[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<readonly Unfit[]>([]);
  const name = useId();
  const listId = useId();

  const save = async (content: CsvContent, as: CsvEncoding, replaceUnfit: boolean) => {
    // Loaded on first use: the Shift_JIS tables are not needed to start the app.
    const { encodeCsv } = await import('../../shared/csv/writer');
    const encoded = encodeCsv(content.rows, as, { replaceUnfit });
    if (!encoded.ok) {
      setPending({ content, unfit: encoded.unfit });
      return;
    }
    setPending(null);
    const saved = await platform.saveFile(props.fileName, encoded.bytes, { name: 'CSV', extensions: ['csv'] });
    if (!saved) return;
    await logEvent(session, { action: 'export.csv', table: props.audit.table, recordId: props.audit.recordId }, now());
    setReplaced(encoded.replaced);
    const skipped = content.skipped ? ` ${t('csv.skipped', { n: content.skipped })}` : '';
    notify(`${t('csv.saved', { encoding: t(`csv.${as}`) })}${skipped}`);
  };

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const header = pending?.content.rows[0] ?? [];
  const place = (u: Unfit) => {
    const column = header[u.column - 1];
    return t('csv.place', { row: u.row, column: typeof column === 'string' && column !== '' ? column : t('csv.columnN', { n: u.column }) });
  };

  return (
    <div className="csv-save">
      <fieldset className="checks csv-encoding">
        <legend>{t('csv.encoding')}</legend>
        <div className="choice-chips">
          {(['utf-8', 'shift_jis'] as const).map((e) => (
            <label key={e} className="choice-chip">
              <input
                type="radio"
                name={name}
                value={e}
                checked={encoding === e}
                disabled={busy}
                onChange={() => {
                  setEncoding(e);
                  setPending(null);
                }}
              />
              {t(`csv.${e}Choice`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="button"
        className="primary"
        disabled={busy || props.disabled}
        onClick={() => void run(async () => save(await props.content(), encoding, false))}
      >
        {props.label}
      </button>
      {busy ? <span role="status">{t('csv.working')}</span> : null}
      {pending ? (
        <div className="csv-unfit warning-box" role="alert" aria-describedby={listId}>
          <p>{t('csv.unfitTitle', { n: pending.unfit.length })}</p>
          <ul id={listId} className="csv-unfit-list">
            {pending.unfit.slice(0, LISTED).map((u, i) => (
              <li key={i}>
                <span className="csv-char" lang="ja">
                  {u.text}
                </span>
                <span className="help">（{u.codePoints}）</span> {place(u)}
              </li>
            ))}
          </ul>
          {pending.unfit.length > LISTED ? <p>{t('csv.more', { n: pending.unfit.length - LISTED })}</p> : null}
          <p>{t('csv.unfitHelp')}</p>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  setEncoding('utf-8');
                  await save(pending.content, 'utf-8', false);
                })
              }
            >
              {t('csv.useUtf8')}
            </button>
            <button type="button" disabled={busy} onClick={() => void run(async () => save(pending.content, 'shift_jis', true))}>
              {t('csv.replace')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {t('csv.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {replaced.length > 0 ? (
        <p className="help" role="status">
          {t('csv.replaced', { chars: [...new Set(replaced.map((u) => u.text))].join(' ') })}
        </p>
      ) : null}
      <ErrorBox message={error} />
    </div>
  );
}
