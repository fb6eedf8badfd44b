import { entity } from '../db/entity.ts';
import { keyedBy, VERSIONED } from '../db/attributes.ts';

/** What an intern claims for the journey to and from the prefecture, with receipts. */
export const TravelClaim = entity({
  model: { entity: 'travelClaim', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    amountFen: { type: 'number', required: true },
    receipts: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: { name: { type: 'string', required: true }, url: { type: 'string', required: true } },
      },
    },
    note: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('registrationId'),
  },
});
