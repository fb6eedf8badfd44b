import { entity } from '../db/entity.ts';

/**
 * One record per (caller, Idempotency-Key). Created `in_progress` with a condition before the write
 * runs, so of two concurrent requests with one key only one proceeds; completed with the response so
 * retries replay it. Expires through the table's TTL. An `in_progress` claim holds only until
 * `leaseUntil` (epoch ms): a process killed mid-request never completes it, and the next retry takes
 * it over; `claim` names the request holding it, so only that one completes or releases it.
 */
export const IdempotencyRecord = entity({
  model: { entity: 'idempotency', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    key: { type: 'string', required: true },
    requestHash: { type: 'string', required: true },
    state: { type: ['in_progress', 'completed'] as const, required: true },
    status: { type: 'number' },
    body: { type: 'string' },
    createdAt: { type: 'string', required: true },
    leaseUntil: { type: 'number' },
    claim: { type: 'string' },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byKey: {
      pk: { field: 'pk', composite: ['scope', 'key'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
