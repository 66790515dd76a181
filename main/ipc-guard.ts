// Pure checks for every IPC message: who sent it, and is the payload what the contract says.
// No Electron import, so main/ipc-guard.test.ts runs under plain Node.
import type { z } from 'zod';
import { noArgumentSchema, openFileRequestSchema, saveFileRequestSchema, type DesktopApi, type InvokeMethod } from '../shared/ipc/contract';
import { isAppBundleUrl } from './app-url';

export type InvokeRequest<K extends InvokeMethod> = Parameters<DesktopApi[K]>[0];
export type InvokeResult<K extends InvokeMethod> = Awaited<ReturnType<DesktopApi[K]>>;

/** One schema per invoke method; a method added to DesktopApi without one is a compile error. */
export const INVOKE_SCHEMAS: { [K in InvokeMethod]: z.ZodType<InvokeRequest<K>> } = {
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  appVersion: noArgumentSchema,
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
