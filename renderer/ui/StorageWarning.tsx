// The quiet banner shown while storage is more than 80 % full (platform/storage.ts decides when
// to look): what is happening and what to do, before a save is refused.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { storageWatch } from '../platform/storage';
import { routeHref } from './router';

export function StorageWarning() {
  const { t } = useTranslation();
  const full = useSyncExternalStore(storageWatch.subscribe, storageWatch.getSnapshot);
  return (
    <div className="storage-banner" role="status" hidden={!full}>
      {full ? (
        <>
          {t('app.storageNearlyFull', { percent: full.percent })} <a href={routeHref({ name: 'backup' })}>{t('app.storageToBackup')}</a>
          {t('app.storageListSeparator')}
          <a href={routeHref({ name: 'trash' })}>{t('app.storageToTrash')}</a>
        </>
      ) : null}
    </div>
  );
}
