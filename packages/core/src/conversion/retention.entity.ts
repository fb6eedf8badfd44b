import { entity } from '../db/entity.ts';

/** One yearly confirmation in the retention ledger; `year` 1–5 counts from the onboarding date. */
export const RetentionConfirmation = entity({
  model: { entity: 'retentionConfirmation', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    year: { type: 'number', required: true },
    /** Zero-padded copy of `year` for the sort key, so years sort as numbers. */
    yearKey: { type: 'string', required: true },
    confirmedOn: { type: 'string', required: true },
    stillEmployed: { type: 'boolean', required: true },
    employer: { type: 'string', required: true },
    proofReference: { type: 'string' },
    note: { type: 'string' },
    recordedBy: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byOutcome: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: ['yearKey'] },
    },
  },
});
