export { auditRecord, diffChanges, type Changes } from './changes.ts';
export { AUDIT_ENTITY_ID } from './entity-ids.ts';
export * from './audit.ts';
export { AuditPeriod, MAX_AUDIT_PERIOD_DAYS, type AuditPeriodEntry, type AuditPeriodQuery } from './period.ts';
