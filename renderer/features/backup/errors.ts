// A refused file in words: the backup reader's reasons, else the app-wide error sentence.
import type { TFunction } from 'i18next';
import { isBackupError } from '../../../shared/backup';
import { isAppError, toAppError } from '../../../shared/errors/codes';
import { errorMessage } from '../../i18n';

export function backupErrorMessage(t: TFunction, e: unknown): string {
  if (isBackupError(e)) return t(`backup.problem.${e.problem}`);
  if (isAppError(e) && e.code === 'NotPermitted' && e.detail?.reason === 'other-vault') return t('backup.otherVault');
  if (toAppError(e).code === 'QuotaExceeded') return t('backup.quota');
  return errorMessage(e);
}
