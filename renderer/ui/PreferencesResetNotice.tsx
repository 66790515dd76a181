// Said once, on the first screen: the saved display settings could not be read and were reset.
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../platform/preferences';

export function PreferencesResetNotice() {
  const { t } = useTranslation();
  const { wasReset, dismissReset } = usePreferences();
  if (!wasReset) return null;
  return (
    <div className="notice card narrow prefs-reset" role="alert" data-testid="prefs-reset">
      <p>{t('app.prefsReset')}</p>
      <button type="button" onClick={dismissReset}>
        {t('common.close')}
      </button>
    </div>
  );
}
