import { Entity } from 'electrodb';

/**
 * Failed-login counter per email (hashed, so the item does not reveal which addresses were tried).
 * Kept whether or not the email has an account: locking only real accounts would tell an attacker
 * which emails exist. Expires with the lock window.
 */
export const LoginAttempt = new Entity({
  model: { entity: 'loginAttempt', version: '1', service: 'aksu' },
  attributes: {
    emailHash: { type: 'string', required: true },
    failures: { type: 'number', required: true, default: 0 },
    lockedUntil: { type: 'number' },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byEmail: {
      pk: { field: 'pk', composite: ['emailHash'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
