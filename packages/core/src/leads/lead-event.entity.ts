import { entity } from '../db/entity.ts';

/** A lead's history: one item per event they registered for, in the lead's partition. */
export const LeadEvent = entity({
  model: { entity: 'leadEvent', version: '1', service: 'aksu' },
  attributes: {
    leadId: { type: 'string', required: true },
    eventId: { type: 'string', required: true },
    tripId: { type: 'string', required: true },
    stopId: { type: 'string', required: true },
    registrationId: { type: 'string', required: true },
    /** The university the registration named (not the lead's): what a coordinator's view is scoped by. */
    universityId: { type: 'string' },
    eventTitle: { type: 'string', required: true },
    kind: { type: 'string', required: true },
    startsAt: { type: 'string', required: true },
    status: { type: 'string', required: true },
    checkedInAt: { type: 'string' },
    registeredAt: { type: 'string', required: true },
  },
  indexes: {
    byLead: {
      pk: { field: 'pk', composite: ['leadId'] },
      sk: { field: 'sk', composite: ['eventId'] },
    },
  },
});
