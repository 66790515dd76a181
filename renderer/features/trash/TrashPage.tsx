import { now } from '../../app/clock';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../app/context';
import { errorMessage } from '../../i18n';
import { formatInstantJa } from '../../../shared/text/dates';

export function TrashPage() {
  const { t } = useTranslation();
  const { persons, notify } = useOpenVault();
  const all = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const trashed = useMemo(() => all.filter((p) => p.deletedAt > 0), [all]);
  const [busy, setBusy] = useState(false);

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

  return (
    <section aria-labelledby="trash-title">
      <div className="page-head">
        <h1 id="trash-title">{t('trash.title')}</h1>
        {trashed.length > 0 ? (
          <button type="button" className="danger" disabled={busy}
            onClick={() => window.confirm(t('trash.emptyConfirm', { n: trashed.length })) && void run(async () => t('trash.emptied', { n: await persons.emptyTrash(now()) }))}>
            {t('trash.emptyAll')}
          </button>
        ) : null}
      </div>
      <p>{t('trash.lead')}</p>
      {trashed.length === 0 ? (
        <p className="empty">{t('trash.empty')}</p>
      ) : (
        <ul className="plain-list">
          {trashed.map((p) => (
            <li key={p.id} className="row spread">
              <span>
                <span className="name">{p.name}</span>
                <span className="meta">{t('trash.deletedAt', { at: formatInstantJa(p.deletedAt) })}</span>
              </span>
              <button type="button" disabled={busy} onClick={() => void run(async () => (await persons.restore(p.id, now()), t('trash.restored')))}>
                {t('trash.restore')}
                <span className="visually-hidden">：{p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
