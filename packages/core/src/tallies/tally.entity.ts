import { entity } from '../db/entity.ts';

/**
 * The counters a scope is tallied by. Its tally item and its shards (`tally-shard.entity.ts`) carry
 * the same ones, because readers sum each counter over the item and its shards: a counter added to
 * one must be added to both.
 */
export const TALLY_COUNTERS = {
  registered: { type: 'number' },
  waitlisted: { type: 'number' },
  checkedIn: { type: 'number' },
  walkIns: { type: 'number' },
  leads: { type: 'number' },
  eventsHeld: { type: 'number' },
} as const;

/**
 * Pre-aggregated counters, one item per scope (`event#…`, `stop#…`, `trip#…`, `university#…`). Kept
 * exact by the same transactions that write registrations, check-ins and event changes, so reports
 * read a handful of items however many people registered. An event's tally also carries its
 * capacity: the seat condition (`registered < capacity`) must sit on the item it increments.
 */
export const Tally = entity({
  model: { entity: 'tally', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    capacity: { type: 'number' },
    ...TALLY_COUNTERS,
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['scope'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
