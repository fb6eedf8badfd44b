import { entity } from '../db/entity.ts';

/**
 * Sign-in attempts per email (hashed, so the item does not reveal which addresses were tried) that
 * have not yet ended in a success. Kept whether or not the email has an account: locking only real
 * accounts would tell an attacker which emails exist. `expiresAt` is both the end of the count (and
 * so of a lock) and the TTL; DynamoDB removes expired items late, so reads compare it with now.
 */
export const LoginAttempt = entity({
  model: { entity: 'loginAttempt', version: '1', service: 'aksu' },
  attributes: {
    emailHash: { type: 'string', required: true },
    failures: { type: 'number', required: true, default: 0 },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byEmail: {
      pk: { field: 'pk', composite: ['emailHash'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
