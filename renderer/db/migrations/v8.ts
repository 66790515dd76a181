// Schema version 8: team replication's two tables, empty at the upgrade (no vault is in a team yet).
// - `teamOutbox` (db/teamOutbox.ts): one row per shared record changed since the team last got it,
//   `table|id`, kept by a middleware while the vault is in a team;
// - `teamState` (team/sync.ts): per team document (its HMAC id), the replica revision this machine
//   last applied or sent, the base of its next edit.
// Nothing new is in the clear: a table name and a record id (already the row's key), a document id
// that names nothing, a revision. Frozen once shipped.
import { SCHEMA_V7 } from './v7';

export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  teamOutbox: 'key',
  teamState: 'docId',
} as const;
