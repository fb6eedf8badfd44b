import { entity } from '../db/entity.ts';

export const INVITATION_KINDS = ['summer_programme', 'full_time'] as const;

/**
 * An invitation sent to a lead, with the event and trip it is credited to, so a later hire can be
 * traced back to where the person was met.
 */
export const LeadInvitation = entity({
  model: { entity: 'leadInvitation', version: '1', service: 'aksu' },
  attributes: {
    leadId: { type: 'string', required: true },
    invitationId: { type: 'string', required: true },
    kind: { type: INVITATION_KINDS, required: true },
    note: { type: 'string' },
    eventId: { type: 'string' },
    tripId: { type: 'string' },
    invitedBy: { type: 'string', required: true },
    invitedAt: { type: 'string', required: true },
  },
  indexes: {
    byLead: {
      pk: { field: 'pk', composite: ['leadId'] },
      sk: { field: 'sk', composite: ['invitationId'] },
    },
  },
});
