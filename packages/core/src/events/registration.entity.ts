import { entity } from '../db/entity.ts';
import { onIndex } from '../db/attributes.ts';

export const DEGREE_LEVELS = ['bachelor', 'master', 'phd'] as const;
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export const LOCALES = ['zh-CN', 'en'] as const;

/**
 * Where a waiting registration stands on the waitlist index: arrival first (none: before numbers were kept), then id.
 */
export const waitingPlace = (eventId: string, registrationId: string, arrival?: number) => ({
  waitingIn: eventId,
  waitingOrder: `${String(arrival ?? 0).padStart(10, '0')}#${registrationId}`,
});
/** The attributes that put a registration on the waitlist index; removing them takes it off. */
export const WAITING_PLACE = ['waitingIn', 'waitingOrder'] as const;

/**
 * Registrations live in their event's partition (the attendance list is one Query, in sign-up
 * order). The QR token is stored only as its SHA-256 on gsi1, so a leaked table does not leak
 * working check-in codes. `searchText` holds the lower-cased name and phone for staff search.
 * `expiresAt` (TTL) is the end of the event's data retention: the registrant's contact details go
 * with it. `locale` is the language their messages are written in. `arrival` is the public
 * registration's number in its event's arrival order (taken at receipt): seats and the waitlist
 * follow it; walk-ins and registrations from before it was kept have none.
 *
 * The waitlist is its own sparse index (gsi2): only a waiting registration carries `waitingIn`
 * (its event) and `waitingOrder` (its arrival, zero-padded, then its id), and every write that ends
 * the wait removes both, so the index holds exactly who waits, in arrival order. Promoting the next
 * person reads the first few entries, never the whole event.
 */
export const Registration = entity({
  model: { entity: 'registration', version: '1', service: 'aksu' },
  attributes: {
    eventId: { type: 'string', required: true },
    registrationId: { type: 'string', required: true },
    leadId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    universityId: { type: 'string' },
    universityName: { type: 'string' },
    degreeLevel: { type: DEGREE_LEVELS, required: true },
    major: { type: 'string', required: true },
    graduationYear: { type: 'number', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: true },
    hometown: { type: 'string' },
    fromRegion: { type: 'boolean', required: true },
    interestedInSummerProgramme: { type: 'boolean', required: true },
    interestedInFullTime: { type: 'boolean', required: true },
    consentAt: { type: 'string', required: true },
    consentVersion: { type: 'string', required: true },
    status: { type: REGISTRATION_STATUSES, required: true },
    walkIn: { type: 'boolean', required: true },
    tokenHash: { type: 'string', required: true, hidden: true },
    checkedInAt: { type: 'string' },
    checkedInBy: { type: 'string' },
    searchText: { type: 'string', required: true, hidden: true },
    createdAt: { type: 'string', required: true },
    locale: { type: LOCALES },
    cancelledAt: { type: 'string' },
    promotedAt: { type: 'string' },
    expiresAt: { type: 'number', hidden: true },
    arrival: { type: 'number' },
    waitingIn: { type: 'string' },
    waitingOrder: { type: 'string' },
  },
  indexes: {
    byEvent: {
      pk: { field: 'pk', composite: ['eventId'] },
      sk: { field: 'sk', composite: ['registrationId'] },
    },
    byToken: onIndex('gsi1', ['tokenHash'], []),
    waitlist: onIndex('gsi2', ['waitingIn'], ['waitingOrder']),
  },
});
