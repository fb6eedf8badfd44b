import { entity } from '../db/entity.ts';
import { listShardOf } from '../db/sharded-list.ts';

/** The UTC day of an entry's time: the partition of the audit-wide list it sits in. */
export const auditDayOf = (at: string) => at.slice(0, 10);

/**
 * Audit entries, one partition per audited record, newest last by (at, auditId). Always written in
 * the same transaction as the change they describe, so there is no change without its entry.
 *
 * Admins also read every entry of a period (gsi1): one partition per UTC day and list shard
 * (`audit#2026-12-03#05`, the shard from the entry's id), by time. Every write in the product leaves
 * an entry, so a single partition per day would take all of them; the shards spread that load while
 * a day still reads in 8 small Queries.
 */
export const AuditEntry = entity({
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
    /** Derived from `at` on write; entries stored before the day list get it from the backfill. */
    auditDay: {
      type: 'string',
      watch: ['at'],
      set: (value?: string, item?: { at?: string }) => (item?.at ? auditDayOf(item.at) : value),
    },
    auditShard: {
      type: 'string',
      watch: ['auditId'],
      set: (value?: string, item?: { auditId?: string }) => (item?.auditId ? listShardOf(item.auditId) : value),
    },
  },
  indexes: {
    byEntity: {
      pk: { field: 'pk', composite: ['entityType', 'entityId'] },
      sk: { field: 'sk', composite: ['at', 'auditId'] },
    },
    byDay: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['auditDay', 'auditShard'], template: 'audit#${auditDay}#${auditShard}' },
      sk: { field: 'gsi1sk', composite: ['at', 'auditId'] },
    },
  },
});
