// Where the vault lives on disk. Pinned to a fixed folder name so that renaming the product
// (productName is Japanese and may change) never moves — and so never loses — anyone's data.
import path from 'node:path';

/** Folder under the OS app-data directory. Never change: existing vaults are found by it. */
export const USER_DATA_FOLDER = 'ainet-records';
export const USER_DATA_ENV = 'AINET_USER_DATA_DIR';

export interface UserDataInput {
  appData: string;
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The userData directory. Unpackaged runs (tests, development) may point it elsewhere with
 * AINET_USER_DATA_DIR; a packaged app ignores the variable so nothing outside can redirect
 * where a real user's vault is read from.
 */
export function userDataPath({ appData, isPackaged, env }: UserDataInput): string {
  const override = env[USER_DATA_ENV];
  if (!isPackaged && override) {
    if (!path.isAbsolute(override)) throw new Error(`${USER_DATA_ENV} must be an absolute path, got ${JSON.stringify(override)}`);
    return path.normalize(override);
  }
  return path.join(appData, USER_DATA_FOLDER);
}
