import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

/**
 * An outbox event whose handler kept failing after every retry, set aside so the stream moves on
 * (what the AWS mapping's on-failure destination does): kept with the error and the attempts so
 * someone can see it, fix the cause and replay it. Few by nature, so one listing partition suffices.
 */
export const ParkedEvent = entity({
  model: { entity: 'parkedEvent', version: '1', service: 'aksu' },
  attributes: {
    eventId: { type: 'string', required: true },
    type: { type: 'string', required: true },
    occurredAt: { type: 'string', required: true },
    payload: { type: 'any', required: true },
    handler: { type: 'string', required: true },
    error: { type: 'string', required: true },
    attempts: { type: 'number', required: true },
    /** The stream position it was read at, to find it in logs. */
    sequenceNumber: { type: 'string' },
    parkedAt: { type: 'string', required: true },
  },
  indexes: {
    byId: keyedBy('eventId'),
    newestFirst: onIndex('gsi1', [], ['parkedAt', 'eventId']),
  },
});
