// Choosing a backup file: the platform's open dialog, the size cap before anything is read.
import { bytesStream, MAX_BACKUP_BYTES } from '../../../shared/backup';
import { formatDateJa, formatInstantJa, tokyoDate } from '../../../shared/text/dates';
import type { FileSource } from '../../backup/restore';
import { platform } from '../../platform';

export interface ChosenFile extends FileSource {
  name: string;
}

/** null when the person cancelled; 'tooLarge' over the cap. */
export async function chooseBackupFile(kind = 'あいねっと記録帳のバックアップ'): Promise<ChosenFile | 'tooLarge' | null> {
  const picked = await platform.openFile({ name: kind, extensions: ['age'] }, MAX_BACKUP_BYTES);
  if (!picked) return null;
  if ('tooLarge' in picked) return 'tooLarge';
  const bytes = picked.bytes;
  return { name: picked.name, size: bytes.byteLength, stream: () => bytesStream(bytes) };
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 2026年12月1日（令和8年12月1日） 20:45 */
export function fileDate(instant: number): string {
  return `${formatDateJa(tokyoDate(instant))} ${formatInstantJa(instant).slice(-5)}`;
}
