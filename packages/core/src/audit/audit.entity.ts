import { Entity } from 'electrodb';

/**
 * Audit entries, one partition per audited record, newest last by (at, auditId). Always written in
 * the same transaction as the change they describe, so there is no change without its entry.
 */
export const AuditEntry = new Entity({
  model: { entity: 'audit', version: '1', service: 'aksu' },
  attributes: {
    entityType: { type: 'string', required: true },
    entityId: { type: 'string', required: true },
    auditId: { type: 'string', required: true },
    at: { type: 'string', required: true },
    action: { type: 'string', required: true },
    actorId: { type: 'string', required: true },
    actorRole: { type: 'string', required: true },
    changes: { type: 'any' },
  },
  indexes: {
    byEntity: {
      pk: { field: 'pk', composite: ['entityType', 'entityId'] },
      sk: { field: 'sk', composite: ['at', 'auditId'] },
    },
  },
});
