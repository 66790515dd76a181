// The preview of a merge and the choice for each record changed on both sides: of a backup of
// this vault, or of a hand-over package from another (which adds its district choices as
// `children` and never has newer / older kinds).
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fileDate } from './fileSource';
import type { BackupHeader } from '../../../shared/backup';
import { conflictKey, type Choice, type MergeKind, type MergePreview } from '../../backup/merge';
import { ErrorBox } from '../../ui/fields';
import { differences, recordTitle, type FieldFormat } from './summary';
import { useDates } from '../../i18n/dates';

const KINDS: MergeKind[] = ['new', 'updated', 'conflict', 'newerHere', 'unchanged', 'damaged'];

/** What the step shows: the file's header, the counts by kind, the records changed on both sides. */
export interface MergeView {
  staged: { header: Pick<BackupHeader, 'createdAt' | 'app'> };
  counts: MergePreview['counts'];
  conflicts: MergePreview['conflicts'];
}

export function MergeStep(props: {
  preview: MergeView;
  /** The kinds this file can have (default: all of a backup's); the first two are shown even at 0. */
  kinds?: readonly MergeKind[];
  /** More to settle before applying (shown above the conflicts). */
  children?: ReactNode;
  /** Something in `children` is not settled yet. */
  blocked?: boolean;
  /** Values shown in words (district ids as names). */
  formatValue?: FieldFormat;
  busy: boolean;
  error: string | null;
  onApply(choices: Map<string, Choice>): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { preview } = props;
  const kinds = props.kinds ?? KINDS;
  const [choices, setChoices] = useState(() => new Map<string, Choice>());
  const choose = (key: string, c: Choice) => setChoices((m) => new Map(m).set(key, c));
  const all = (c: Choice) => setChoices(new Map(preview.conflicts.map((x) => [conflictKey(x), c])));
  const undecided = preview.conflicts.filter((c) => !choices.has(conflictKey(c))).length;
  const toWrite = preview.counts.new + preview.counts.updated + preview.conflicts.length;

  return (
    <section className="stack" aria-labelledby="merge-preview">
      <h3 id="merge-preview">{t('backup.previewTitle')}</h3>
      <p>{t('backup.fileMade', { date: fileDate(preview.staged.header.createdAt), app: preview.staged.header.app })}</p>
      <table className="counts">
        <tbody>
          {kinds
            .filter((k, i) => preview.counts[k] > 0 || i < 2)
            .map((k) => (
              <tr key={k}>
                <th scope="row">{t(`backup.kinds.${k}`)}</th>
                <td>{t('backup.count', { count: preview.counts[k] })}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {props.children}
      {preview.conflicts.length > 0 ? (
        <section className="stack" aria-labelledby="merge-conflicts">
          <h3 id="merge-conflicts">{t('backup.conflictsTitle')}</h3>
          <p>{t('backup.conflictsHelp')}</p>
          <div className="row">
            <button type="button" onClick={() => all('mine')}>
              {t('backup.allMine')}
            </button>
            <button type="button" onClick={() => all('theirs')}>
              {t('backup.allTheirs')}
            </button>
          </div>
          {preview.conflicts.map((c) => {
            const key = conflictKey(c);
            const name = `conflict-${key}`;
            return (
              <fieldset key={key} className="conflict">
                <legend>
                  {t(`backup.tables.${c.table}`)}：{recordTitle(c.table, c.mine) || recordTitle(c.table, c.theirs)}
                </legend>
                <table className="conflict-diff">
                  <thead>
                    <tr>
                      <th scope="col" />
                      <th scope="col">{t('backup.mine')}</th>
                      <th scope="col">{t('backup.theirs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {differences(c.mine, c.theirs, props.formatValue).map((d) => (
                      <tr key={d.field}>
                        <th scope="row">{t(`backup.fields.${d.field}`, { defaultValue: d.field })}</th>
                        <td>{d.mine}</td>
                        <td>{d.theirs}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">{t('backup.savedAt')}</th>
                      <td>{dates.instant(c.mine.updatedAt)}</td>
                      <td>{dates.instant(c.theirs.updatedAt)}</td>
                    </tr>
                  </tbody>
                </table>
                <label className="choice">
                  <input type="radio" name={name} checked={choices.get(key) === 'mine'} onChange={() => choose(key, 'mine')} />
                  {t('backup.keepMine')}
                </label>
                <label className="choice">
                  <input type="radio" name={name} checked={choices.get(key) === 'theirs'} onChange={() => choose(key, 'theirs')} />
                  {t('backup.takeTheirs')}
                </label>
              </fieldset>
            );
          })}
        </section>
      ) : null}
      {undecided > 0 ? <p role="status">{t('backup.undecided', { count: undecided })}</p> : null}
      <ErrorBox message={props.error} />
      <div className="row">
        <button
          type="button"
          className="primary big"
          disabled={props.busy || undecided > 0 || toWrite === 0 || props.blocked === true}
          onClick={() => props.onApply(choices)}
        >
          {props.busy ? t('backup.applying') : t('backup.apply')}
        </button>
        <button type="button" className="big" disabled={props.busy} onClick={props.onCancel}>
          {t('backup.cancel')}
        </button>
      </div>
      {toWrite === 0 ? <p>{t('backup.nothingToMerge')}</p> : null}
    </section>
  );
}
