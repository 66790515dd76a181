// 設定 → 回復キーを作り直す: for a recovery-key sheet that was lost or seen by someone. The current
// passphrase is asked again (a miss counts as at unlock); the new key is then shown once, with
// its print, exactly as at first run. The old key no longer opens the vault, nor the automatic
// backups made from now on (older ones in the app's folder still open with it, and the screen
// says so on the desktop).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox, TextField } from '../../ui/fields';
import { RecoveryKeyShowOnce } from '../setup';
import { issueRecoveryKey } from './recoveryKey';
import { platform } from '../../platform';

export function RecoveryKeySection() {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [pass, setPass] = useState('');
  const [issued, setIssued] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    let key = '';
    try {
      // The key is in use from here on: it is shown even if what follows it fails.
      await issueRecoveryKey(session, pass, now, (k) => {
        key = k;
        setPass('');
        setIssued(k);
      });
    } catch (err) {
      setError(errorMessage(err));
      // A slip is corrected in place: the passphrase stays, selected.
      if (!key) {
        passRef.current?.focus();
        passRef.current?.select();
      }
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <div className="card">
        <ErrorBox message={error} />
        <RecoveryKeyShowOnce
          recoveryKey={issued}
          session={session}
          title={t('settings.recoveryKey.issuedTitle')}
          note={<p className="notice">{t('settings.recoveryKey.oldGone')}</p>}
          doneLabel={t('settings.recoveryKey.done')}
          focusTitle
          onDone={() => {
            setIssued('');
            setError(null);
            notify(t('settings.recoveryKey.finished'));
          }}
        />
      </div>
    );
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recovery-key-title">
      <h2 id="recovery-key-title">{t('settings.recoveryKey.title')}</h2>
      <p>{t('settings.recoveryKey.when')}</p>
      <p>{t('settings.recoveryKey.effect')}</p>
      {platform.backups ? <p>{t('settings.recoveryKey.olderBackups')}</p> : null}
      <ErrorBox message={error} />
      <TextField label={t('settings.recoveryKey.passphrase')} type="password" value={pass} onChange={setPass} required inputRef={passRef} />
      <button type="submit" disabled={busy || pass === ''}>
        {busy ? t('settings.recoveryKey.working') : t('settings.recoveryKey.submit')}
      </button>
    </form>
  );
}
