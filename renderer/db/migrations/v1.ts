// Shipped schema version 1. Frozen: a test compares it with a snapshot.
export const SCHEMA_V1 = {
  vaultMeta: 'id',
  settings: 'key',
  secrets: 'key',
  persons: 'id, districtId, status, updatedAt, deletedAt',
  drafts: 'key, updatedAt',
  audit: '++seq, at, action, recordId',
} as const;
