export { auditRecord, diffChanges, type Changes } from './changes.ts';
export { AUDIT_ENTITY_ID } from './entity-ids.ts';
export * from './audit.ts';
