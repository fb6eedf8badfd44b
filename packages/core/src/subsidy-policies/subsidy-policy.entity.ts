import { entity } from '../db/entity.ts';

/**
 * A dated version of the housing subsidy table. Versions are never edited: a new policy year is a
 * new version effective from its date, so a payout can always be explained by the version that was
 * in force on the person's fifth anniversary. All versions sit in one partition in date order.
 */
export const SubsidyPolicy = entity({
  model: { entity: 'subsidyPolicy', version: '1', service: 'aksu' },
  attributes: {
    policyId: { type: 'string', required: true },
    ledger: { type: 'string', required: true },
    name: { type: 'string', required: true },
    effectiveFrom: { type: 'string', required: true },
    yearsRequired: { type: 'number', required: true },
    /** Per category and zone: an amount in fen, or null where the category gets nothing. */
    amounts: { type: 'any', required: true },
    createdBy: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byDate: {
      pk: { field: 'pk', composite: ['ledger'] },
      sk: { field: 'sk', composite: ['effectiveFrom', 'policyId'] },
    },
  },
});
