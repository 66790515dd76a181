// The one desktop bridge. The preload implements DesktopApi (`satisfies DesktopApi`), main
// registers one handler per channel, and the renderer reaches it only through renderer/platform.
import { z } from 'zod';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** Largest file the bridge moves in one call (a full backup of a large vault fits). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'bad file name'),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };
export type OpenFileResult = { opened: true; fileName: string; bytes: Uint8Array } | { opened: false };

export const lockReasonSchema = z.enum(['lock-screen', 'suspend', 'window-close']);
export type LockReason = z.infer<typeof lockReasonSchema>;

export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  appVersion(): Promise<string>;
  /** Subscribes to OS lock / suspend; returns the unsubscribe function. */
  onLockRequest(listener: (reason: LockReason) => void): () => void;
}

/** A forgotten channel is a compile error. */
export const CHANNELS: Record<keyof DesktopApi, string> = {
  saveFile: 'ainet:save-file',
  openFile: 'ainet:open-file',
  appVersion: 'ainet:app-version',
  onLockRequest: 'ainet:lock-request',
};

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_GLOBAL = 'ainetDesktop';
