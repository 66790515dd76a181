import { describe, expect, it } from 'vitest';
import { backupDueSince, lastBackupAt, markBackup, markRestore, pendingRestore } from './backupMarks';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('backup marks on this device', () => {
  it('counts a missing backup from the first time it was asked, then from the last backup', () => {
    const s = memory();
    expect(backupDueSince('main', 1000, s)).toEqual({ since: 1000, never: true });
    expect(backupDueSince('main', 9000, s)).toEqual({ since: 1000, never: true });
    markBackup('main', 5000, s);
    expect(lastBackupAt('main', s)).toBe(5000);
    expect(backupDueSince('main', 9000, s)).toEqual({ since: 5000, never: false });
    expect(lastBackupAt('demo', s)).toBeNull();
  });

  it('tolerates garbage and a clock that went back', () => {
    const s = memory();
    s.data.set('ainet.lastBackupAt.main', '{not json');
    expect(lastBackupAt('main', s)).toBeNull();
    s.data.set('ainet.backupReminderSince.main', '99999');
    expect(backupDueSince('main', 100, s)).toEqual({ since: 100, never: true });
  });

  it('keeps a restore until its audit entry is written', () => {
    const s = memory();
    markRestore('main', { rows: 12, fileCreatedAt: 7 }, s);
    expect(pendingRestore('main', s)).toEqual({ rows: 12, fileCreatedAt: 7 });
    markRestore('main', null, s);
    expect(pendingRestore('main', s)).toBeNull();
  });
});
