import { entity } from '../db/entity.ts';

export const ACTIVITY_KINDS = [
  'inbound_visit',
  'outbound_visit',
  'meeting',
  'signing_ceremony',
  'note',
  'status_change',
] as const;

/**
 * The relationship timeline. Stored under the university (its whole history is one Query, in date
 * order); activities about a partnership are also on gsi1 under the partnership id.
 */
export const Activity = entity({
  model: { entity: 'activity', version: '1', service: 'aksu' },
  attributes: {
    activityId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    partnershipId: { type: 'string' },
    kind: { type: ACTIVITY_KINDS, required: true },
    on: { type: 'string', required: true },
    title: { type: 'string', required: true },
    participants: { type: 'list', items: { type: 'string' } },
    outcome: { type: 'string' },
    fromStatus: { type: 'string' },
    toStatus: { type: 'string' },
    createdBy: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byUniversity: {
      pk: { field: 'pk', composite: ['universityId'] },
      sk: { field: 'sk', composite: ['on', 'activityId'] },
    },
    byPartnership: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['partnershipId'] },
      sk: { field: 'gsi1sk', composite: ['on', 'activityId'] },
    },
  },
});
