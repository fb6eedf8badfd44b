import { entity } from '../db/entity.ts';
import { keyedBy } from '../db/attributes.ts';

/**
 * Outbox events: one item per domain event, written in the same TransactWriteItems as the change it
 * announces, so there is no event without its change and no change without its event. Nothing reads
 * them by key in a request path: DynamoDB Streams carries each new item to the stream worker, which
 * runs the event's handlers. The item expires after a while; by then every handler has run or its
 * failure has been parked where organisers see it.
 */
export const OutboxEvent = entity({
  model: { entity: 'outboxEvent', version: '1', service: 'aksu' },
  attributes: {
    eventId: { type: 'string', required: true },
    type: { type: 'string', required: true },
    occurredAt: { type: 'string', required: true },
    /** The event's facts, as its handlers need them; never a full national ID. */
    payload: { type: 'any', required: true },
    expiresAt: { type: 'number' },
  },
  indexes: {
    byId: keyedBy('eventId'),
  },
});

/** The marker ElectroDB writes on every item; the stream filter keeps only outbox events. */
export const OUTBOX_ENTITY = 'outboxEvent';
