// The quiet banner shown while storage is more than 80 % full (platform/storage.ts decides when
// to look): what is happening and what to do, before a save is refused.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { storageWatch } from '../platform/storage';

export function StorageWarning() {
  const { t } = useTranslation();
  const full = useSyncExternalStore(storageWatch.subscribe, storageWatch.getSnapshot);
  return (
    <div className="storage-banner" role="status" hidden={!full}>
      {full ? t('app.storageNearlyFull', { percent: full.percent }) : null}
    </div>
  );
}
