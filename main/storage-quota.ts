// Since Chromium 138 navigator.storage.estimate() reports a made-up quota (usage + up to 10 GiB),
// so that websites cannot tell a private window from a normal one by its size. The enforced quota
// is unchanged, so the app could never see that its storage is nearly full before a save is
// refused. The desktop app loads nothing but its own bundle, so there is nobody to hide the size
// from: the one Chromium feature behind it is turned off and the page's 80 % warning
// (renderer/platform/storage.ts) works. This file does nothing else: scripts/security-check.mjs
// allows a `disable-features` switch here only, and storage-quota.test.ts pins what it disables.
import type { CommandLine } from 'electron';

export const STATIC_STORAGE_QUOTA_FEATURE = 'StaticStorageQuota';

/** Adds the feature to `--disable-features`, keeping whatever was there. Call before ready. */
export function reportEnforcedStorageQuota(commandLine: Pick<CommandLine, 'appendSwitch' | 'getSwitchValue'>): void {
  const already = commandLine
    .getSwitchValue('disable-features')
    .split(',')
    .filter((f) => f !== '' && f !== STATIC_STORAGE_QUOTA_FEATURE);
  commandLine.appendSwitch('disable-features', [...already, STATIC_STORAGE_QUOTA_FEATURE].join(','));
}
