// Choose a file, type its passphrase, read it into staging with a running count. Backups always
// ask for a passphrase; a hand-over package asks only when it was locked with one (`asks`).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox, TextField } from '../../ui/fields';
import { chooseBackupFile, formatSize, type ChosenFile } from './fileSource';
import { backupErrorMessage } from './errors';

export interface FileStepProps {
  onRead(file: ChosenFile, passphrase: string, progress: (n: number) => void): Promise<void>;
  /** The passphrase field's label (default: a backup's). */
  passphraseLabel?: string;
  /** Whether the chosen file needs a passphrase (default: always); `keyNote` is shown when not. */
  asks?(file: ChosenFile): Promise<boolean>;
  keyNote?: string;
  /** The open dialog's name for the kind of file. */
  fileKind?: string;
  /** A refused file in words (default: the backup reader's sentences). */
  errorText?(e: unknown): string;
}

export function FileStep(props: FileStepProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ chosen: ChosenFile; asks: boolean } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const describe = (e: unknown) => (props.errorText ? props.errorText(e) : backupErrorMessage(t, e));

  const choose = async () => {
    setError(null);
    const picked = await chooseBackupFile(props.fileKind);
    if (picked === 'tooLarge') setError(t('backup.tooLargeFile'));
    else if (picked) setFile({ chosen: picked, asks: props.asks ? await props.asks(picked) : true });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setReading(0);
    // Let the "checking" line paint before scrypt takes the thread for a second.
    setTimeout(() => {
      props
        .onRead(file.chosen, file.asks ? passphrase : '', (n) => setReading(n))
        .catch((err: unknown) => setError(describe(err)))
        .finally(() => setReading(null));
    }, 30);
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div>
        <button type="button" className="big" onClick={() => void choose()} disabled={reading !== null}>
          {t('backup.chooseFile')}
        </button>
        {file ? <p aria-live="polite">{t('backup.chosen', { name: file.chosen.name, size: formatSize(file.chosen.size) })}</p> : null}
      </div>
      {file ? (
        <>
          {file.asks ? (
            <TextField
              label={props.passphraseLabel ?? t('backup.filePassphrase')}
              type="password"
              value={passphrase}
              onChange={setPassphrase}
              autoFocus
            />
          ) : (
            <p>{props.keyNote}</p>
          )}
          <ErrorBox message={error} />
          <button type="submit" className="primary big" disabled={reading !== null || (file.asks && passphrase === '')}>
            {reading !== null ? t('backup.reading', { count: reading }) : t('backup.read')}
          </button>
        </>
      ) : (
        <ErrorBox message={error} />
      )}
    </form>
  );
}
