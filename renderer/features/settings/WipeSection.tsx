// 設定 → この端末からすべて消去 (handing a computer back): says what goes and what stays, asks
// for the phrase typed out and the passphrase, then the vault controller erases everything and
// the app starts again as on a fresh machine.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useOpenVault } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox, TextField } from '../../ui/fields';

const REMOVED = ['records', 'demo', 'backups', 'team', 'keys', 'prefs'] as const;

export function WipeSection() {
  const { t } = useTranslation();
  const controller = useController();
  const { session } = useOpenVault();
  const [typed, setTyped] = useState('');
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);
  const phrase = t('settings.wipe.phrase');
  const confirmed = typed === phrase;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed || pass === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      // On success this screen is gone: the app starts again at the welcome screen.
      await controller.wipeDevice(pass);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
      // A slip is corrected in place: the passphrase stays, selected.
      passRef.current?.focus();
      passRef.current?.select();
    }
  };

  return (
    <section className="card danger-zone" aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('settings.wipe.title')}</h2>
      <p>{t('settings.wipe.lead')}</p>
      <h3>{t('settings.wipe.removedTitle')}</h3>
      <ul>
        {REMOVED.map((k) => (
          <li key={k}>{t(`settings.wipe.removed.${k}`)}</li>
        ))}
      </ul>
      <h3>{t('settings.wipe.keptTitle')}</h3>
      <p>{t('settings.wipe.kept')}</p>
      <p className="notice">{t('settings.wipe.handover')}</p>
      {session.kind === 'demo' ? (
        <p className="notice demo">{t('settings.wipe.demo')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="wipe-title">
          <ErrorBox message={error} />
          <TextField label={t('settings.wipe.confirm', { phrase })} value={typed} onChange={setTyped} required />
          <TextField label={t('settings.wipe.passphrase')} type="password" value={pass} onChange={setPass} required inputRef={passRef} />
          <button type="submit" className="danger" disabled={!confirmed || pass === '' || busy}>
            {busy ? t('settings.wipe.working') : t('settings.wipe.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
