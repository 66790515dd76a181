// Templates: the bundled ones (code) plus every version a user saved or imported (database).
// Saving never overwrites: it adds version n+1, so notes written against n still open.
import { DEFAULT_TEMPLATES } from '../../../shared/endingNotes/defaults';
import { templateSchema, type EndingNoteTemplate } from '../../../shared/endingNotes/template';
import type { VaultDatabase } from '../../db/database';
import { appendAudit, type Actor } from '../../audit/auditLog';
import { AppError } from '../../../shared/errors/codes';

export async function allTemplateVersions(db: VaultDatabase): Promise<EndingNoteTemplate[]> {
  const stored = (await db.templates.toArray()).map((r) => r.template);
  return [...DEFAULT_TEMPLATES, ...stored];
}

/** The newest version of every template id, bundled order first. */
export async function latestTemplates(db: VaultDatabase): Promise<EndingNoteTemplate[]> {
  const latest = new Map<string, EndingNoteTemplate>();
  for (const t of await allTemplateVersions(db)) {
    const cur = latest.get(t.id);
    if (!cur || t.version > cur.version) latest.set(t.id, t);
  }
  return [...latest.values()];
}

export async function getTemplate(db: VaultDatabase, id: string, version: number): Promise<EndingNoteTemplate | undefined> {
  const bundled = DEFAULT_TEMPLATES.find((t) => t.id === id && t.version === version);
  if (bundled) return bundled;
  return (await db.templates.get([id, version]))?.template;
}

async function nextVersion(db: VaultDatabase, id: string): Promise<number> {
  const versions = (await allTemplateVersions(db)).filter((t) => t.id === id).map((t) => t.version);
  return versions.length ? Math.max(...versions) + 1 : 1;
}

/** Saves `template` as the next version of its id; returns what was stored. */
export async function saveTemplateVersion(
  db: VaultDatabase,
  actor: Actor,
  template: EndingNoteTemplate,
  now: number,
  action: 'template.save' | 'template.import' = 'template.save',
): Promise<EndingNoteTemplate> {
  const parsed = templateSchema.safeParse(template);
  if (!parsed.success) throw new AppError('ValidationFailed', { issues: parsed.error.issues.map((i) => i.path.join('.')) });
  return db.transaction('rw', db.templates, db.audit, async () => {
    const stored = { ...parsed.data, version: await nextVersion(db, parsed.data.id) };
    await db.templates.add({ id: stored.id, version: stored.version, savedAt: now, template: stored });
    await appendAudit(db, actor, { action, table: 'templates', recordId: `${stored.id}@${stored.version}` }, now);
    return stored;
  });
}
