// Schema version 2: ending-note templates (user versions; bundled ones live in code) and filled
// ending notes. No data changes, so no upgrade() body is needed. Frozen once shipped.
import { SCHEMA_V1 } from './v1';

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  templates: '[id+version], id',
  endingNotes: 'id, personId, updatedAt, deletedAt',
} as const;
