import { entity } from '../db/entity.ts';

/** Requests per (key, minute window); DynamoDB's TTL removes old windows. */
export const RateWindow = entity({
  model: { entity: 'rateWindow', version: '1', service: 'aksu' },
  attributes: {
    key: { type: 'string', required: true },
    window: { type: 'number', required: true },
    count: { type: 'number' },
    expiresAt: { type: 'number' },
  },
  indexes: {
    byKey: {
      pk: { field: 'pk', composite: ['key', 'window'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
