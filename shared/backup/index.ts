// Backup and hand-over files: an age file (age.ts) around line-framed rows (frame.ts). Pure and
// streaming: the renderer and the `npm run backup` command use the same code.
import { concatBytes } from './bytes';
import { decryptStream, encryptStream, type HeaderInfo, type Key, type Lock } from './age';
import { plaintextStream, readPlaintext, type BackupHeader, type Manifest, type ReadOptions, type RowItem, type Sink } from './frame';

export * from './age';
export * from './frame';
export * from './problems';
export { decodeLine, encodeJson, fromBase64, toBase64 } from './json';

/** Writes a file: the header, the rows as `rows` yields them, the manifest, all encrypted. */
export async function writeBackupFile(
  header: Omit<BackupHeader, 't' | 'format' | 'formatVersion'>,
  rows: AsyncIterable<RowItem>,
  extra: () => Record<string, unknown>,
  lock: Lock,
  onEnd?: (manifest: Manifest) => void,
): Promise<ReadableStream<Uint8Array>> {
  return encryptStream(plaintextStream(header, rows, extra, onEnd), lock);
}

/**
 * Reads a whole file into `sink`. Resolves only after the last chunk's tag and the manifest have
 * been checked; any failure rejects with a BackupError, and the sink must then drop what it staged.
 */
export async function readBackupFile(
  file: ReadableStream<Uint8Array>,
  fileSize: number,
  key: Key,
  opts: ReadOptions,
  sink: Sink,
): Promise<{ info: HeaderInfo; header: BackupHeader; manifest: Manifest }> {
  const { info, plain } = await decryptStream(file, fileSize, key);
  const { header, manifest } = await readPlaintext(plain, opts, sink);
  return { info, header, manifest };
}

/** A Uint8Array as a stream in 64 KiB pieces (a file read whole, a test's bytes). */
export function bytesStream(bytes: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(at, Math.min(at + chunk, bytes.byteLength)));
      at += chunk;
    },
  });
}

/** Collects a stream (tests, and the desktop bridge which moves whole files). */
export async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    parts.push(r.value);
  }
  return concatBytes(parts);
}
