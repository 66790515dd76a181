// The one desktop bridge. The preload implements DesktopApi (`satisfies DesktopApi`), main
// registers one handler per channel and validates every payload with the schemas below, and the
// renderer reaches it only through renderer/platform. Names and types live in channels.ts (no
// zod) so the sandboxed preload bundle stays free of it.
import { z } from 'zod';
import {
  LOCK_REASONS,
  MAX_FILE_BYTES,
  MAX_PRINT_PDF_BYTES,
  type FileFilter,
  type LockReason,
  type OpenFileRequest,
  type PrintPdfRequest,
  type SaveFileRequest,
} from './channels';

export * from './channels';

// Windows refuses these as file names whatever the extension (CON.pdf is still CON).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (n) =>
      !/[\\/:*?"<>|]/.test(n) &&
      ![...n].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) &&
      n !== '.' &&
      n !== '..' &&
      !/[. ]$/.test(n) &&
      !WINDOWS_RESERVED.test(n),
    'bad file name',
  );

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  bytes: z
    .custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes must be a Uint8Array')
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilterSchema).max(10),
});

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
});

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export const printPdfRequestSchema = z.strictObject({
  bytes: z
    .custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes must be a Uint8Array')
    .refine((b) => b.byteLength <= MAX_PRINT_PDF_BYTES, 'PDF too large to print from memory')
    // Only a PDF goes to the PDF viewer: anything else would be offered as a download instead.
    .refine((b) => PDF_MAGIC.every((byte, i) => b[i] === byte), 'not a PDF'),
});

export const lockReasonSchema = z.enum(LOCK_REASONS);

/** Invoke methods that take no argument accept only `undefined`. */
export const noArgumentSchema = z.undefined();

// Compile-time proof that the schemas and the plain types in channels.ts say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchChannels = [
  Assert<Same<z.infer<typeof fileFilterSchema>, FileFilter>>,
  Assert<Same<z.infer<typeof saveFileRequestSchema>, SaveFileRequest>>,
  Assert<Same<z.infer<typeof openFileRequestSchema>, OpenFileRequest>>,
  Assert<Same<z.infer<typeof printPdfRequestSchema>, PrintPdfRequest>>,
  Assert<Same<z.infer<typeof lockReasonSchema>, LockReason>>,
];
