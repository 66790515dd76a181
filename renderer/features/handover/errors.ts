// A refused package in words: what differs from a backup (whose key, which kind), else the
// backup reader's sentences.
import type { TFunction } from 'i18next';
import { isBackupError } from '../../../shared/backup';
import { isAppError } from '../../../shared/errors/codes';
import { backupErrorMessage } from '../backup';

export function handoverErrorMessage(t: TFunction, e: unknown): string {
  if (isBackupError(e)) {
    if (e.problem === 'wrongKey')
      return t(e.detail.lock === 'recipients' ? 'handover.problem.wrongIdentity' : 'handover.problem.wrongPassphrase');
    if (e.problem === 'wrongKind') return t('handover.problem.isBackup');
  }
  if (isAppError(e) && e.code === 'NotPermitted') {
    const reason = e.detail?.reason;
    if (reason === 'demo-package') return t('handover.problem.demoPackage');
    if (reason === 'real-package') return t('handover.problem.realPackage');
    if (reason === 'demo-recipient') return t('handover.problem.demoRecipient');
  }
  return backupErrorMessage(t, e);
}
