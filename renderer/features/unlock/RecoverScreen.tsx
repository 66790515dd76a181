import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox, TextField } from '../../ui/fields';

export function RecoverScreen() {
  const { t } = useTranslation();
  const controller = useController();
  const [key, setKey] = useState('');
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await controller.recover(key, pass);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="card narrow">
      <h1>{t('recover.title')}</h1>
      <ErrorBox message={error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label={t('recover.recoveryKey')} value={key} onChange={setKey} autoFocus required />
        <TextField
          label={t('recover.newPassphrase')}
          type="password"
          value={pass}
          onChange={setPass}
          required
          help={t('setup.passphraseHelp')}
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
