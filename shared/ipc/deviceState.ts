// Reading and updating the device state (vault-state.json on the desktop, a localStorage key in
// the browser): the same rules on both sides, so the renderer sees the same answers.
import { deviceStateSchema } from './contract';
import type { DeviceState, DeviceStateRead, DeviceStateSetRequest, VaultDeviceState } from './channels';

/** A few hundred bytes in practice; anything much larger is not ours. */
export const MAX_DEVICE_STATE_CHARS = 64 * 1024;

/**
 * The stored text as a DeviceStateRead: `absent` for nothing stored, `unreadable` for text that
 * is not JSON, not this version's shape, or too large. Never throws.
 */
export function parseDeviceState(text: string | null): DeviceStateRead {
  if (text === null) return { status: 'absent' };
  if (text.length > MAX_DEVICE_STATE_CHARS) return { status: 'unreadable' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  const parsed = deviceStateSchema.safeParse(raw);
  return parsed.success ? { status: 'ok', state: parsed.data } : { status: 'unreadable' };
}

/**
 * The state after storing one vault's counts. The other vault's entry is kept when the stored
 * state was readable (an unreadable one is replaced whole); a request without `lastBackupAt`
 * keeps the one stored before.
 */
export function withVaultState(
  read: DeviceStateRead,
  request: DeviceStateSetRequest,
  now: number,
): { state: DeviceState; entry: VaultDeviceState } {
  const vaults = read.status === 'ok' ? read.state.vaults : {};
  const lastBackupAt = request.lastBackupAt ?? vaults[request.kind]?.lastBackupAt;
  const entry: VaultDeviceState = {
    rows: request.rows,
    auditCount: request.auditCount,
    updatedAt: now,
    ...(lastBackupAt === undefined ? {} : { lastBackupAt }),
  };
  return { state: { version: 1, vaults: { ...vaults, [request.kind]: entry } }, entry };
}

export function serializeDeviceState(state: DeviceState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
