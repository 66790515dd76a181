import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataPath } from './user-data';

const appData = path.resolve('/home/u/.config');

describe('userDataPath', () => {
  it('uses a fixed folder name, whatever the product is called', () => {
    expect(userDataPath({ appData, isPackaged: true, env: {} })).toBe(path.join(appData, 'ainet-records'));
    expect(userDataPath({ appData, isPackaged: false, env: {} })).toBe(path.join(appData, 'ainet-records'));
  });

  it('lets unpackaged runs use AINET_USER_DATA_DIR', () => {
    const tmp = path.resolve('/tmp/ainet-e2e-1');
    expect(userDataPath({ appData, isPackaged: false, env: { AINET_USER_DATA_DIR: tmp } })).toBe(tmp);
  });

  it('ignores AINET_USER_DATA_DIR in a packaged app', () => {
    expect(userDataPath({ appData, isPackaged: true, env: { AINET_USER_DATA_DIR: path.resolve('/tmp/x') } })).toBe(
      path.join(appData, 'ainet-records'),
    );
  });

  it('refuses a relative override', () => {
    expect(() => userDataPath({ appData, isPackaged: false, env: { AINET_USER_DATA_DIR: 'tmp/x' } })).toThrow(/absolute/);
  });
});
