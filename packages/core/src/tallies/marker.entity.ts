import { entity } from '../db/entity.ts';

/**
 * "This lead was already counted in this scope": created with attribute_not_exists in the same
 * transaction that bumps the scope's `leads` tally, so a lead is counted once per trip, stop and
 * university however many events they attend.
 */
export const DistinctMarker = entity({
  model: { entity: 'distinctMarker', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    memberId: { type: 'string', required: true },
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['scope', 'memberId'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
