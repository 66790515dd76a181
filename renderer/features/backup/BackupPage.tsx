// 「バックアップ」: make a backup file of the whole vault; take records back from one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup, backupFileName } from '../../backup/exportVault';
import { commitMerge, previewMerge, type Choice, type MergePreview } from '../../backup/merge';
import { dropStaging, stageBackup } from '../../backup/restore';
import { platform } from '../../platform';
import { lastBackupAt, markBackup } from '../../platform/backupMarks';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { MIN_PASSPHRASE_LENGTH } from '../../vault/crypto';
import { ErrorBox, TextField } from '../../ui/fields';
import { backupErrorMessage } from './errors';
import { FileStep } from './FileStep';
import { fileDate } from './fileSource';
import { MergeStep } from './MergeStep';

export function BackupPage() {
  const { t } = useTranslation();
  const { session, persons, districts, notify } = useOpenVault();
  const [last, setLast] = useState(() => lastBackupAt(session.kind));
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  // From the first refused save on, the two fields are checked as they are typed: a message goes
  // as soon as it no longer applies.
  const [tried, setTried] = useState(false);
  const problem = {
    pass: tried && [...pass].length < MIN_PASSPHRASE_LENGTH ? t('backup.tooShort') : undefined,
    again: tried && again !== pass ? t('backup.mismatch') : undefined,
  };
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [merging, setMerging] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);

  const create = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if ([...pass].length < MIN_PASSPHRASE_LENGTH || again !== pass) return;
    setCreating(true);
    setError(null);
    // Let the "making" line paint before scrypt takes the thread for a second.
    setTimeout(() => {
      void (async () => {
        try {
          const appVersion = await platform.appVersion();
          const result = await createBackup(session, { passphrase: pass }, appVersion, now);
          const bytes = new Uint8Array(await result.blob.arrayBuffer());
          const saved = await platform.saveFile(backupFileName(new Date(now())), bytes, { name: t('backup.title'), extensions: ['age'] });
          if (!saved) {
            setError(t('backup.saveCanceled'));
            return;
          }
          markBackup(session.kind, now());
          setLast(now());
          setPass('');
          setAgain('');
          setTried(false);
          notify(t('backup.created', { count: result.manifest.total }));
        } catch (err) {
          setError(backupErrorMessage(t, err));
        } finally {
          setCreating(false);
        }
      })();
    }, 30);
  };

  const apply = async (choices: Map<string, Choice>) => {
    if (!preview) return;
    setMerging(true);
    setMergeError(null);
    try {
      const n = await commitMerge(session, preview, choices, now());
      // The person list is held in memory (decrypted once at unlock): read it again.
      await persons.load();
      setPreview(null);
      setFileKey((k) => k + 1);
      notify(t('backup.merged', { count: n }));
    } catch (e) {
      setMergeError(backupErrorMessage(t, e));
    } finally {
      setMerging(false);
    }
  };

  const cancelMerge = () => {
    if (preview) void dropStaging(session.db, preview.staged.batch).catch(() => undefined);
    setPreview(null);
    setFileKey((k) => k + 1);
  };

  return (
    <section aria-labelledby="backup-title" className="settings">
      <h1 id="backup-title">{t('backup.title')}</h1>
      <p>{t('backup.lead')}</p>
      <p role="status">{last ? t('backup.last', { date: fileDate(last) }) : t('backup.never')}</p>

      <section className="card stack" aria-labelledby="backup-create">
        <h2 id="backup-create">{t('backup.createTitle')}</h2>
        <p className="help">{t('backup.createHelp')}</p>
        <form className="stack" onSubmit={create} noValidate>
          <TextField label={t('backup.passphrase')} type="password" value={pass} onChange={setPass} error={problem.pass} required />
          <TextField label={t('backup.passphraseAgain')} type="password" value={again} onChange={setAgain} error={problem.again} required />
          <ErrorBox message={error} />
          <button type="submit" className="primary big" disabled={creating}>
            {creating ? t('backup.creating') : t('backup.create')}
          </button>
        </form>
      </section>

      <section className="card stack" aria-labelledby="backup-merge">
        <h2 id="backup-merge">{t('backup.mergeTitle')}</h2>
        <p className="help">{t('backup.mergeHelp')}</p>
        {preview ? (
          <MergeStep
            preview={preview}
            busy={merging}
            error={mergeError}
            formatValue={(field, value) =>
              field === 'districtId' && typeof value === 'string' ? (districts.find((d) => d.id === value)?.name ?? value) : undefined
            }
            onApply={(c) => void apply(c)}
            onCancel={cancelMerge}
          />
        ) : (
          <FileStep
            key={fileKey}
            onRead={async (file, passphrase, progress) => {
              const staged = await stageBackup(session.db, file, { passphrase }, progress);
              setPreview(await previewMerge(session, staged));
            }}
          />
        )}
      </section>
    </section>
  );
}
