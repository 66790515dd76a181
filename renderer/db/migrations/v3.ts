// Schema version 3: the contact log, meetings, action items, the attendee directory and
// adult-guardianship referrals.
// New tables only, so no upgrade() body is needed. Frozen once shipped.
import { SCHEMA_V2 } from './v2';

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  contacts: 'id, date, personId, [recordedBy+date], deletedAt',
  meetings: 'id, date, [type+districtId+date], *personIds, deletedAt',
  actions: 'id, sourceId, status, due, districtId, personId, deletedAt',
  directory: 'id, deletedAt',
  referrals: 'id, personId, status, districtId, deletedAt',
} as const;
