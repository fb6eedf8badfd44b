import { Entity } from 'electrodb';

/**
 * One-time invitation codes. Only a hash of the code is stored, so a leaked table export cannot be
 * used to activate accounts. `expiresAt` doubles as the table's TTL attribute.
 */
export const Invitation = new Entity({
  model: { entity: 'invitation', version: '1', service: 'aksu' },
  attributes: {
    codeHash: { type: 'string', required: true },
    userId: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
    usedAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byCode: {
      pk: { field: 'pk', composite: ['codeHash'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
