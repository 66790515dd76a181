// 出席者名簿: the people who attend meetings. Removing an entry is soft: pickers stop offering it,
// old minutes keep their own copy of the name.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { routeHref } from '../../ui/router';
import { errorMessage, problemMessage } from '../../i18n';
import { ErrorBox, TextField } from '../../ui/fields';
import { InputField } from './form/controls';
import { ACTORS } from '../../../shared/domain/plan';
import { directoryEntrySchema, type DirectoryEntryInput } from '../../../shared/meetings/attendee';
import { schemaProblems } from '../../../shared/domain/problems';
import { useRecheckedProblems } from '../../ui/useRecheckedProblems';
import { readDirectory, removeDirectoryEntry, saveDirectoryEntry, type DirectoryEntry } from './directoryRepo';
import { CorruptNotice } from '../../ui/CorruptNotice';

const EMPTY: DirectoryEntryInput = { name: '', organisation: '', role: '', note: '' };

export function DirectoryPage() {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [entries, setEntries] = useState<DirectoryEntry[] | null>(null);
  const [corrupt, setCorrupt] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** null: no form; 'new': adding; otherwise the entry being edited. */
  const [editing, setEditing] = useState<'new' | DirectoryEntry | null>(null);

  const load = useCallback(
    () =>
      readDirectory(session)
        .then(({ items, corrupt }) => {
          setEntries(items);
          setCorrupt(corrupt);
        })
        .catch((e: unknown) => setError(errorMessage(e))),
    [session],
  );
  useEffect(() => void load(), [load]);

  const remove = async (e: DirectoryEntry) => {
    if (!window.confirm(t('directory.removeConfirm', { name: e.name }))) return;
    try {
      await removeDirectoryEntry(session, e, now());
      notify(t('directory.removed', { name: e.name }));
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section aria-labelledby="directory-title" className="directory-page">
      <div className="page-head">
        <h1 id="directory-title">{t('directory.title')}</h1>
        <a href={routeHref({ name: 'meetings' })}>{t('directory.back')}</a>
      </div>
      <p className="lead">{t('directory.lead')}</p>
      <p className="notice">{t('directory.keepNote')}</p>
      <ErrorBox message={error} />
      <CorruptNotice ids={corrupt} />
      {editing === 'new' ? (
        <EntryForm
          key="new"
          onDone={async (saved) => {
            setEditing(null);
            if (saved) await load();
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('directory.add')}
        </button>
      )}
      {entries === null ? (
        <p>{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{t('directory.empty')}</p>
      ) : (
        <>
          <p className="count">{t('directory.count', { n: entries.length })}</p>
          <ul className="directory-list" aria-label={t('directory.listLabel')}>
            {entries.map((e) => (
              <li key={e.id}>
                {editing !== null && editing !== 'new' && editing.id === e.id ? (
                  <EntryForm
                    existing={e}
                    onDone={async (saved) => {
                      setEditing(null);
                      if (saved) await load();
                    }}
                  />
                ) : (
                  <div className="directory-row">
                    <div>
                      <span className="name" data-user="">
                        {e.name}
                      </span>
                      <span className="meta" data-user="">
                        {[e.organisation, e.role].filter(Boolean).join('・')}
                      </span>
                      {e.note ? (
                        <span className="meta" data-user="">
                          {e.note}
                        </span>
                      ) : null}
                    </div>
                    <div className="row">
                      <button type="button" onClick={() => setEditing(e)}>
                        {t('directory.edit')}
                        <span className="visually-hidden" data-user="">
                          {t('punct.colon')}
                          {e.name}
                        </span>
                      </button>
                      <button type="button" className="danger" onClick={() => void remove(e)}>
                        {t('directory.remove')}
                        <span className="visually-hidden" data-user="">
                          {t('punct.colon')}
                          {e.name}
                        </span>
                      </button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EntryForm({ existing, onDone }: { existing?: DirectoryEntry; onDone(saved: boolean): void | Promise<void> }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [v, setV] = useState<DirectoryEntryInput>(
    existing ? { name: existing.name, organisation: existing.organisation, role: existing.role, note: existing.note } : EMPTY,
  );
  const { problems, formRef, refuse, settle } = useRecheckedProblems(() => {
    const parsed = directoryEntrySchema.safeParse(v);
    return parsed.success ? [] : schemaProblems(parsed.error);
  });
  const problem = (path: keyof DirectoryEntryInput) => {
    const p = problems.find((x) => x.path === path);
    return p ? problemMessage(t, p) : undefined;
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (refuse()) return;
    settle();
    setBusy(true);
    try {
      await saveDirectoryEntry(session, { ...v, name: v.name.trim() }, now(), existing);
      notify(existing ? t('directory.saved') : t('directory.added'));
      await onDone(true);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="directory-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={existing ? undefined : 'directory-form-title'}
      aria-label={existing ? t('directory.editTitle', { name: existing.name }) : undefined}
    >
      {existing ? null : <h2 id="directory-form-title">{t('directory.addTitle')}</h2>}
      <ErrorBox message={error} />
      <div className="grid">
        <TextField
          label={t('directory.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          required
          maxLength={100}
          error={problem('name')}
          autoFocus
        />
        <InputField
          label={t('directory.organisation')}
          value={v.organisation}
          onChange={(organisation) => setV({ ...v, organisation })}
          maxLength={100}
          suggestions={ACTORS}
          help={t('directory.organisationHelp')}
          error={problem('organisation')}
        />
        <TextField
          label={t('directory.role')}
          value={v.role}
          onChange={(role) => setV({ ...v, role })}
          maxLength={100}
          error={problem('role')}
        />
        <TextField
          label={t('directory.note')}
          value={v.note}
          onChange={(note) => setV({ ...v, note })}
          maxLength={1000}
          error={problem('note')}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('directory.save')}
        </button>
        <button type="button" onClick={() => void onDone(false)}>
          {t('directory.cancel')}
        </button>
      </div>
    </form>
  );
}
