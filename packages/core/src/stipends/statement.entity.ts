import { entity } from '../db/entity.ts';
import { onIndex, VERSIONED } from '../db/attributes.ts';
import { STIPEND_COUNTED_DAYS } from '../cohorts/cohort.entity.ts';

export const PAYEE_KINDS = ['intern', 'mentor'] as const;
export const FROZEN_STATUSES = ['approved', 'batched', 'paid'] as const;

/**
 * A stipend statement frozen by an organiser's approval. Until then a statement is computed on
 * every read and nothing is stored. The create() condition makes approval happen once; the
 * statement then follows its payout batch (batched, paid). All of a cohort's frozen statements
 * share its partition, and gsi1 lists those still waiting for a batch.
 */
export const StipendStatement = entity({
  model: { entity: 'stipendStatement', version: '1', service: 'aksu' },
  attributes: {
    cohortId: { type: 'string', required: true },
    payeeId: { type: 'string', required: true },
    payeeKind: { type: PAYEE_KINDS, required: true },
    payeeName: { type: 'string', required: true },
    status: { type: FROZEN_STATUSES, required: true },
    lines: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          kind: { type: 'string', required: true },
          label: { type: 'string', required: true },
          quantity: { type: 'number', required: true },
          unitFen: { type: 'number', required: true },
          amountFen: { type: 'number', required: true },
          claimedFen: { type: 'number' },
          refId: { type: 'string' },
          basis: { type: STIPEND_COUNTED_DAYS },
          withLeave: { type: 'boolean' },
          capFen: { type: 'number' },
          menteeName: { type: 'string' },
        },
      },
    },
    totalFen: { type: 'number', required: true },
    approvedAt: { type: 'string', required: true },
    approvedBy: { type: 'string', required: true },
    batchId: { type: 'string' },
    paidAt: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byCohort: {
      pk: { field: 'pk', composite: ['cohortId'] },
      sk: { field: 'sk', composite: ['payeeId'] },
    },
    byStatus: onIndex('gsi1', ['cohortId', 'status'], ['payeeId']),
  },
});
