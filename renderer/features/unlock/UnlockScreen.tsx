import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { usePreferences } from '../../platform/preferences';
import { DEMO_PASSPHRASE } from '../demo';
import type { LockCause } from '../../records/context';
import { ErrorBox, TextField } from '../../ui/fields';
import { useAttemptError } from './attemptError';

export function UnlockScreen({ cause, hasDraft, draftLost = false }: { cause: LockCause | null; hasDraft: boolean; draftLost?: boolean }) {
  const { t } = useTranslation();
  const controller = useController();
  const { update } = usePreferences();
  const [pass, setPass] = useState('');
  const { error, show: showError, clear: clearError } = useAttemptError();
  const [busy, setBusy] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);
  const demo = controller.kind === 'demo';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || pass === '') return;
    setBusy(true);
    clearError();
    try {
      await controller.unlock(pass);
    } catch (err) {
      showError(err);
      setBusy(false);
      // A long passphrase with one slip is corrected, not typed again: it stays, selected (typing
      // replaces it all; an arrow key keeps it for a fix).
      passRef.current?.focus();
      passRef.current?.select();
    }
  };

  const switchVault = async () => {
    const next = demo ? 'main' : 'demo';
    setBusy(true);
    try {
      await controller.switchTo(next);
      update({ vault: next });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="card narrow">
      <h1>{t('app.name')}</h1>
      <h2>{t('unlock.title')}</h2>
      {cause ? (
        <p className="notice" role="status">
          {t(`unlock.lockedBecause.${cause}`)}
        </p>
      ) : null}
      {draftLost ? (
        <p className="error-box" role="alert" data-testid="draft-lost">
          {t('unlock.draftLost')}
        </p>
      ) : null}
      {hasDraft ? <p className="notice">{t('unlock.draftKept')}</p> : null}
      {demo ? <p className="notice demo">{t('unlock.demoPassphrase', { p: DEMO_PASSPHRASE })}</p> : null}
      <ErrorBox message={error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('unlock.passphrase')}
          type="password"
          value={pass}
          onChange={setPass}
          autoFocus
          required
          inputRef={passRef}
          help={error && pass !== '' ? t('unlock.keptForFix') : undefined}
        />
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('unlock.working') : t('unlock.submit')}
        </button>
      </form>
      <div className="stack links">
        <button type="button" className="link" onClick={() => controller.showRecover()}>
          {t('unlock.forgot')}
        </button>
        <button type="button" className="link" disabled={busy} onClick={() => void switchVault()}>
          {demo ? t('unlock.openMain') : t('unlock.openDemo')}
        </button>
      </div>
    </main>
  );
}
