// What main keeps of the app's data in its own files, and erasing it when the person erases the
// device (設定 →「この端末からすべて消去」): the automatic backups and the vault state, both under
// userData. The databases and preferences live in Chromium's storage and are deleted by the
// renderer. No Electron import, so it is tested under Node.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUPS_FOLDER, VAULT_STATE_FILE } from './backups';

/**
 * Removes `<userData>/backups/` with everything in it and `<userData>/vault-state.json`. Either
 * may be missing (no backup made yet, or a second try after a failure): that is not an error.
 * A symbolic link in their place is removed as a link; what it points at is left alone.
 */
export async function eraseDeviceData(userData: string): Promise<void> {
  // force: a missing path is fine; anything else (a file held open on Windows, no permission)
  // is thrown, so the renderer can say the erase is not complete and keep the vault to try again.
  await fs.rm(path.join(userData, BACKUPS_FOLDER), { recursive: true, force: true, maxRetries: 3 });
  await fs.rm(path.join(userData, VAULT_STATE_FILE), { force: true, maxRetries: 3 });
}
