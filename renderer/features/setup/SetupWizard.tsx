import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { errorMessage, problemMessage } from '../../i18n';
import { ErrorBox, SelectField, TextField } from '../../ui/fields';
import { profileNameProblem } from '../../vault/secrets';
import { USER_ROLE_IDS, DEFAULT_DISTRICTS, type UserRoleId } from '../../../shared/domain/plan';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { RecoveryKeyShowOnce } from './RecoveryKeyShowOnce';

export function SetupWizard() {
  const { t } = useTranslation();
  const controller = useController();
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRoleId>('commissioner');
  const [districtId, setDistrictId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [nameTried, setNameTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submitPassphrase = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    // The problem shows beside its field (and goes as soon as it is fixed); focus goes there.
    const problem = newPassphraseProblem(pass, confirm);
    if (problem) return (problem === 'mismatch' ? confirmRef : passRef).current?.focus();
    setBusy(true);
    setError(null);
    try {
      setRecoveryKey(await controller.createKeys(pass));
      setPass('');
      setConfirm('');
      setStep(2);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const submitProfile = async (e: FormEvent) => {
    e.preventDefault();
    setNameTried(true);
    if (profileNameProblem(name)) return nameRef.current?.focus();
    setBusy(true);
    try {
      await controller.finishSetup({ name: name.trim(), role, districtId });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  // Shown from the first try on, and only while it still applies.
  const nameProblem = nameTried ? profileNameProblem(name) : null;
  const nameError = nameProblem ? problemMessage(t, nameProblem) : undefined;

  return (
    <main id="main" className="card narrow">
      <h1>{t('setup.title')}</h1>
      <p className="step">{t('setup.step', { n: step })}</p>
      <ErrorBox message={error} />
      {step === 1 && (
        <form onSubmit={(e) => void submitPassphrase(e)} noValidate>
          <h2>{t('setup.passphraseTitle')}</h2>
          <p>{t('setup.passphraseHelp')}</p>
          <NewPassphraseFields
            label={t('setup.passphrase')}
            pass={pass}
            confirm={confirm}
            onPass={setPass}
            onConfirm={setConfirm}
            tried={tried}
            autoFocus
            passRef={passRef}
            confirmRef={confirmRef}
          />
          <button type="submit" className="primary big" disabled={busy}>
            {busy ? t('setup.creating') : t('setup.next')}
          </button>
        </form>
      )}
      {step === 2 && (
        <RecoveryKeyShowOnce
          recoveryKey={recoveryKey}
          session={controller.setupSession()}
          title={t('setup.recoveryTitle')}
          doneLabel={t('setup.next')}
          onDone={() => {
            setRecoveryKey('');
            setStep(3);
          }}
        />
      )}
      {step === 3 && (
        <form onSubmit={(e) => void submitProfile(e)} noValidate>
          <h2>{t('setup.profileTitle')}</h2>
          <p>{t('setup.profileHelp')}</p>
          <TextField
            label={t('setup.name')}
            value={name}
            onChange={setName}
            autoFocus
            required
            maxLength={100}
            error={nameError}
            inputRef={nameRef}
          />
          <SelectField<UserRoleId>
            label={t('setup.role')}
            value={role}
            onChange={setRole}
            options={USER_ROLE_IDS.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <SelectField
            label={t('setup.district')}
            value={districtId}
            onChange={setDistrictId}
            options={[
              { value: '', label: t('setup.districtNone') },
              ...DEFAULT_DISTRICTS.map((d) => ({ value: d.id, label: d.name, user: true })),
            ]}
          />
          <button type="submit" className="primary big" disabled={busy}>
            {t('setup.finish')}
          </button>
        </form>
      )}
    </main>
  );
}
