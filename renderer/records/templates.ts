// User template versions, sealed (names and questions are typed text) and append-only: a
// version is never replaced, so notes written against it still open. The id and version are in
// the clear for the [id+version] index, and must match the sealed copy.
import { templateSchema, type EndingNoteTemplate } from '../../shared/endingNotes/template';
import { parseStored } from '../../shared/text/safeText';
import { AppError } from '../../shared/errors/codes';
import type { TemplateRow } from '../db/database';
import { appendAudit } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';

export const templateRowKey = (id: string, version: number) => `${id}@${version}`;

export async function openTemplate(session: VaultSession, row: TemplateRow): Promise<EndingNoteTemplate> {
  if (!row.enc) throw new AppError('RecordCorrupt', { table: 'templates', id: templateRowKey(row.id, row.version) });
  const parsed = parseStored(templateSchema, await session.open('templates', templateRowKey(row.id, row.version), row.enc));
  // The row's id and version must be the sealed template's own: a ciphertext can't be relabelled.
  if (!parsed.success || parsed.data.id !== row.id || parsed.data.version !== row.version)
    throw new AppError('RecordCorrupt', { table: 'templates', id: templateRowKey(row.id, row.version) });
  return parsed.data;
}

/** Seals and adds one validated version with its audit entry; a version that exists already is a StaleRevision. */
export async function addTemplateVersion(
  session: VaultSession,
  template: EndingNoteTemplate,
  action: 'template.save' | 'template.import',
  now: number,
): Promise<void> {
  const key = templateRowKey(template.id, template.version);
  const enc = await session.seal('templates', key, template);
  const db = session.db;
  await db.transaction('rw', db.templates, db.audit, db.vaultMeta, async () => {
    // add() refuses an existing [id+version]: a version saved meanwhile elsewhere is never replaced.
    await db.templates.add({ id: template.id, version: template.version, savedAt: now, enc }).catch((e: unknown) => {
      throw new AppError('StaleRevision', { table: 'templates', id: template.id }, { cause: e });
    });
    await appendAudit(session, [{ action, table: 'templates', recordId: key }], now);
  });
}
