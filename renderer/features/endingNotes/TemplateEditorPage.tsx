import { useState } from 'react';
import { draftKeys } from '../../records/draftKeys';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { navigate } from '../../ui/router';
import { now } from '../../platform/clock';
import { errorMessage, problemMessage } from '../../i18n';
import { schemaProblems } from '../../../shared/domain/problems';
import { useDraft } from '../../records/useDraft';
import { ErrorBox, SelectField, TextField } from '../../ui/fields';
import { RubyText } from '../../ui/RubyText';
import { rubyPlain } from '../../../shared/endingNotes/ruby';
import {
  QUESTION_KINDS,
  templateSchema,
  type EndingNoteTemplate,
  type Question,
  type QuestionKind,
  type Section,
} from '../../../shared/endingNotes/template';
import { latestTemplates, saveTemplateVersion } from './templateRepo';
import { QuestionEditor } from './QuestionEditor';
import { tNodes, tWithUser } from '../../ui/UserText';

export function move<T>(xs: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= xs.length) return [...xs];
  const out = [...xs];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function newQuestion(kind: QuestionKind, label: string): Question {
  const id = newId('q');
  switch (kind) {
    case 'longText':
      return { kind, id, label, lines: 4 };
    case 'single':
    case 'multi':
      return { kind, id, label, options: ['はい', 'いいえ'] };
    case 'table':
      return {
        kind,
        id,
        label,
        columns: [
          { label: '項目', width: 1 },
          { label: '内容', width: 3 },
        ],
        blankRows: 4,
      };
    default:
      return { kind, id, label };
  }
}

export function TemplateEditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const templates = useLiveQuery(() => latestTemplates(session), [session]);
  const tpl = templates?.find((x) => x.id === id);
  if (!templates) return null;
  if (!tpl) return <ErrorBox message={t('errors.NotFound')} />;
  return <Editor key={`${tpl.id}@${tpl.version}`} template={tpl} />;
}

/** Where in the template a problem is, as the editor labels it: 「第2章　質問3　補足（任意）」. */
function templatePlace(t: TFunction, path: string): string {
  const [head, s, part, q, field] = path.split('.');
  if (head !== 'sections' || s === undefined || !/^\d+$/.test(s)) return t('templates.name');
  const section = t('templates.section', { n: Number(s) + 1 });
  if (part === 'title') return `${section}　${t('templates.sectionTitle')}`;
  if (part === 'guidance') return `${section}　${t('templates.guidance')}`;
  if (part !== 'questions' || q === undefined) return section;
  const question = `${section}　${t('templates.questionN', { n: Number(q) + 1 })}`;
  const fields: Record<string, string> = {
    help: 'templates.questionHelp',
    options: 'templates.options',
    columns: 'templates.columns',
  };
  return `${question}　${t(fields[field ?? ''] ?? 'templates.questionLabel')}`;
}

function Editor({ template }: { template: EndingNoteTemplate }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const draft = useDraft<EndingNoteTemplate>(draftKeys.templateEdit(template.id), template);
  // After a refused save the list follows the edits: a fixed problem leaves it at once.
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<QuestionKind>('shortText');
  if (!draft.ready) return null;
  const v = draft.value;
  const checked = tried ? templateSchema.safeParse(v) : null;
  const issues =
    checked && !checked.success
      ? schemaProblems(checked.error)
          .slice(0, 8)
          .map((p) => `${templatePlace(t, p.path)}：${problemMessage(t, p)}`)
      : [];
  const setSections = (sections: Section[]) => draft.update({ ...v, sections });
  const setSection = (i: number, s: Section) => setSections(v.sections.map((x, k) => (k === i ? s : x)));

  const save = async () => {
    const parsed = templateSchema.safeParse(v);
    if (!parsed.success) {
      setTried(true);
      setError(null);
      return;
    }
    try {
      const stored = await saveTemplateVersion(session, parsed.data, now());
      await draft.clear();
      notify(t('templates.saved', { version: stored.version }));
      navigate({ name: 'templates' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="tpl-title" className="template-editor">
      <h1 id="tpl-title">{tWithUser(t, 'templates.editTitle', { name: rubyPlain(template.name) })}</h1>
      <p className="help">{t('templates.editLead', { version: template.version + 1 })}</p>
      {/* The notation is typed as it is, in Japanese, whatever the screen's language. */}
      <p className="help">
        {tNodes(t, 'templates.rubyHelp', {
          full: (
            <span lang="ja" className="nowrap">
              ｜漢字《かんじ》
            </span>
          ),
          short: (
            <span lang="ja" className="nowrap">
              漢字《かんじ》
            </span>
          ),
        })}
      </p>
      {draft.restored ? (
        <p className="notice" role="status">
          {t('person.draftRestored')}
        </p>
      ) : null}
      <ErrorBox message={issues.length > 0 ? t('errors.ValidationFailed') : error} />
      {issues.length ? (
        <ul className="error">
          {issues.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      ) : null}
      <TextField label={t('templates.name')} value={v.name} onChange={(name) => draft.update({ ...v, name })} maxLength={300} />
      {v.sections.map((s, i) => (
        <fieldset key={s.id} className="tpl-section">
          <legend>
            {t('templates.section', { n: i + 1 })}
            {t('punct.colon')}
            <span data-user="">
              <RubyText text={s.title} />
            </span>
          </legend>
          <div className="row">
            <button type="button" onClick={() => setSections(move(v.sections, i, -1))} disabled={i === 0}>
              {t('templates.up')}
              <span className="visually-hidden" data-user="">
                {t('punct.colon')}
                {rubyPlain(s.title)}
              </span>
            </button>
            <button type="button" onClick={() => setSections(move(v.sections, i, 1))} disabled={i === v.sections.length - 1}>
              {t('templates.down')}
              <span className="visually-hidden" data-user="">
                {t('punct.colon')}
                {rubyPlain(s.title)}
              </span>
            </button>
            <button
              type="button"
              className="danger"
              onClick={() =>
                window.confirm(t('templates.removeSectionConfirm', { title: rubyPlain(s.title) })) &&
                setSections(v.sections.filter((_, k) => k !== i))
              }
            >
              {t('templates.removeSection')}
              <span className="visually-hidden" data-user="">
                {t('punct.colon')}
                {rubyPlain(s.title)}
              </span>
            </button>
          </div>
          <TextField
            label={t('templates.sectionTitle')}
            value={s.title}
            onChange={(title) => setSection(i, { ...s, title })}
            maxLength={300}
          />
          <TextField
            label={t('templates.guidance')}
            value={s.guidance ?? ''}
            onChange={(guidance) => setSection(i, { ...s, guidance: guidance || undefined } as Section)}
            multiline={2}
            maxLength={4000}
          />
          <ol className="tpl-questions">
            {s.questions.map((q, j) => (
              <li key={q.id}>
                <QuestionEditor
                  question={q}
                  onChange={(nq) => setSection(i, { ...s, questions: s.questions.map((x, k) => (k === j ? nq : x)) })}
                  onMove={(d) => setSection(i, { ...s, questions: move(s.questions, j, d) })}
                  onRemove={() => setSection(i, { ...s, questions: s.questions.filter((_, k) => k !== j) })}
                  first={j === 0}
                  last={j === s.questions.length - 1}
                />
              </li>
            ))}
          </ol>
          <div className="row">
            <SelectField<QuestionKind>
              label={t('templates.newQuestionKind')}
              value={newKind}
              onChange={setNewKind}
              options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`templates.kinds.${k}`) }))}
            />
            <button
              type="button"
              onClick={() => setSection(i, { ...s, questions: [...s.questions, newQuestion(newKind, t('templates.newQuestionLabel'))] })}
            >
              {t('templates.addQuestion')}
              <span className="visually-hidden" data-user="">
                {t('punct.colon')}
                {rubyPlain(s.title)}
              </span>
            </button>
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button
          type="button"
          onClick={() => setSections([...v.sections, { id: newId('s'), title: t('templates.newSectionTitle'), questions: [] }])}
        >
          {t('templates.addSection')}
        </button>
      </div>
      <div className="actions">
        <button type="button" className="primary big" onClick={() => void save()}>
          {t('templates.save')}
        </button>
        <button type="button" onClick={() => void draft.clear().then(() => navigate({ name: 'templates' }))}>
          {t('person.cancel')}
        </button>
      </div>
    </section>
  );
}
