import { entity } from '../db/entity.ts';
import { TALLY_COUNTERS } from './tally.entity.ts';

/**
 * The sharded part of a tally: per scope, `SHARD_COUNT` items beside the scope's one `tally` item, in
 * the same partition. Every public registration adds to its event's stop, trip and university, and
 * every check-in to its event, stop and trip: with one item per scope, a trip's item would take every
 * registration of every event on the trip. A write adds to the shard its registration (or event)
 * picks; readers sum the scope's tally item and its shards. An event's seat fields (`registered`,
 * `waitlisted`) never come here: they stay on the event's tally item beside `capacity`, where the
 * seat condition must read them exactly.
 */
export const TallyShard = entity({
  model: { entity: 'tallyShard', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    shard: { type: 'string', required: true },
    ...TALLY_COUNTERS,
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['scope'] },
      sk: { field: 'sk', composite: ['shard'] },
    },
  },
});
