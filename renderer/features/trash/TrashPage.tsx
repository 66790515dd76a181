import { now } from '../../platform/clock';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { listTrashedRecords, purgeTrashedRecords, restoreRecord } from './recordTrash';
import { useDates } from '../../i18n/dates';
import { tWithUser } from '../../ui/UserText';
import { useTerm } from '../../i18n/terms';

export function TrashPage() {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, persons, notify } = useOpenVault();
  const all = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const trashed = useMemo(() => all.filter((p) => p.deletedAt > 0), [all]);
  const listed = useLiveQuery(() => listTrashedRecords(session), [session]);
  const records = listed?.items ?? [];
  const [busy, setBusy] = useState(false);
  const total = trashed.length + records.length;

  const run = async (f: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await f());
    } catch (e) {
      notify(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const emptyAll = async () => {
    const records = await purgeTrashedRecords(session, now());
    const report = await persons.emptyTrash(now());
    const parts = [t('trash.emptied', { n: records + report.persons })];
    const { contacts, actions, meetings } = report.detached;
    if (contacts + actions + meetings > 0) parts.push(t('trash.detached', { contacts, actions, meetings }));
    if (report.unreadable.length > 0) parts.push(t('trash.unreadable', { n: report.unreadable.length, ids: report.unreadable.join(', ') }));
    return parts.join(' ');
  };

  return (
    <section aria-labelledby="trash-title">
      <div className="page-head">
        <h1 id="trash-title">{t('trash.title')}</h1>
        {total > 0 ? (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => window.confirm(t('trash.emptyConfirm', { n: total })) && void run(emptyAll)}
          >
            {t('trash.emptyAll')}
          </button>
        ) : null}
      </div>
      <p>{t('trash.lead')}</p>
      {trashed.length > 0 ? <p className="help">{t('trash.purgeNote')}</p> : null}
      {listed && listed.corrupt.length > 0 ? (
        <ErrorBox message={t('trash.unreadable', { n: listed.corrupt.length, ids: listed.corrupt.join(', ') })} />
      ) : null}
      {total === 0 ? <p className="empty">{t('trash.empty')}</p> : null}
      {trashed.length > 0 ? (
        <>
          <h2>{t('trash.persons')}</h2>
          <ul className="plain-list">
            {trashed.map((p) => (
              <li key={p.id} className="row spread">
                <span>
                  <span className="name" data-user="">
                    {p.name}
                  </span>
                  <span className="meta">{t('trash.deletedAt', { at: dates.instant(p.deletedAt) })}</span>
                </span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void run(async () => (await persons.restore(p.id, now()), t('trash.restored')))}
                >
                  {t('trash.restore')}
                  <span className="visually-hidden" data-user="">
                    {t('punct.colon')}
                    {p.name}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {records.length > 0 ? (
        <>
          <h2>{t('trash.records')}</h2>
          <ul className="plain-list">
            {records.map((r) => {
              const kind = r.table === 'referrals' || r.table === 'endingNotes' ? t(`trash.kinds.${r.table}`) : term(r.label);
              const owner = r.personId ? persons.get(r.personId)?.name : undefined;
              const label = (
                <>
                  {r.date
                    ? t('trash.recordLabel', { date: dates.date(r.date), label: kind })
                    : t('trash.recordLabelNoDate', { label: kind })}
                  {owner ? tWithUser(t, 'trash.ofPerson', { name: owner }) : null}
                </>
              );
              return (
                <li key={`${r.table}-${r.id}`} className="row spread">
                  <span>
                    <span className="name">{label}</span>
                    <span className="meta">{t('trash.deletedAt', { at: dates.instant(r.deletedAt) })}</span>
                  </span>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void run(async () => (await restoreRecord(session, r, now()), t('trash.restored')))}
                  >
                    {t('trash.restore')}
                    <span className="visually-hidden">
                      {t('punct.colon')}
                      {label}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
