import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/errors/codes';
import type { BridgeResult, DeviceStateRead, DeviceStateSetRequest, VaultDeviceState } from '../../shared/ipc';
import { BROWSER_DEVICE_STATE_KEY, browserDeviceState, desktopDeviceState, vaultEntry } from './deviceState';

class MemoryStorage {
  readonly items = new Map<string, string>();
  failWith: Error | null = null;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }
}

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('did not reject');
}

describe('browserDeviceState', () => {
  it('is absent for both vaults on a new device', async () => {
    const store = browserDeviceState(new MemoryStorage(), () => 1);
    expect(await store.get('main')).toEqual({ status: 'absent' });
    expect(await store.get('demo')).toEqual({ status: 'absent' });
  });

  it('stores counts under ainet.deviceState.v1 in the vault-state.json shape, stamped by the clock', async () => {
    const storage = new MemoryStorage();
    const store = browserDeviceState(storage, () => 1_800_000_000_000);
    const entry = await store.set('main', { rows: 42, auditCount: 7, lastBackupAt: 1_790_000_000_000 });
    expect(entry).toEqual({ rows: 42, auditCount: 7, updatedAt: 1_800_000_000_000, lastBackupAt: 1_790_000_000_000 });
    expect(await store.get('main')).toEqual({ status: 'found', state: entry });
    expect(await store.get('demo')).toEqual({ status: 'absent' });
    expect(JSON.parse(storage.items.get(BROWSER_DEVICE_STATE_KEY) ?? '')).toEqual({ version: 1, vaults: { main: entry } });
  });

  it('keeps the other vault and the last backup time across writes', async () => {
    let t = 100;
    const store = browserDeviceState(new MemoryStorage(), () => t++);
    await store.set('main', { rows: 1, auditCount: 1, lastBackupAt: 50 });
    await store.set('demo', { rows: 300, auditCount: 20 });
    expect(await store.set('main', { rows: 2, auditCount: 3 })).toEqual({ rows: 2, auditCount: 3, updatedAt: 102, lastBackupAt: 50 });
    expect(await store.get('demo')).toEqual({ status: 'found', state: { rows: 300, auditCount: 20, updatedAt: 101 } });
  });

  it.each(['garbage', '{"version":1,"vaults":{"main":{"rows":"x"}}}', '{"version":9,"vaults":{}}', 'null'])(
    'reports stored garbage %j as unreadable for both vaults, and a write replaces it',
    async (text) => {
      const storage = new MemoryStorage();
      storage.items.set(BROWSER_DEVICE_STATE_KEY, text);
      const store = browserDeviceState(storage, () => 5);
      expect(await store.get('main')).toEqual({ status: 'unreadable' });
      expect(await store.get('demo')).toEqual({ status: 'unreadable' });
      await store.set('demo', { rows: 1, auditCount: 0 });
      expect(await store.get('demo')).toEqual({ status: 'found', state: { rows: 1, auditCount: 0, updatedAt: 5 } });
      expect(await store.get('main')).toEqual({ status: 'absent' });
    },
  );

  it.each([
    { rows: -1, auditCount: 0 },
    { rows: 0.5, auditCount: 0 },
    { rows: Number.NaN, auditCount: 0 },
    { rows: 1, auditCount: 0, lastBackupAt: -5 },
  ])('refuses counts %j without storing anything', async (counts) => {
    const storage = new MemoryStorage();
    expect(await codeOf(browserDeviceState(storage, () => 1).set('main', counts))).toBe('ValidationFailed');
    expect(storage.items.size).toBe(0);
  });

  it('a full storage is QuotaExceeded, another failure StorageUnavailable', async () => {
    const storage = new MemoryStorage();
    const store = browserDeviceState(storage, () => 1);
    storage.failWith = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(await codeOf(store.set('main', { rows: 1, auditCount: 1 }))).toBe('QuotaExceeded');
    storage.failWith = Object.assign(new Error('denied'), { name: 'SecurityError' });
    expect(await codeOf(store.set('main', { rows: 1, auditCount: 1 }))).toBe('StorageUnavailable');
  });
});

describe('desktopDeviceState', () => {
  function fakeBridge(answer: BridgeResult<DeviceStateRead>) {
    const sent: DeviceStateSetRequest[] = [];
    return {
      sent,
      api: {
        deviceStateGet: async () => answer,
        deviceStateSet: async (r: DeviceStateSetRequest): Promise<BridgeResult<VaultDeviceState>> => {
          sent.push(r);
          return { ok: true, value: { rows: r.rows, auditCount: r.auditCount, updatedAt: 9 } };
        },
      },
    };
  }

  it('narrows main’s answer to the vault asked for', async () => {
    const main = { rows: 3, auditCount: 2, updatedAt: 1 };
    const { api } = fakeBridge({ ok: true, value: { status: 'ok', state: { version: 1, vaults: { main } } } });
    const store = desktopDeviceState(api);
    expect(await store.get('main')).toEqual({ status: 'found', state: main });
    expect(await store.get('demo')).toEqual({ status: 'absent' });
  });

  it('passes unreadable and absent through, and a refused call as its code', async () => {
    expect(await desktopDeviceState(fakeBridge({ ok: true, value: { status: 'unreadable' } }).api).get('main')).toEqual({
      status: 'unreadable',
    });
    expect(await desktopDeviceState(fakeBridge({ ok: true, value: { status: 'absent' } }).api).get('demo')).toEqual({ status: 'absent' });
    expect(await codeOf(desktopDeviceState(fakeBridge({ ok: false, code: 'AppDataUnavailable' }).api).get('main'))).toBe(
      'AppDataUnavailable',
    );
  });

  it('sends the vault and its counts, and checks them before sending', async () => {
    const bridge = fakeBridge({ ok: true, value: { status: 'absent' } });
    const store = desktopDeviceState(bridge.api);
    expect(await store.set('demo', { rows: 5, auditCount: 4 })).toEqual({ rows: 5, auditCount: 4, updatedAt: 9 });
    expect(bridge.sent).toEqual([{ kind: 'demo', rows: 5, auditCount: 4 }]);
    expect(await codeOf(store.set('main', { rows: -1, auditCount: 0 }))).toBe('ValidationFailed');
    expect(bridge.sent).toHaveLength(1);
  });
});

describe('vaultEntry', () => {
  it('is absent for a vault the readable state does not name', () => {
    expect(vaultEntry({ status: 'ok', state: { version: 1, vaults: {} } }, 'main')).toEqual({ status: 'absent' });
  });
});
