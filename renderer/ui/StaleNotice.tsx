// Shown when a save was refused because the record was saved elsewhere since the form opened
// (StaleRevision). Nothing was written and nothing typed is lost; the person chooses: save their
// own text over the newer copy, or drop it and look at what is saved.
import { useTranslation } from 'react-i18next';

export function StaleNotice(props: { busy?: boolean; onKeepMine(): void; onTakeSaved(): void }) {
  const { t } = useTranslation();
  return (
    <div className="error-box stale-notice" role="alert">
      <p>{t('stale.message')}</p>
      <div className="row">
        <button type="button" className="primary" disabled={props.busy} onClick={props.onKeepMine}>
          {t('stale.keepMine')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onTakeSaved}>
          {t('stale.takeSaved')}
        </button>
      </div>
    </div>
  );
}
