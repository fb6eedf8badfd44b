import { Entity } from 'electrodb';

/** What an intern claims for the journey to and from the prefecture, with receipts. */
export const TravelClaim = new Entity({
  model: { entity: 'travelClaim', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    amountFen: { type: 'number', required: true },
    receipts: {
      type: 'list',
      required: true,
      items: { type: 'map', properties: { name: { type: 'string', required: true }, url: { type: 'string', required: true } } },
    },
    note: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['registrationId'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
