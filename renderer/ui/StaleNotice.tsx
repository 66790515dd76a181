// Shown when a save was refused because the record was saved elsewhere since the form opened
// (StaleRevision). Nothing was written and nothing typed is lost; the person chooses: save their
// own text over the newer copy, or drop it and look at what is saved. The notice sits above the
// form, so it scrolls itself into view and takes the focus: the save button may be far below.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function StaleNotice(props: { busy?: boolean; onKeepMine(): void; onTakeSaved(): void }) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' });
    first.current?.focus();
  }, []);
  return (
    <div className="error-box stale-notice" role="alert">
      <p>{t('stale.message')}</p>
      <div className="row">
        <button ref={first} type="button" className="primary" disabled={props.busy} onClick={props.onKeepMine}>
          {t('stale.keepMine')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onTakeSaved}>
          {t('stale.takeSaved')}
        </button>
      </div>
    </div>
  );
}
