import { now } from '../../platform/clock';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useOpenVault } from '../../records/context';
import { usePreferences } from '../../platform/preferences';
import { errorMessage, problemMessage } from '../../i18n';
import { ErrorBox, SelectField, TextField } from '../../ui/fields';
import { USER_ROLE_IDS, type UserRoleId } from '../../../shared/domain/plan';
import { changePassphrase } from '../../vault/keystore';
import { profileNameProblem } from '../../vault/secrets';
import { logEvent } from '../../audit/auditLog';
import type { TextSize } from '../../platform/preferences';
import { DistrictEditor } from './DistrictEditor';
import { RecoveryKeySection } from './RecoveryKeySection';
import { NewPassphraseFields, newPassphraseProblem } from '../setup';
import { toAppError } from '../../../shared/errors/codes';
import { WipeSection } from './WipeSection';
import { StallDaysSettings } from '../referrals';
import { ContactIntervalSettings } from '../reach';
import { readSetting, writeSetting } from './vaultSettings';
import { useLiveQuery } from 'dexie-react-hooks';

export function SettingsPage() {
  const { t } = useTranslation();
  const controller = useController();
  const { session, profile, notify } = useOpenVault();
  const { prefs, update } = usePreferences();
  const [name, setName] = useState(profile.name);
  const [role, setRole] = useState<UserRoleId>(profile.role);
  const idle = useLiveQuery(() => readSetting(session, 'idleMinutes'), [session]);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [nextAgain, setNextAgain] = useState('');
  const [passTried, setPassTried] = useState(false);
  const [passError, setPassError] = useState<string | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const againRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [nameTried, setNameTried] = useState(false);
  // An emptied name keeps the saved one. Shown from the first refused save, while it applies.
  const nameProblem = nameTried && name.trim() !== '' ? profileNameProblem(name) : undefined;
  const nameError = nameProblem ? problemMessage(t, nameProblem) : undefined;

  const guard = async (f: () => Promise<void>) => {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const saveProfile = (e: FormEvent) => {
    e.preventDefault();
    setNameTried(true);
    if (name.trim() !== '' && profileNameProblem(name)) return;
    void guard(async () => {
      await controller.saveProfile(session, { ...profile, name: name.trim() || profile.name, role });
      notify(t('settings.saved'));
    });
  };

  const saveIdle = (minutes: number) =>
    void guard(async () => {
      await writeSetting(session, 'idleMinutes', minutes, idle?.rev ?? 0, now());
      controller.setIdleMinutes(minutes);
      notify(t('settings.saved'));
    });

  const submitPassphrase = (e: FormEvent) => {
    e.preventDefault();
    setPassTried(true);
    if (current === '') return currentRef.current?.focus();
    const problem = newPassphraseProblem(next, nextAgain);
    if (problem) return (problem === 'mismatch' ? againRef : nextRef).current?.focus();
    setPassError(null);
    void (async () => {
      try {
        await changePassphrase(session.db, current, next, now());
        await logEvent(session, { action: 'vault.passphrase-change', table: 'vaultMeta', recordId: 'keys' }, now());
        setCurrent('');
        setNext('');
        setNextAgain('');
        setPassTried(false);
        notify(t('settings.passphraseChanged'));
      } catch (err) {
        setPassError(errorMessage(err));
        // A slip in the current passphrase is corrected in place: it stays, selected.
        if (toAppError(err).code === 'WrongPassphrase') {
          currentRef.current?.focus();
          currentRef.current?.select();
        }
      }
    })();
  };

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <ErrorBox message={error} />
      <form onSubmit={saveProfile} aria-labelledby="profile-title" className="card">
        <h2 id="profile-title">{t('settings.profile')}</h2>
        <TextField label={t('setup.name')} value={name} onChange={setName} maxLength={100} error={nameError} />
        <SelectField<UserRoleId>
          label={t('setup.role')}
          value={role}
          onChange={setRole}
          options={USER_ROLE_IDS.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <button type="submit" className="primary">
          {t('settings.saveProfile')}
        </button>
      </form>
      <div className="card">
        <h2>{t('settings.display')}</h2>
        <SelectField<TextSize>
          label={t('settings.textSize')}
          value={prefs.textSize}
          onChange={(textSize) => update({ textSize })}
          options={(['normal', 'large', 'xlarge'] as const).map((s) => ({ value: s, label: t(`settings.textSizes.${s}`) }))}
        />
        <SelectField
          label={t('settings.language')}
          value={prefs.language}
          onChange={(language) => update({ language })}
          options={[
            { value: 'ja', label: '日本語', lang: 'ja' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
        />
      </div>
      <div className="card">
        <h2>{t('settings.security')}</h2>
        {idle !== undefined ? (
          <SelectField
            label={t('settings.idleMinutes')}
            value={String(idle.value)}
            onChange={(v) => saveIdle(Number(v))}
            options={[1, 3, 5, 10, 15, 30, 60].map((m) => ({ value: String(m), label: String(m) }))}
          />
        ) : null}
        <form onSubmit={submitPassphrase} noValidate aria-labelledby="pass-title">
          <h3 id="pass-title">{t('settings.changePassphrase')}</h3>
          <ErrorBox message={passError} />
          <TextField
            label={t('settings.currentPassphrase')}
            type="password"
            value={current}
            onChange={setCurrent}
            inputRef={currentRef}
            required
            error={passTried && current === '' ? t('settings.currentMissing') : undefined}
          />
          <p>{t('setup.passphraseHelp')}</p>
          <NewPassphraseFields
            label={t('settings.newPassphrase')}
            pass={next}
            confirm={nextAgain}
            onPass={setNext}
            onConfirm={setNextAgain}
            tried={passTried}
            passRef={nextRef}
            confirmRef={againRef}
          />
          <button type="submit">{t('settings.changePassphrase')}</button>
        </form>
      </div>
      <RecoveryKeySection />
      <DistrictEditor />
      <StallDaysSettings />
      <ContactIntervalSettings />
      <div className="card">
        <h2>{t('settings.storage')}</h2>
        <p>{t('settings.storageNote')}</p>
      </div>
      <WipeSection />
    </section>
  );
}
