import { entity } from '../db/entity.ts';

/**
 * An event's arrival counter: `next` is the number of public registrations the server has received
 * (each takes the next number at receipt, in one UpdateItem), `extra` the seats handed to the line
 * of newcomers after everyone waiting was served. `window`/`inWindow` count this minute's arrivals
 * for the per-event limit in the same write. Its own partition, apart from the event's
 * registrations and its seat item, so the one write per arrival contends with nothing else.
 */
export const EventArrivals = entity({
  model: { entity: 'eventArrivals', version: '1', service: 'aksu' },
  attributes: {
    eventId: { type: 'string', required: true },
    next: { type: 'number' },
    extra: { type: 'number' },
    window: { type: 'number' },
    inWindow: { type: 'number' },
  },
  indexes: {
    byEvent: {
      pk: { field: 'pk', composite: ['eventId'], template: 'arrivals#${eventId}' },
      sk: { field: 'sk', composite: [] },
    },
  },
});
