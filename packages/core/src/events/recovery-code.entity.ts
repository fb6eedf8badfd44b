import { entity } from '../db/entity.ts';
import { keyedBy } from '../db/attributes.ts';

/**
 * The one-time code that reopens "my registration": one item per registration (a new request
 * replaces the old code), stored only as a keyed hash. It is good for 15 minutes (`validUntil`,
 * then the TTL removes it), for a few wrong tries (`attempts`) and for one use (`usedAt`).
 */
export const RecoveryCode = entity({
  model: { entity: 'recoveryCode', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    eventId: { type: 'string', required: true },
    codeHash: { type: 'string', required: true },
    attempts: { type: 'number', required: true },
    validUntil: { type: 'number', required: true },
    usedAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byRegistration: keyedBy('registrationId'),
  },
});
