// Choose a file, type its passphrase, read it into staging with a running count.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox, TextField } from '../../ui/fields';
import { chooseBackupFile, formatSize, type ChosenFile } from './fileSource';
import { backupErrorMessage } from './errors';

export function FileStep(props: { onRead(file: ChosenFile, passphrase: string, progress: (n: number) => void): Promise<void> }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);

  const choose = async () => {
    setError(null);
    const picked = await chooseBackupFile();
    if (picked === 'tooLarge') setError(t('backup.tooLargeFile'));
    else if (picked) setFile(picked);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setReading(0);
    // Let the "checking" line paint before scrypt takes the thread for a second.
    setTimeout(() => {
      props
        .onRead(file, passphrase, (n) => setReading(n))
        .catch((err: unknown) => setError(backupErrorMessage(t, err)))
        .finally(() => setReading(null));
    }, 30);
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div>
        <button type="button" className="big" onClick={() => void choose()} disabled={reading !== null}>
          {t('backup.chooseFile')}
        </button>
        {file ? <p aria-live="polite">{t('backup.chosen', { name: file.name, size: formatSize(file.size) })}</p> : null}
      </div>
      {file ? (
        <>
          <TextField label={t('backup.filePassphrase')} type="password" value={passphrase} onChange={setPassphrase} autoFocus />
          <ErrorBox message={error} />
          <button type="submit" className="primary big" disabled={reading !== null || passphrase === ''}>
            {reading !== null ? t('backup.reading', { count: reading }) : t('backup.read')}
          </button>
        </>
      ) : (
        <ErrorBox message={error} />
      )}
    </form>
  );
}
