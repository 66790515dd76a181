// What a schema upgrade could not do without the keys, done at the first unlock after it: seal
// the settings and the user's template versions that schema ≤ 3 kept in the clear, and key the
// audit chain; fill in the clear columns schema 6 added (clearColumns.ts). Idempotent: a vault
// already upgraded is left as it is.
import type { SettingRow, TemplateRow } from '../db/database';
import { appendAudit, upgradeAuditChain } from '../audit/auditLog';
import type { VaultSession } from '../vault/session';
import { sealSingleton } from './singletons';
import { templateRowKey } from './templates';
import { refreshClearColumns } from './clearColumns';

export async function upgradeAtUnlock(session: VaultSession, now: number): Promise<{ sealed: number; chainKeyed: boolean }> {
  const db = session.db;
  const chainKeyed = await upgradeAuditChain(session, now);
  await refreshClearColumns(session);
  const settings = (await db.settings.toArray()).filter((r) => !r.enc && 'value' in r);
  const templates = (await db.templates.toArray()).filter((r) => !r.enc && r.template !== undefined);
  if (settings.length === 0 && templates.length === 0) return { sealed: 0, chainKeyed };
  const sealedSettings: SettingRow[] = await Promise.all(settings.map((r) => sealSingleton(session, 'settings', r.key, r.value, 1, now)));
  const sealedTemplates: TemplateRow[] = await Promise.all(
    templates.map(async (r) => ({
      id: r.id,
      version: r.version,
      savedAt: r.savedAt,
      enc: await session.seal('templates', templateRowKey(r.id, r.version), r.template),
    })),
  );
  await db.transaction('rw', db.settings, db.templates, db.audit, db.vaultMeta, async () => {
    // Another window may have upgraded meanwhile: seal only what is still in the clear.
    for (const row of sealedSettings) if (!(await db.settings.get(row.key))?.enc) await db.settings.put(row);
    for (const row of sealedTemplates) if (!(await db.templates.get([row.id, row.version]))?.enc) await db.templates.put(row);
    await appendAudit(
      session,
      [{ action: 'vault.upgrade', table: 'settings', recordId: String(sealedSettings.length + sealedTemplates.length) }],
      now,
    );
  });
  return { sealed: sealedSettings.length + sealedTemplates.length, chainKeyed };
}
