// Public module of the audit-log screen.
export { AuditPage } from './AuditPage';
export { auditMessages } from './messages';
