import { now } from '../../platform/clock';
import { useState, type FormEvent } from 'react';
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
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();

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
    // An emptied name keeps the saved one.
    const problem = name.trim() === '' ? undefined : profileNameProblem(name);
    setNameError(problem ? problemMessage(t, problem) : undefined);
    if (problem) return;
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
    void guard(async () => {
      await changePassphrase(session.db, current, next, now());
      await logEvent(session, { action: 'vault.passphrase-change', table: 'vaultMeta', recordId: 'keys' }, now());
      setCurrent('');
      setNext('');
      notify(t('settings.passphraseChanged'));
    });
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
        <form onSubmit={submitPassphrase} aria-labelledby="pass-title">
          <h3 id="pass-title">{t('settings.changePassphrase')}</h3>
          <TextField label={t('settings.currentPassphrase')} type="password" value={current} onChange={setCurrent} />
          <TextField label={t('settings.newPassphrase')} type="password" value={next} onChange={setNext} help={t('setup.passphraseHelp')} />
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
