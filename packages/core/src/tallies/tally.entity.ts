import { Entity } from 'electrodb';

/**
 * Pre-aggregated counters, one item per scope (`event#…`, `stop#…`, `trip#…`, `university#…`). Kept
 * exact by the same transactions that write registrations, check-ins and event changes, so reports
 * read a handful of items however many people registered. An event's tally also carries its
 * capacity: the seat condition (`registered < capacity`) must sit on the item it increments.
 */
export const Tally = new Entity({
  model: { entity: 'tally', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    capacity: { type: 'number' },
    registered: { type: 'number' },
    waitlisted: { type: 'number' },
    checkedIn: { type: 'number' },
    walkIns: { type: 'number' },
    leads: { type: 'number' },
    eventsHeld: { type: 'number' },
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['scope'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
