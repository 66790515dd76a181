// One ipcMain.handle per invoke channel of shared/ipc. Each call is refused unless it comes from
// the app's own top frame and its payload passes the contract's schema; errors cross the bridge
// as bare codes, never as paths or stack traces.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ErrorCode } from '../shared/errors/codes';
import { CHANNELS, type InvokeMethod } from '../shared/ipc/contract';
import { INVOKE_METHODS, isTrustedSender, parseInvokeArgs, type InvokeRequest, type InvokeResult } from './ipc-guard';

export type InvokeHandlers = {
  [K in InvokeMethod]: (request: InvokeRequest<K>, window: BrowserWindow | null) => Promise<InvokeResult<K>>;
};

/** File-system failures mapped onto shared/errors codes the renderer already words. */
function errorCodeFor(error: unknown): ErrorCode {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'QuotaExceeded';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
      return 'StorageUnavailable';
    default:
      return 'Unknown';
  }
}

function handle<K extends InvokeMethod>(method: K, handler: InvokeHandlers[K]): void {
  ipcMain.handle(CHANNELS[method], async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) {
      console.warn(`[ipc] ${method}: refused a call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      throw new Error('Forbidden');
    }
    const parsed = parseInvokeArgs(method, args);
    if (!parsed.ok) {
      console.warn(`[ipc] ${method}: invalid payload: ${parsed.issues.join('; ')}`);
      throw new Error('ValidationFailed');
    }
    try {
      return await handler(parsed.value, BrowserWindow.fromWebContents(event.sender));
    } catch (error) {
      console.error(`[ipc] ${method} failed:`, error);
      // Only the message crosses to the renderer (Electron drops the rest), so the cause stays here.
      throw new Error(errorCodeFor(error), { cause: error });
    }
  });
}

export function registerIpcHandlers(handlers: InvokeHandlers): void {
  for (const method of INVOKE_METHODS) handle(method, handlers[method]);
}
