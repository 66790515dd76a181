// Sample files for `npm run samples` (Node, over fake-indexeddb, through the app's own code):
// a backup of a fictional demo vault, which anyone can open with the `age` tool or restore into
// the app. Passphrases are published in the README: there is nothing in it but fiction.
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { tokyoDate } from '../../shared/text/dates';
import { VaultDatabase } from '../db/database';
import { logEvent } from '../audit/auditLog';
import { createVault } from '../vault/keystore';
import { VaultSession } from '../vault/session';
import { profileSchema } from '../vault/secrets';
import { writeSingleton } from '../records/singletons';
import { PersonStore } from '../records/personStore';
import { createBackup } from '../backup/exportVault';
import { DEMO_PASSPHRASE, seedDemoVault } from '../features/demo';
import { DEMO_HANDOVER_RECIPIENT, demoHandoverRecords, writeHandoverPackage } from '../../shared/backup/handover';

/** The sample backup's own passphrase (the file); the vault inside opens with DEMO_PASSPHRASE. */
export const SAMPLE_BACKUP_PASSPHRASE = 'tsurumi-demo-backup-2026';
export { DEMO_PASSPHRASE };

export async function sampleDemoBackup(now: number, appVersion: string): Promise<{ bytes: Uint8Array; rows: number }> {
  const db = new VaultDatabase(`sample-demo-${now}`);
  try {
    const { keys } = await createVault(db, DEMO_PASSPHRASE, now);
    const session = await VaultSession.open(db, 'main', keys, { id: 'setup', role: '', name: '' });
    await logEvent(session, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, now);
    const profile = profileSchema.parse({ id: 'demo-commissioner', name: 'デモ 利用者', role: 'care-plaza', districtId: 'd01' });
    await session.setActor({ id: profile.id, role: profile.role, name: profile.name });
    await writeSingleton(session, 'secrets', 'profile', profileSchema, profile, 0, 'profile.update', now);
    await seedDemoVault(session, { id: profile.id, name: profile.name }, new PersonStore(session), now);
    const { blob, manifest } = await createBackup(session, { passphrase: SAMPLE_BACKUP_PASSPHRASE }, appVersion, () => now);
    session.close();
    return { bytes: new Uint8Array(await blob.arrayBuffer()), rows: manifest.total };
  } finally {
    await db.delete();
  }
}

/** A hand-over package of two fictional persons to the published DEMO identity (README). */
export async function sampleDemoHandover(now: number, appVersion: string): Promise<Uint8Array> {
  return writeHandoverPackage(
    demoHandoverRecords(tokyoDate(now), now),
    DEFAULT_DISTRICTS,
    { recipients: [DEMO_HANDOVER_RECIPIENT] },
    {
      app: appVersion,
      createdAt: now,
      vaultKind: 'demo',
    },
  );
}
