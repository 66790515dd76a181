// 回復キーでパスフレーズを再設定: the recovery key and a new passphrase typed twice. The key
// typed here has now been seen, so the recovery replaces it: the new recovery key is shown (and
// can be printed) before the vault opens, and the old one no longer works.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { ErrorBox, TextField } from '../../ui/fields';
import { toAppError } from '../../../shared/errors/codes';
import { NewPassphraseFields, RecoveryKeyShowOnce, newPassphraseProblem } from '../setup';
import { useAttemptError } from './attemptError';

export function RecoverScreen() {
  const { t } = useTranslation();
  const controller = useController();
  const [key, setKey] = useState('');
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [issued, setIssued] = useState('');
  const { error, show: showError, clear: clearError } = useAttemptError();
  const [busy, setBusy] = useState(false);
  const keyRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const keyMissing = tried && key.trim() === '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setTried(true);
    if (key.trim() === '') return keyRef.current?.focus();
    const problem = newPassphraseProblem(pass, confirm);
    if (problem) return (problem === 'mismatch' ? confirmRef : passRef).current?.focus();
    setBusy(true);
    clearError();
    let newKey = '';
    try {
      await controller.recover(key, pass, (k) => {
        newKey = k;
        setKey('');
        setPass('');
        setConfirm('');
        setIssued(k);
      });
    } catch (err) {
      showError(err);
      // The key was typed by hand from a sheet: it stays, selected, to correct the slip.
      if (!newKey && toAppError(err).code === 'WrongRecoveryKey') {
        keyRef.current?.focus();
        keyRef.current?.select();
      }
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <main id="main" className="card narrow">
        <h1>{t('recover.title')}</h1>
        <ErrorBox message={error} />
        <RecoveryKeyShowOnce
          recoveryKey={issued}
          session={controller.recoverySession()}
          title={t('recover.newKeyTitle')}
          note={<p className="notice">{t('recover.oldKeyGone')}</p>}
          doneLabel={t('recover.open')}
          focusTitle
          onDone={() => {
            setIssued('');
            void controller.finishRecover();
          }}
        />
      </main>
    );
  }

  return (
    <main id="main" className="card narrow">
      <h1>{t('recover.title')}</h1>
      <ErrorBox message={error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('recover.recoveryKey')}
          value={key}
          onChange={setKey}
          autoFocus
          required
          inputRef={keyRef}
          error={keyMissing ? t('recover.keyMissing') : undefined}
        />
        <p>{t('setup.passphraseHelp')}</p>
        <NewPassphraseFields
          label={t('recover.newPassphrase')}
          pass={pass}
          confirm={confirm}
          onPass={setPass}
          onConfirm={setConfirm}
          tried={tried}
          passRef={passRef}
          confirmRef={confirmRef}
        />
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('unlock.working') : t('recover.submit')}
        </button>
      </form>
      <button type="button" className="link" onClick={() => controller.cancelRecover()}>
        {t('recover.back')}
      </button>
    </main>
  );
}
