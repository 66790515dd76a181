// The device state: per vault, counts kept outside IndexedDB so a database that was reset or put
// back from an older copy can be noticed. On the desktop it is `<userData>/vault-state.json`
// (through the bridge); in the browser build a localStorage key. Nothing personal: counts and
// times only.
import { AppError, toAppError } from '../../shared/errors/codes';
import {
  deviceStateSetRequestSchema,
  parseDeviceState,
  serializeDeviceState,
  withVaultState,
  type DesktopApi,
  type DeviceStateRead,
  type VaultDeviceState,
} from '../../shared/ipc';
import { callBridge } from './bridgeResult';
import type { VaultKind } from './preferences';

export type { VaultDeviceState };

/** What one vault's entry says: `absent` when none was stored, `unreadable` when the store is garbage. */
export type VaultDeviceStateRead = { status: 'found'; state: VaultDeviceState } | { status: 'absent' } | { status: 'unreadable' };

/** What the app stores; `lastBackupAt` left out keeps the stored one, `updatedAt` is stamped. */
export interface VaultDeviceCounts {
  rows: number;
  auditCount: number;
  lastBackupAt?: number;
}

export interface DeviceStateStore {
  get(kind: VaultKind): Promise<VaultDeviceStateRead>;
  /** Answers the entry as stored. ValidationFailed for counts that are not whole numbers ≥ 0. */
  set(kind: VaultKind, counts: VaultDeviceCounts): Promise<VaultDeviceState>;
}

export const BROWSER_DEVICE_STATE_KEY = 'ainet.deviceState.v1';

export function vaultEntry(read: DeviceStateRead, kind: VaultKind): VaultDeviceStateRead {
  if (read.status !== 'ok') return read;
  const state = read.state.vaults[kind];
  return state ? { status: 'found', state } : { status: 'absent' };
}

function request(kind: VaultKind, counts: VaultDeviceCounts) {
  const parsed = deviceStateSetRequestSchema.safeParse({ kind, ...counts });
  if (!parsed.success) throw new AppError('ValidationFailed', { what: 'device-state' });
  return parsed.data;
}

export function desktopDeviceState(api: Pick<DesktopApi, 'deviceStateGet' | 'deviceStateSet'>): DeviceStateStore {
  return {
    get: async (kind) => vaultEntry(await callBridge(() => api.deviceStateGet()), kind),
    set: async (kind, counts) => {
      const r = request(kind, counts);
      return callBridge(() => api.deviceStateSet(r));
    },
  };
}

/** The browser build's store: the same JSON as vault-state.json, under one localStorage key. */
export function browserDeviceState(storage: Pick<Storage, 'getItem' | 'setItem'>, clock: () => number): DeviceStateStore {
  const read = (): DeviceStateRead => {
    try {
      return parseDeviceState(storage.getItem(BROWSER_DEVICE_STATE_KEY));
    } catch (e) {
      throw new AppError('StorageUnavailable', { what: 'device-state' }, { cause: e });
    }
  };
  return {
    get: async (kind) => vaultEntry(read(), kind),
    set: async (kind, counts) => {
      const { state, entry } = withVaultState(read(), request(kind, counts), clock());
      try {
        storage.setItem(BROWSER_DEVICE_STATE_KEY, serializeDeviceState(state));
      } catch (e) {
        const error = toAppError(e);
        throw error.code === 'QuotaExceeded' ? error : new AppError('StorageUnavailable', { what: 'device-state' }, { cause: e });
      }
      return entry;
    },
  };
}
