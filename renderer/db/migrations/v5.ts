// Schema version 5: a staging table for restores and imports. A file's rows land here first,
// still sealed, and move into their tables in one transaction only after the whole file has been
// read and checked (age hands out plaintext before its last tag is verified). New table only, no
// upgrade() body. Frozen once shipped.
import { SCHEMA_V4 } from './v4';

export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  staging: '[batch+n], batch',
} as const;
