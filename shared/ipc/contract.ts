// The one desktop bridge. The preload implements DesktopApi (`satisfies DesktopApi`), main
// registers one handler per channel and validates every payload with the schemas below, and the
// renderer reaches it only through renderer/platform. Names and types live in channels.ts (no
// zod) so the sandboxed preload bundle stays free of it.
import { z } from 'zod';
import {
  AGE_HEADER,
  BACKUP_NAME_PATTERN,
  DEVICE_VAULT_KINDS,
  LOCK_REASONS,
  MAX_FILE_BYTES,
  MAX_PRINT_PDF_BYTES,
  MAX_TEAM_BODY_BYTES,
  TEAM_METHODS,
  type BackupReadRequest,
  type CameraRequest,
  type BackupWriteRequest,
  type DeviceState,
  type DeviceStateSetRequest,
  type FileFilter,
  type LockReason,
  type OpenFileRequest,
  type PrintPdfRequest,
  type SaveFileRequest,
  type TeamRequest,
  type VaultDeviceState,
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

// The header is ASCII, so its characters are its bytes.
const AGE_MAGIC = Uint8Array.from(AGE_HEADER, (c) => c.charCodeAt(0));

/** Whether `bytes` begin with the age header (an encrypted file, as far as main can tell). */
export function startsWithAgeHeader(bytes: Uint8Array): boolean {
  return bytes.byteLength >= AGE_MAGIC.byteLength && AGE_MAGIC.every((byte, i) => bytes[i] === byte);
}

export const backupWriteRequestSchema = z.strictObject({
  bytes: z
    .custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes must be a Uint8Array')
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large')
    // Main never holds plaintext: anything that is not an age file is refused at the door.
    .refine(startsWithAgeHeader, 'not an age file'),
});

/** Only a name of the backup pattern: no folder, no `..`, no other file in userData. */
export const backupNameSchema = z.string().max(100).regex(BACKUP_NAME_PATTERN, 'not a backup name');

export const backupReadRequestSchema = z.strictObject({ name: backupNameSchema });

const countSchema = z.number().int().min(0);
const instantSchema = z.number().int().min(0);

/** One vault's entry as read from the file (keys this version does not know are dropped). */
export const vaultDeviceStateSchema = z.object({
  rows: countSchema,
  auditCount: countSchema,
  updatedAt: instantSchema,
  lastBackupAt: instantSchema.optional(),
});

export const deviceStateSchema = z.object({
  version: z.literal(1),
  vaults: z.object({ main: vaultDeviceStateSchema.optional(), demo: vaultDeviceStateSchema.optional() }),
});

export const deviceStateSetRequestSchema = z.strictObject({
  kind: z.enum(DEVICE_VAULT_KINDS),
  rows: countSchema,
  auditCount: countSchema,
  lastBackupAt: instantSchema.optional(),
});

export const lockReasonSchema = z.enum(LOCK_REASONS);

/**
 * Where a team request may go: https anywhere, plain http only to this machine's loopback; no
 * credentials or fragment in it. (Main parses it again as a URL before sending: main/team-route.ts.)
 */
export const TEAM_REQUEST_URL = /^(?:https:\/\/[^/?#@\s]+|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?)(?:[/?][^#\s]*)?$/;

export const teamRequestSchema = z.strictObject({
  url: z.string().max(8192).regex(TEAM_REQUEST_URL, 'not a team server URL'),
  method: z.enum(TEAM_METHODS),
  headers: z.strictObject({
    accept: z.string().max(200).optional(),
    'content-type': z.string().max(200).optional(),
    authorization: z.string().max(1000).optional(),
  }),
  body: z
    .custom<Uint8Array>((b) => b instanceof Uint8Array, 'body must be a Uint8Array')
    .refine((b) => b.byteLength <= MAX_TEAM_BODY_BYTES, 'body too large')
    .optional(),
});

export const cameraRequestSchema = z.strictObject({ on: z.boolean() });

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
  Assert<Same<z.infer<typeof backupWriteRequestSchema>, BackupWriteRequest>>,
  Assert<Same<z.infer<typeof backupReadRequestSchema>, BackupReadRequest>>,
  Assert<Same<z.infer<typeof vaultDeviceStateSchema>, VaultDeviceState>>,
  Assert<Same<z.infer<typeof deviceStateSchema>, DeviceState>>,
  Assert<Same<z.infer<typeof deviceStateSetRequestSchema>, DeviceStateSetRequest>>,
  Assert<Same<z.infer<typeof teamRequestSchema>, TeamRequest>>,
  Assert<Same<z.infer<typeof cameraRequestSchema>, CameraRequest>>,
];
