import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

export const DELIVERY_STATUSES = ['pending', 'sending', 'retrying', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const CHANNELS = ['email'] as const;

/**
 * One message to one recipient over one channel. Its id is a digest of (key, recipient key,
 * channel), so creating it under "must not exist" is what makes a replayed event, a retried handler
 * or two workers at once produce one delivery. Whoever moves it from pending/retrying to `sending`
 * (a conditional write with a lease) is the only one who sends; a lease that runs out means the
 * sender died, and the retry job takes it over.
 *
 * `byStatus` (gsi2) lists deliveries in one status by `dueAt`: the retry job reads `retrying` and
 * expired `sending` ones that are due, organisers read `failed` ones newest first. `dueAt` means
 * the next attempt for retrying, the end of the lease for sending, and the time of the last
 * change otherwise.
 */
export const Delivery = entity({
  model: { entity: 'delivery', version: '1', service: 'aksu' },
  attributes: {
    deliveryId: { type: 'string', required: true },
    key: { type: 'string', required: true },
    recipientKey: { type: 'string', required: true },
    channel: { type: CHANNELS, required: true },
    kind: { type: 'string', required: true },
    status: { type: DELIVERY_STATUSES, required: true },
    dueAt: { type: 'string', required: true },
    attempts: { type: 'number', required: true },
    /** The full address, kept until the message is sent (or the item expires); lists show `emailMasked`. */
    email: { type: 'string' },
    emailMasked: { type: 'string', required: true },
    userId: { type: 'string' },
    locale: { type: 'string', required: true },
    name: { type: 'string' },
    /** The template's data sealed with the vault key: it may hold codes. Removed once sent. */
    sealedData: { type: 'string' },
    subject: { type: 'string' },
    /** Identifies the current sender; finishing is conditional on still holding the lease. */
    leaseId: { type: 'string' },
    lastError: { type: 'string' },
    sentAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    /** TTL: a public registrant's address goes when the event's data goes. */
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byId: keyedBy('deliveryId'),
    byStatus: onIndex('gsi2', ['status'], ['dueAt', 'deliveryId']),
  },
});
