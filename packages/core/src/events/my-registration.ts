import { auditRecord, diffChanges } from '../audit/changes.ts';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import { encryptField } from '../personal/vault.ts';
import { maskEmail, maskPhone } from '../personal/masking.ts';
import type { EventView, RegistrationView } from './events.schema.ts';
import { WAITING_PLACE } from './registration.entity.ts';
import {
  RecoveryRequestInput,
  RecoveryVerifyInput,
  RegistrantAccessInput,
  type MyRegistrationView,
} from './my-registration.schema.ts';
import { hitRateLimit, RATE_LIMITS, takeFromWindow } from './rate-limit.ts';
import { seatsLeft } from './reads.ts';
import { hashToken, normalisePhone } from './registrations.ts';
import {
  checkInTokenFor,
  issueAccessToken,
  newRecoveryCode,
  readAccessToken,
  recoveryCodeHash,
  sameHash,
} from './tokens.ts';

/** A recovery code is good for this long, for this many wrong tries, and once. */
export const RECOVERY_CODE_MINUTES = 15;
export const RECOVERY_CODE_ATTEMPTS = 5;
/** Codes mailed to one registration per quarter hour; more requests are answered alike and send nothing. */
const CODES_PER_REGISTRATION = 3;

const invalidCode = () =>
  new DomainError('invalid_code', 'This code is not valid or has expired', {
    errors: [{ path: 'code', message: 'Not valid or expired', code: 'invalid_code' }],
  });
const noSuchRegistration = () => notFound('Registration');

async function eventOf(eventId: string): Promise<EventView> {
  const { data } = await db().service.entities.campusEvent.get({ eventId }).go();
  if (!data) throw notFound('Event');
  return data as EventView;
}

/** The registration that holds this email or phone at the event, through the same guards that keep them unique. */
async function ownerOf(eventId: string, contact: { email?: string; phone?: string }): Promise<string | undefined> {
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
async function resolve(eventId: string, input: RegistrantAccessInput): Promise<RegistrationView> {
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

async function viewOf(event: EventView, r: RegistrationView, given?: string): Promise<MyRegistrationView> {
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

export const MyRegistration = {
  /**
   * Mails a one-time code to the registration holding this email or phone. Answers alike whether or
   * not anyone is registered, and is counted by the registration rate limits per client and event
   * (the client's window shared with sign-ups, the event's a window of its own).
   */
  async requestRecovery(eventId: string, input: RecoveryRequestInput, client: string): Promise<void> {
    const fields = RecoveryRequestInput.parse(input);
    const limits = RATE_LIMITS();
    await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
    await hitRateLimit(`event#${eventId}`, limits.perEventPerMinute);
    await eventOf(eventId);
    const registrationId = await ownerOf(eventId, fields);
    if (!registrationId) return;
    try {
      await takeFromWindow({
        key: `recovery#${registrationId}`,
        limit: CODES_PER_REGISTRATION,
        windowSeconds: RECOVERY_CODE_MINUTES * 60,
        refusal: 'Too many codes',
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'rate_limited') return;
      throw error;
    }
    const code = newRecoveryCode();
    const now = Date.now();
    const validUntil = Math.floor(now / 1000) + RECOVERY_CODE_MINUTES * 60;
    await transact(
      (entities) => [
        entities.recoveryCode
          .put({
            registrationId,
            eventId,
            codeHash: recoveryCodeHash(registrationId, code),
            attempts: 0,
            validUntil,
            createdAt: new Date(now).toISOString(),
            expiresAt: validUntil + 3600,
          })
          .commit(),
        // The code travels to the mail handler sealed, never in plain text in the table or its stream.
        outboxOp(
          entities,
          domainEvent('registration.recovery-requested', { eventId, registrationId, sealedCode: encryptField(code) }),
        ),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
  },

  /**
   * Trades a mailed code for a short-lived access token. Each try is counted on the code before it
   * is compared, so parallel guesses cannot exceed the allowance; a right code is used up by a
   * conditional write, so it works once.
   */
  async verifyRecovery(eventId: string, input: RecoveryVerifyInput, client: string, now = Date.now()) {
    const fields = RecoveryVerifyInput.parse(input);
    await hitRateLimit(`client#${client}`, RATE_LIMITS().perClientPerMinute);
    const registrationId = await ownerOf(eventId, fields);
    if (!registrationId) throw invalidCode();
    const { recoveryCode } = db().service.entities;
    const item = (await recoveryCode.get({ registrationId }).go({ consistent: true })).data;
    if (
      !item ||
      item.eventId !== eventId ||
      item.usedAt ||
      item.validUntil * 1000 <= now ||
      item.attempts >= RECOVERY_CODE_ATTEMPTS
    )
      throw invalidCode();
    try {
      await recoveryCode
        .patch({ registrationId })
        .add({ attempts: 1 })
        .where(
          (a, { eq, lt, notExists }) =>
            `${lt(a.attempts, RECOVERY_CODE_ATTEMPTS)} AND ${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`,
        )
        .go();
      if (!sameHash(recoveryCodeHash(registrationId, fields.code), item.codeHash)) throw invalidCode();
      await recoveryCode
        .patch({ registrationId })
        .set({ usedAt: new Date(now).toISOString() })
        .where((a, { eq, notExists }) => `${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`)
        .go();
    } catch (error) {
      if (isConditionFailure(error)) throw invalidCode();
      throw error;
    }
    return issueAccessToken(eventId, registrationId, now);
  },

  async view(eventId: string, access: RegistrantAccessInput): Promise<MyRegistrationView> {
    const [event, registration] = await Promise.all([eventOf(eventId), resolve(eventId, access)]);
    return viewOf(event, registration, access.token);
  },

  /**
   * Gives up the registration: in one transaction the registration is marked cancelled (on
   * condition that it is unchanged and not checked in), its seat or waitlist place leaves every
   * tally, its email and phone guards and its entry in the lead's history are released so the
   * person may register again, and
   * `registration.cancelled` is recorded; its handler promotes the next waitlisted person.
   */
  async cancel(eventId: string, access: RegistrantAccessInput): Promise<MyRegistrationView> {
    const event = await eventOf(eventId);
    // Changed meanwhile (checked in, promoted): read again and decide again.
    const decide = async (): Promise<MyRegistrationView> => {
      const before = await resolve(eventId, access);
      if (before.status === 'cancelled') return viewOf(event, before);
      if (before.checkedInAt)
        throw new DomainError('invalid_transition', 'Already checked in; a check-in cannot be cancelled', {
          from: 'checked_in',
          allowed: [],
        });
      if (event.status !== 'scheduled')
        throw new DomainError('registration_closed', 'This event no longer changes registrations');
      const at = new Date().toISOString();
      const previous: RegistrationView['status'] = before.status;
      const delta = previous === 'registered' ? { registered: -1 } : { waitlisted: -1 };
      const after: RegistrationView = { ...before, status: 'cancelled', cancelledAt: at };
      await transact(
        (entities) => [
          entities.registration
            .patch({ eventId, registrationId: before.registrationId })
            .set({ status: 'cancelled', cancelledAt: at })
            .remove([...WAITING_PLACE])
            .where(
              (a, { eq, notExists }) =>
                `${eq(a.status, previous as RegistrationView['status'])} AND ${notExists(a.checkedInAt)}`,
            )
            .commit(),
          // The seat goes back on the event's tally item, where the seat condition reads it.
          entities.tally
            .update({ scope: scopeOf.event(eventId) })
            .add(delta)
            .commit(),
          ...[scopeOf.stop(event.stopId), scopeOf.trip(event.tripId), scopeOf.university(event.universityId)].map(
            (scope) => tallyAdd(entities, scope, delta, before.registrationId),
          ),
          // Released only while this registration still holds them.
          ...[`eventEmail|${eventId}#${before.email}`, `eventPhone|${eventId}#${before.phone}`].map((guard) => {
            const [kind, value] = guard.split('|') as [string, string];
            return entities.unique
              .delete({ kind, value })
              .where((a, { eq, notExists }) => `${notExists(a.ownerId)} OR ${eq(a.ownerId, before.registrationId)}`)
              .commit();
          }),
          // The lead's history forgets this event, so the person may register for it again later.
          entities.leadEvent
            .delete({ leadId: before.leadId, eventId })
            .where(
              (a, { eq, notExists }) =>
                `${notExists(a.registrationId)} OR ${eq(a.registrationId, before.registrationId)}`,
            )
            .commit(),
          entities.lead
            .patch({ leadId: before.leadId })
            .add({ eventCount: -1, version: 1 })
            .set({ updatedAt: at })
            .commit(),
          entities.audit
            .create({
              ...auditRecord(
                { userId: 'public', role: 'intern' },
                'registration',
                before.registrationId,
                'cancel',
                diffChanges(before, after),
                at,
              ),
              actorRole: 'public',
            })
            .commit(),
          outboxOp(
            entities,
            domainEvent('registration.cancelled', {
              eventId,
              registrationId: before.registrationId,
              previousStatus: previous,
            }),
          ),
        ],
        () => new DomainError('conflict', 'changed meanwhile'),
      );
      return viewOf(event, after);
    };
    return retryOnConflict(decide, {
      attempts: 10,
      exhausted: () => new DomainError('conflict', 'The registration is being changed; try again'),
    });
  },
};
