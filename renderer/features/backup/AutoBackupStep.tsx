// Restoring one of the desktop's automatic backups with the printed recovery key (no file to
// find, no backup passphrase: they were made without anyone typing one).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bytesStream } from '../../../shared/backup';
import { recoveryBackupIdentity } from '../../backup/auto';
import { platform, type BackupInfo } from '../../platform';
import { ErrorBox, TextField } from '../../ui/fields';
import { backupErrorMessage } from './errors';
import { fileDate, formatSize } from './fileSource';
import type { FileSource } from '../../backup/restore';

export function AutoBackupStep(props: { onRead(file: FileSource, identity: string, progress: (n: number) => void): Promise<void> }) {
  const { t } = useTranslation();
  const store = platform.backups;
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [recovery, setRecovery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);

  useEffect(() => {
    if (!store) return;
    void store.list().then(
      (l) => {
        setList(l);
        setChosen(l[0]?.name ?? '');
      },
      () => setList([]),
    );
  }, [store]);

  if (!store || !list || list.length === 0) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const identity = recoveryBackupIdentity(recovery);
    if (!identity) {
      setError(t('backup.notRecoveryKey'));
      return;
    }
    setError(null);
    setReading(0);
    void (async () => {
      try {
        const bytes = await store.read(chosen);
        await props.onRead({ size: bytes.byteLength, stream: () => bytesStream(bytes) }, identity, (n) => setReading(n));
      } catch (err) {
        setError(backupErrorMessage(t, err));
      } finally {
        setReading(null);
      }
    })();
  };

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="auto-restore">
      <h2 id="auto-restore">{t('backup.autoTitle')}</h2>
      <p className="help">{t('backup.autoHelp')}</p>
      <fieldset>
        <legend>{t('backup.autoChoose')}</legend>
        {list.map((b) => (
          <label key={b.name} className="choice">
            <input type="radio" name="auto-backup" checked={chosen === b.name} onChange={() => setChosen(b.name)} />
            {fileDate(b.createdAt)}（{formatSize(b.size)}）
          </label>
        ))}
      </fieldset>
      <TextField label={t('backup.recoveryKey')} value={recovery} onChange={setRecovery} />
      <ErrorBox message={error} />
      <button type="submit" className="primary big" disabled={reading !== null || recovery === ''}>
        {reading !== null ? t('backup.reading', { count: reading }) : t('backup.read')}
      </button>
    </form>
  );
}
