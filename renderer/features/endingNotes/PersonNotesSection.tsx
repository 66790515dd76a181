import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { navigate, routeHref } from '../../ui/router';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { ErrorBox, SelectField } from '../../ui/fields';
import { useDates } from '../../i18n/dates';
import type { PersonRecord } from '../../records/personStore';
import { allTemplateVersions, latestTemplates } from './templateRepo';
import { createNote, notesOfPerson } from './noteRepo';
import { PrintButtons } from './PrintButtons';
import { RubyText } from '../../ui/RubyText';
import { rubyPlain } from '../../../shared/endingNotes/ruby';

export function PersonNotesSection({ person }: { person: PersonRecord }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { session } = useOpenVault();
  const data = useLiveQuery(
    async () => ({
      notes: await notesOfPerson(session, person.id),
      latest: await latestTemplates(session),
      all: await allTemplateVersions(session),
    }),
    [session, person.id],
  );
  const [templateId, setTemplateId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!data) return null;
  const chosen = data.latest.find((x) => x.id === templateId) ?? data.latest[0];
  const nameOf = (id: string, version: number) => {
    const tpl = data.all.find((x) => x.id === id && x.version === version);
    return tpl ? (
      <span lang={tpl.language}>
        <RubyText text={tpl.name} />
      </span>
    ) : (
      id
    );
  };

  const start = async () => {
    if (!chosen) return;
    try {
      const note = await createNote(session, person.id, chosen.id, chosen.version, now());
      navigate({ name: 'note', id: note.id });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <ErrorBox message={error} />
      {data.notes.length > 0 ? (
        <ul className="plain-list">
          {data.notes.map((n) => (
            <li key={n.id}>
              <a href={routeHref({ name: 'note', id: n.id })}>{nameOf(n.templateId, n.templateVersion)}</a>
              <span className="meta">{t('notes.updated', { at: dates.instant(n.updatedAt), version: n.templateVersion })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('notes.none')}</p>
      )}
      {chosen ? (
        <div className="card">
          <SelectField
            label={t('notes.template')}
            value={chosen.id}
            onChange={setTemplateId}
            options={data.latest.map((x) => ({ value: x.id, label: rubyPlain(x.name), lang: x.language }))}
          />
          <div className="row">
            <button type="button" className="primary" onClick={() => void start()}>
              {t('notes.start')}
            </button>
          </div>
          <PrintButtons template={chosen} person={person} />
        </div>
      ) : null}
    </section>
  );
}
