// 「バックアップから戻す」 on the first screen (no vault on this device yet, or a reset one): a
// file, its passphrase, a look at what is in it, then one transaction.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitRestore, dropStaging, stageBackup, stagedCounts, type StagedFile } from '../../backup/restore';
import { useController } from '../../records/context';
import { ErrorBox } from '../../ui/fields';
import { backupErrorMessage } from './errors';
import { AutoBackupStep } from './AutoBackupStep';
import { FileStep } from './FileStep';
import { fileDate } from './fileSource';
import { TableCounts } from './TableCounts';

export function RestoreScreen() {
  const { t } = useTranslation();
  const controller = useController();
  const [staged, setStaged] = useState<StagedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (!staged) return;
    setBusy(true);
    setError(null);
    try {
      const db = controller.restoreTarget();
      const rows = await commitRestore(db, staged.batch, staged.header.schema);
      await controller.finishRestore({ rows, fileCreatedAt: staged.header.createdAt });
    } catch (e) {
      setError(backupErrorMessage(t, e));
      setBusy(false);
    }
  };

  const cancel = () => {
    if (staged) void dropStaging(controller.restoreTarget(), staged.batch).catch(() => undefined);
    controller.cancelRestore();
  };

  return (
    <main id="main" className="card narrow">
      <h1>{t('backup.restoreTitle')}</h1>
      <p>{t('backup.restoreLead')}</p>
      {staged ? (
        <section className="stack" aria-labelledby="restore-preview">
          <h2 id="restore-preview">{t('backup.restorePreviewTitle')}</h2>
          <p>{t('backup.fileMade', { date: fileDate(staged.header.createdAt), app: staged.header.app })}</p>
          <TableCounts counts={stagedCounts(staged)} caption={t('backup.restoreTablesTitle')} />
          <ErrorBox message={error} />
          <div className="row">
            <button type="button" className="primary big" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('backup.restoring') : t('backup.restoreConfirm')}
            </button>
            <button type="button" className="big" disabled={busy} onClick={cancel}>
              {t('backup.cancel')}
            </button>
          </div>
        </section>
      ) : (
        <>
          <AutoBackupStep
            onRead={async (file, identity, progress) => {
              setStaged(await stageBackup(controller.restoreTarget(), file, { identities: [identity] }, progress));
            }}
          />
          <FileStep
            onRead={async (file, passphrase, progress) => {
              setStaged(await stageBackup(controller.restoreTarget(), file, { passphrase }, progress));
            }}
          />
        </>
      )}
      {staged ? null : (
        <p>
          <button type="button" className="link" onClick={cancel}>
            {t('backup.back')}
          </button>
        </p>
      )}
    </main>
  );
}
