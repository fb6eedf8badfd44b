import { entity } from '../db/entity.ts';

/**
 * The share of people with no attention signal, per cohort and tier, counted by the nightly job and
 * stored as one item, so the dashboard reads one item whatever the number of people. Rows are
 * `{ cohortId, tier, people, clear }`: a few cohorts times a few tiers, far below an item's size.
 */
export const AttentionTally = entity({
  model: { entity: 'attentionTally', version: '1', service: 'aksu' },
  attributes: {
    tally: { type: 'string', required: true },
    rows: { type: 'any', required: true },
    computedAt: { type: 'string', required: true },
  },
  indexes: {
    byName: {
      pk: { field: 'pk', composite: ['tally'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
