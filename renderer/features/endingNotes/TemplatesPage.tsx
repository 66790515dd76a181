import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { platform } from '../../platform';
import { logEvent } from '../../audit/auditLog';
import { MAX_TEMPLATE_FILE_BYTES, type EndingNoteTemplate } from '../../../shared/endingNotes/template';
import { parseTemplateFile, templateFileBytes } from './templateFile';
import { latestTemplates, saveTemplateVersion } from './templateRepo';
import { PrintButtons } from './PrintButtons';
import { CorruptNotice } from '../../ui/CorruptNotice';
import { RubyText } from '../../ui/RubyText';
import { rubyPlain } from '../../../shared/endingNotes/ruby';

export function TemplatesPage() {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const loaded = useLiveQuery(async () => {
    const corrupt: string[] = [];
    return { templates: await latestTemplates(session, corrupt), corrupt: corrupt.sort() };
  }, [session]);
  const templates = loaded?.templates;
  const [error, setError] = useState<string | null>(null);

  const exportTemplate = async (tpl: EndingNoteTemplate) => {
    try {
      const saved = await platform.saveFile(`${tpl.id}-v${tpl.version}.json`, templateFileBytes(tpl), {
        name: 'JSON',
        extensions: ['json'],
      });
      if (saved) {
        await logEvent(session, { action: 'template.export', table: 'templates', recordId: `${tpl.id}@${tpl.version}` }, now());
        notify(t('templates.exported'));
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const importTemplate = async () => {
    setError(null);
    const file = await platform.openFile({ name: 'JSON', extensions: ['json'] }, MAX_TEMPLATE_FILE_BYTES);
    if (!file) return;
    if ('tooLarge' in file) return setError(t('templates.importErrors.too-large'));
    const result = parseTemplateFile(file.bytes);
    if (!result.ok) return setError(t(`templates.importErrors.${result.reason}`));
    try {
      const stored = await saveTemplateVersion(session, result.template, now(), 'template.import');
      notify(t('templates.imported', { name: stored.name, version: stored.version }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="templates-title">
      <div className="page-head">
        <h1 id="templates-title">{t('templates.title')}</h1>
        <button type="button" onClick={() => void importTemplate()}>
          {t('templates.import')}
        </button>
      </div>
      <p>{t('templates.lead')}</p>
      <CorruptNotice ids={loaded?.corrupt ?? []} />
      {error ? (
        <div className="error-box" role="alert">
          {error}
        </div>
      ) : null}
      <ul className="plain-list">
        {(templates ?? []).map((tpl) => (
          <li key={tpl.id} className="template-item">
            <div className="row spread">
              <span>
                <span className="name" lang={tpl.language}>
                  <RubyText text={tpl.name} />
                </span>
                <span className="meta">
                  {t('templates.meta', {
                    version: tpl.version,
                    sections: tpl.sections.length,
                    questions: tpl.sections.reduce((n, s) => n + s.questions.length, 0),
                  })}
                </span>
              </span>
              <span className="row">
                <a className="button" href={routeHref({ name: 'template-edit', id: tpl.id })}>
                  {t('templates.edit')}
                  <span className="visually-hidden" data-user="">
                    {t('punct.colon')}
                    {rubyPlain(tpl.name)}
                  </span>
                </a>
                <button type="button" onClick={() => void exportTemplate(tpl)}>
                  {t('templates.export')}
                  <span className="visually-hidden" data-user="">
                    {t('punct.colon')}
                    {rubyPlain(tpl.name)}
                  </span>
                </button>
              </span>
            </div>
            <PrintButtons template={tpl} />
          </li>
        ))}
      </ul>
    </section>
  );
}
