// Schema version 8: the team outbox (`teamOutbox`, db/teamOutbox.ts): one row per shared record
// changed since the team last got it, `table|id`, kept by a middleware while the vault is in a
// team. Empty at the upgrade (no vault is in a team yet). Nothing new is in the clear: a table
// name and a record id, already the row's key. Frozen once shipped.
import { SCHEMA_V7 } from './v7';

export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  teamOutbox: 'key',
} as const;
