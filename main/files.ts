// The only ways a file enters or leaves the app: a save dialog and an open dialog, both chosen
// by the person at the keyboard. The renderer never names a path.
import { app, dialog, type BrowserWindow } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

export async function saveFileWithDialog(window: BrowserWindow | null, request: SaveFileRequest): Promise<SaveFileResult> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomic(choice.filePath, request.bytes);
  return { saved: true, fileName: path.basename(choice.filePath) };
}

export async function openFileWithDialog(window: BrowserWindow | null, request: OpenFileRequest): Promise<OpenFileResult> {
  const options = { filters: request.filters, properties: ['openFile'] as 'openFile'[] };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || !filePath) return { opened: false, reason: 'canceled' };

  const handle = await fs.open(filePath, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return { opened: false, reason: 'too-large' };
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_FILE_BYTES) return { opened: false, reason: 'too-large' };
    return { opened: true, fileName: path.basename(filePath), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } finally {
    await handle.close();
  }
}
