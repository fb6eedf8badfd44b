import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

export const BATCH_STATUSES = ['open', 'paid'] as const;

/**
 * A payout batch for finance: approved statements of one cohort with their totals, copied in so
 * the batch (and its workbook) reads in one GetItem. Listed per cohort newest first from gsi1.
 */
export const PayoutBatch = entity({
  model: { entity: 'payoutBatch', version: '1', service: 'aksu' },
  attributes: {
    batchId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    status: { type: BATCH_STATUSES, required: true },
    items: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          payeeId: { type: 'string', required: true },
          payeeKind: { type: 'string', required: true },
          payeeName: { type: 'string', required: true },
          totalFen: { type: 'number', required: true },
        },
      },
    },
    totalFen: { type: 'number', required: true },
    createdAt: { type: 'string', required: true },
    createdBy: { type: 'string', required: true },
    paidAt: { type: 'string' },
    paidBy: { type: 'string' },
    ledgerEntryId: { type: 'string' },
    /**
     * The Idempotency-Key the batch was paid with: a retry of that request after a crash is answered with the paid
     * batch.
     */
    paidWithKey: { type: 'string' },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: keyedBy('batchId'),
    byCohort: onIndex('gsi1', ['cohortId'], ['batchId']),
  },
});
