// Public module of the audit-log screen (the screen itself loads on demand: lazy.ts).
export { auditMessages } from './messages';
