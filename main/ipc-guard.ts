// Pure checks for every IPC message: who sent it, and is the payload what the contract says; and
// how any outcome, failures included, becomes the BridgeResult the renderer receives.
// No Electron import, so main/ipc-guard.test.ts runs under plain Node.
import type { z } from 'zod';
import { isAppError, type ErrorCode } from '../shared/errors/codes';
import {
  backupReadRequestSchema,
  cameraRequestSchema,
  backupWriteRequestSchema,
  deviceStateSetRequestSchema,
  noArgumentSchema,
  openFileRequestSchema,
  printPdfRequestSchema,
  saveFileRequestSchema,
  teamRequestSchema,
  type BridgeResult,
  type InvokeMethod,
  type InvokeRequest,
  type InvokeValue,
} from '../shared/ipc/contract';
import { isAppBundleUrl } from './app-url';

export type { InvokeRequest, InvokeValue };

/** One schema per invoke method; a method added to DesktopApi without one is a compile error. */
export const INVOKE_SCHEMAS: { [K in InvokeMethod]: z.ZodType<InvokeRequest<K>> } = {
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  printPdf: printPdfRequestSchema,
  appVersion: noArgumentSchema,
  backupWrite: backupWriteRequestSchema,
  backupList: noArgumentSchema,
  backupRead: backupReadRequestSchema,
  deviceStateGet: noArgumentSchema,
  deviceStateSet: deviceStateSetRequestSchema,
  eraseDeviceData: noArgumentSchema,
  teamRequest: teamRequestSchema,
  camera: cameraRequestSchema,
};

export const INVOKE_METHODS = Object.keys(INVOKE_SCHEMAS) as InvokeMethod[];

/** The shape of Electron's WebFrameMain that the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Only the app's own top-level page may call the bridge: not a subframe, not a page that was
 * somehow navigated elsewhere, not a frame that is already gone (Electron passes null then).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppBundleUrl(frame.url);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/**
 * Validates the raw arguments of an invoke call (`...args` after the event). Every method takes
 * at most one argument; extra arguments are refused rather than ignored.
 */
export function parseInvokeArgs<K extends InvokeMethod>(method: K, args: readonly unknown[]): ParseResult<InvokeRequest<K>> {
  if (args.length > 1) return { ok: false, issues: [`expected at most 1 argument, got ${args.length}`] };
  const result = INVOKE_SCHEMAS[method].safeParse(args[0]);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

// A file the person picked in a dialog that cannot be written or read: a read-only or network
// folder, a file another program holds, a folder chosen as the file, a path that vanished.
const FILE_ACCESS_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EISDIR', 'ENOTDIR', 'ENOENT', 'ENAMETOOLONG', 'ELOOP']);

const APP_DATA_METHODS = new Set<InvokeMethod>(['backupWrite', 'backupList', 'backupRead', 'deviceStateGet', 'deviceStateSet']);

/**
 * The code a failure in a handler reaches the renderer as. A handler that knows better throws an
 * AppError; file-system errors are mapped by what the method was doing; anything else is Unknown
 * (its details stay in main's log).
 */
export function errorCodeFor(method: InvokeMethod, error: unknown): ErrorCode {
  if (isAppError(error)) return error.code;
  // The team server could not be reached (refused, name not found, timed out, TLS failure).
  if (method === 'teamRequest') return 'TeamServerUnreachable';
  const errno = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof errno !== 'string') return 'Unknown';
  const full = errno === 'ENOSPC' || errno === 'EDQUOT';
  if (method === 'saveFile') {
    if (full) return 'QuotaExceeded';
    if (FILE_ACCESS_ERRORS.has(errno)) return 'FileNotWritable';
  }
  if (method === 'openFile' && FILE_ACCESS_ERRORS.has(errno)) return 'FileNotReadable';
  // The app's own folder, not a place the person picked: worded as such.
  if (APP_DATA_METHODS.has(method)) {
    if (full && (method === 'backupWrite' || method === 'deviceStateSet')) return 'QuotaExceeded';
    if (FILE_ACCESS_ERRORS.has(errno)) return 'AppDataUnavailable';
  }
  return 'Unknown';
}

/** Where answerInvoke reports what it refused or what failed; main passes the console. */
export interface InvokeLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

/**
 * Answers one invoke call: refuses an untrusted sender (NotPermitted) and a payload the contract
 * does not allow (ValidationFailed) without running the handler, and turns whatever the handler
 * throws into its code. Never throws, so no failure crosses the bridge as an Electron error.
 */
export async function answerInvoke<K extends InvokeMethod>(
  method: K,
  frame: SenderFrame | null | undefined,
  args: readonly unknown[],
  handler: (request: InvokeRequest<K>) => Promise<InvokeValue<K>>,
  log: InvokeLog,
): Promise<BridgeResult<InvokeValue<K>>> {
  if (!isTrustedSender(frame)) {
    log.warn(`[ipc] ${method}: refused a call from ${frame?.url ?? 'a destroyed frame'}`);
    return { ok: false, code: 'NotPermitted' };
  }
  const parsed = parseInvokeArgs(method, args);
  if (!parsed.ok) {
    log.warn(`[ipc] ${method}: invalid payload: ${parsed.issues.join('; ')}`);
    return { ok: false, code: 'ValidationFailed' };
  }
  try {
    return { ok: true, value: await handler(parsed.value) };
  } catch (error) {
    log.error(`[ipc] ${method} failed:`, error);
    return { ok: false, code: errorCodeFor(method, error) };
  }
}
