import { entity } from '../db/entity.ts';

/**
 * A person's talent service card, one per outcome: created under "must not exist" on the outcome's
 * key, so concurrent issues make one card. The QR code carries `token` (128 random bits), never the
 * card number, so a verifier cannot walk from one card to the next (gsi1 finds a card by token).
 */
export const ServiceCard = entity({
  model: { entity: 'serviceCard', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    cardNumber: { type: 'string', required: true },
    token: { type: 'string', required: true },
    /** The holder's name masked as the verification page shows it, fixed at issue. */
    maskedName: { type: 'string', required: true },
    tier: { type: 'string', required: true },
    validFrom: { type: 'string', required: true },
    validUntil: { type: 'string', required: true },
    status: { type: ['active', 'revoked'] as const, required: true },
    cohortId: { type: 'string' },
    internId: { type: 'string' },
    issuedBy: { type: 'string', required: true },
    issuedAt: { type: 'string', required: true },
  },
  indexes: {
    byOutcome: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: [] },
    },
    byToken: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['token'] },
      sk: { field: 'gsi1sk', composite: [] },
    },
  },
});

/** One look at a card through its QR code: when, whether it was valid, and a hash of where from. */
export const CardVerification = entity({
  model: { entity: 'cardVerification', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    at: { type: 'string', required: true },
    verificationId: { type: 'string', required: true },
    valid: { type: 'boolean', required: true },
    clientHash: { type: 'string', required: true },
    /** Verifications are kept a year. */
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byOutcome: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: ['at', 'verificationId'] },
    },
  },
});
