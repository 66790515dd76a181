import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { errorMessage, problemMessage } from '../../i18n';
import { ErrorBox, SelectField, TextField } from '../../ui/fields';
import { passphraseProblem } from '../../vault/keystore';
import { profileNameProblem } from '../../vault/secrets';
import { USER_ROLE_IDS, DEFAULT_DISTRICTS, type UserRoleId } from '../../../shared/domain/plan';
import { passphraseStrength } from './strength';
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
  const [nameError, setNameError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const strength = passphraseStrength(pass);

  const tooShort = passphraseProblem(pass) !== null;
  const mismatch = confirm.length > 0 && confirm !== pass;

  const submitPassphrase = async (e: FormEvent) => {
    e.preventDefault();
    if (tooShort) return setError(t('errors.PassphraseTooShort'));
    if (pass !== confirm) return setError(t('setup.mismatch'));
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
    const problem = profileNameProblem(name);
    setNameError(problem ? problemMessage(t, problem) : undefined);
    if (problem) return;
    setBusy(true);
    try {
      await controller.finishSetup({ name: name.trim(), role, districtId });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="card narrow">
      <h1>{t('setup.title')}</h1>
      <p className="step">{t('setup.step', { n: step })}</p>
      <ErrorBox message={error} />
      {step === 1 && (
        <form onSubmit={(e) => void submitPassphrase(e)} noValidate>
          <h2>{t('setup.passphraseTitle')}</h2>
          <p>{t('setup.passphraseHelp')}</p>
          <TextField
            label={t('setup.passphrase')}
            type="password"
            value={pass}
            onChange={setPass}
            autoFocus
            required
            help={t('setup.strength', { label: t(`setup.strengthLabels.${strength}`) })}
          />
          <meter
            className="strength"
            min={0}
            max={3}
            value={['weak', 'fair', 'good', 'strong'].indexOf(strength)}
            aria-label={t('setup.strength', { label: t(`setup.strengthLabels.${strength}`) })}
          />
          <TextField
            label={t('setup.passphraseConfirm')}
            type="password"
            value={confirm}
            onChange={setConfirm}
            required
            error={mismatch ? t('setup.mismatch') : undefined}
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
          <TextField label={t('setup.name')} value={name} onChange={setName} autoFocus required maxLength={100} error={nameError} />
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
