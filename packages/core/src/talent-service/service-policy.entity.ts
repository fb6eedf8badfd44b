import { entity } from '../db/entity.ts';

/**
 * A dated version of the talent service rules (tiers, contact cadence, card eligibility, benefits,
 * request deadlines), kept like the housing subsidy's: never edited, a change is a new version from
 * its date, all versions in one partition in date order, so any overdue contact or deadline can be
 * explained by the version in force on its day.
 */
export const ServicePolicy = entity({
  model: { entity: 'servicePolicy', version: '1', service: 'aksu' },
  attributes: {
    policyId: { type: 'string', required: true },
    ledger: { type: 'string', required: true },
    name: { type: 'string', required: true },
    effectiveFrom: { type: 'string', required: true },
    tiers: { type: 'any', required: true },
    cardValidityMonths: { type: 'number', required: true },
    benefits: { type: 'any', required: true },
    requestKinds: { type: 'any', required: true },
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
