// One ipcMain.handle per invoke channel of shared/ipc. Each call is refused unless it comes from
// the app's own top frame and its payload passes the contract's schema, and every outcome,
// failures included, is answered as a BridgeResult (main/ipc-guard.ts): a code, never a path or
// a stack trace, and never a thrown Error that Electron would turn into an uncoded message.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type InvokeMethod } from '../shared/ipc/contract';
import { INVOKE_METHODS, answerInvoke, type InvokeRequest, type InvokeValue } from './ipc-guard';

export type InvokeHandlers = {
  [K in InvokeMethod]: (request: InvokeRequest<K>, window: BrowserWindow | null) => Promise<InvokeValue<K>>;
};

function handle<K extends InvokeMethod>(method: K, handler: InvokeHandlers[K]): void {
  ipcMain.handle(CHANNELS[method], (event: IpcMainInvokeEvent, ...args: unknown[]) =>
    answerInvoke(method, event.senderFrame, args, (request) => handler(request, BrowserWindow.fromWebContents(event.sender)), console),
  );
}

export function registerIpcHandlers(handlers: InvokeHandlers): void {
  for (const method of INVOKE_METHODS) handle(method, handlers[method]);
}
