import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

/**
 * The payout ledger: one entry per paid batch, written in the batch's pay transaction. Its key is
 * the batch, so a second entry for the same batch cannot exist even if the status condition were
 * ever lost. A cohort's entries are listed from gsi1.
 */
export const LedgerEntry = entity({
  model: { entity: 'ledgerEntry', version: '1', service: 'aksu' },
  attributes: {
    batchId: { type: 'string', required: true },
    entryId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    amountFen: { type: 'number', required: true },
    payees: { type: 'number', required: true },
    at: { type: 'string', required: true },
    by: { type: 'string', required: true },
  },
  indexes: {
    byBatch: keyedBy('batchId'),
    byCohort: onIndex('gsi1', ['cohortId'], ['at', 'entryId']),
  },
});
