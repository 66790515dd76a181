import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from '../../records/context';
import { usePreferences } from '../../platform/preferences';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { useDates } from '../../i18n/dates';

/** `lost`: this device remembers a vault the database no longer holds (reset, cleared, replaced). */
export function WelcomeScreen({ lost }: { lost?: { rows: number; updatedAt: number } }) {
  const { t } = useTranslation();
  const dates = useDates();
  const controller = useController();
  const { update } = usePreferences();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const openDemo = async () => {
    setBusy(true);
    try {
      await controller.switchTo('demo');
      update({ vault: 'demo' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="card narrow">
      <h1>{t('app.name')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      {lost ? (
        <div className="warning" role="alert">
          <p>{t('welcome.lost', { date: dates.instant(lost.updatedAt), rows: lost.rows })}</p>
          <button type="button" className="primary big" onClick={() => controller.beginRestore()}>
            {t('welcome.restore')}
          </button>
        </div>
      ) : null}
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.lead')}</p>
      <ErrorBox message={error} />
      <div className="stack">
        <button type="button" className="primary big" onClick={() => controller.beginSetup()}>
          {t('welcome.create')}
        </button>
        <button type="button" className="big" disabled={busy} onClick={() => void openDemo()}>
          {busy ? t('app.loading') : t('welcome.demo')}
        </button>
        <p className="help">{t('welcome.demoNote')}</p>
        <button type="button" className="big" onClick={() => controller.beginRestore()}>
          {t('welcome.restore')}
        </button>
        <p className="help">{t('welcome.restoreNote')}</p>
      </div>
    </main>
  );
}
