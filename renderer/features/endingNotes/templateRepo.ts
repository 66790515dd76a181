// Templates: the bundled ones (code) plus every version a user saved or imported (database,
// sealed: names and questions are typed text). Saving never overwrites: it adds version n+1, so
// notes written against n still open.
import { DEFAULT_TEMPLATES } from '../../../shared/endingNotes/defaults';
import { templateSchema, type EndingNoteTemplate } from '../../../shared/endingNotes/template';
import type { VaultSession } from '../../vault/session';
import { AppError } from '../../../shared/errors/codes';
import { validationError } from '../../records/sealed';
import { addTemplateVersion, openTemplate, templateRowKey } from '../../records/templates';

/** Every stored version, bundled first; versions that do not open go into `corrupt` by key, when given. */
export async function allTemplateVersions(session: VaultSession, corrupt?: string[]): Promise<EndingNoteTemplate[]> {
  const rows = await session.db.templates.toArray();
  const stored = await Promise.all(
    rows.map((r) =>
      openTemplate(session, r).catch((e: unknown) => {
        if (!(e instanceof AppError) || e.code !== 'RecordCorrupt') throw e;
        corrupt?.push(templateRowKey(r.id, r.version));
        return null;
      }),
    ),
  );
  return [...DEFAULT_TEMPLATES, ...stored.filter((t) => t !== null)];
}

/** The newest version of every template id, bundled order first. */
export async function latestTemplates(session: VaultSession, corrupt?: string[]): Promise<EndingNoteTemplate[]> {
  const latest = new Map<string, EndingNoteTemplate>();
  for (const t of await allTemplateVersions(session, corrupt)) {
    const cur = latest.get(t.id);
    if (!cur || t.version > cur.version) latest.set(t.id, t);
  }
  return [...latest.values()];
}

export async function getTemplate(session: VaultSession, id: string, version: number): Promise<EndingNoteTemplate | undefined> {
  const bundled = DEFAULT_TEMPLATES.find((t) => t.id === id && t.version === version);
  if (bundled) return bundled;
  const row = await session.db.templates.get([id, version]);
  return row ? openTemplate(session, row) : undefined;
}

/** Saves `template` as the next version of its id; returns what was stored. */
export async function saveTemplateVersion(
  session: VaultSession,
  template: EndingNoteTemplate,
  now: number,
  action: 'template.save' | 'template.import' = 'template.save',
): Promise<EndingNoteTemplate> {
  const parsed = templateSchema.safeParse(template);
  if (!parsed.success) throw validationError('templates', parsed.error);
  const db = session.db;
  const bundledMax = Math.max(0, ...DEFAULT_TEMPLATES.filter((t) => t.id === parsed.data.id).map((t) => t.version));
  const storedMax = async () =>
    (await db.templates.where('id').equals(parsed.data.id).primaryKeys()).reduce((m, k) => Math.max(m, k[1]), 0);
  const version = Math.max(bundledMax, await storedMax()) + 1;
  const stored = { ...parsed.data, version };
  await addTemplateVersion(session, stored, action, now);
  return stored;
}
