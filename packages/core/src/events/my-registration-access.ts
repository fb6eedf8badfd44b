/** Who a registrant is (a check-in token, or an access token from a recovery code) and what their own page shows. */
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { maskEmail, maskPhone } from '../personal/masking.ts';
import type { EventView, RegistrationView } from './events.schema.ts';
import { RegistrantAccessInput, type MyRegistrationView } from './my-registration.schema.ts';
import { seatsLeft } from './reads.ts';
import { hashToken, normalisePhone } from './registration-guards.ts';
import { checkInTokenFor, readAccessToken } from './tokens.ts';

const noSuchRegistration = () => notFound('Registration');

export async function eventOf(eventId: string): Promise<EventView> {
  const { data } = await db().service.entities.campusEvent.get({ eventId }).go();
  if (!data) throw notFound('Event');
  return data as EventView;
}

/** The registration that holds this email or phone at the event, through the same guards that keep them unique. */
export async function ownerOf(
  eventId: string,
  contact: { email?: string; phone?: string },
): Promise<string | undefined> {
  const key = contact.email
    ? { kind: 'eventEmail', value: `${eventId}#${contact.email}` }
    : { kind: 'eventPhone', value: `${eventId}#${normalisePhone(contact.phone ?? '')}` };
  const { data } = await db().service.entities.unique.get(key).go({ consistent: true });
  return data?.ownerId;
}

async function registrationOf(eventId: string, registrationId: string): Promise<RegistrationView | undefined> {
  const { data } = await db().service.entities.registration.get({ eventId, registrationId }).go({ consistent: true });
  return (data as RegistrationView | null) ?? undefined;
}

/** The registration the caller has proved is theirs, or 404 (the same for a wrong, expired or foreign token). */
export async function resolve(eventId: string, input: RegistrantAccessInput): Promise<RegistrationView> {
  const access = RegistrantAccessInput.parse(input);
  let registrationId: string | undefined;
  if (access.token) {
    const found = (
      await db()
        .service.entities.registration.query.byToken({ tokenHash: hashToken(access.token) })
        .go()
    ).data[0];
    if (found?.eventId === eventId) registrationId = found.registrationId;
  } else if (access.accessToken) {
    registrationId = readAccessToken(eventId, access.accessToken);
  }
  const registration = registrationId ? await registrationOf(eventId, registrationId) : undefined;
  if (!registration) throw noSuchRegistration();
  return registration;
}

/**
 * The registration's check-in token when it can be shown again: the derived one, if it is the one
 * stored (every registration since tokens were derived; older ones had a random token nobody kept).
 */
export async function derivedCheckInToken(registrationId: string): Promise<string | undefined> {
  const derived = checkInTokenFor(registrationId);
  const found = (
    await db()
      .service.entities.registration.query.byToken({ tokenHash: hashToken(derived) })
      .go()
  ).data[0];
  return found?.registrationId === registrationId ? derived : undefined;
}

async function tokenToShow(r: RegistrationView, given?: string): Promise<string | undefined> {
  if (r.status !== 'registered') return undefined;
  return given ?? derivedCheckInToken(r.registrationId);
}

export async function viewOf(event: EventView, r: RegistrationView, given?: string): Promise<MyRegistrationView> {
  const [university, checkInToken, left] = await Promise.all([
    db()
      .service.entities.university.get({ universityId: event.universityId })
      .go()
      .then((found) => found.data),
    tokenToShow(r, given),
    seatsLeft(event),
  ]);
  return {
    registrationId: r.registrationId,
    eventId: r.eventId,
    name: r.name,
    status: r.status,
    email: maskEmail(r.email),
    phone: maskPhone(r.phone),
    createdAt: r.createdAt,
    ...(r.promotedAt ? { promotedAt: r.promotedAt } : {}),
    ...(r.cancelledAt ? { cancelledAt: r.cancelledAt } : {}),
    ...(r.checkedInAt ? { checkedInAt: r.checkedInAt } : {}),
    ...(checkInToken ? { checkInToken } : {}),
    canCancel: r.status !== 'cancelled' && !r.checkedInAt && event.status === 'scheduled',
    event: {
      title: event.title,
      kind: event.kind,
      venue: event.venue,
      startsAt: event.startsAt,
      universityName: university?.name ?? r.universityName ?? '',
      capacity: event.capacity,
      seatsLeft: left,
    },
  };
}
