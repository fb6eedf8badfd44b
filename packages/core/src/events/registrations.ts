/** Registering a person for an event: the seat or waitlist decision and the one transaction that records it. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { db, type AppService } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { leadWrites, type LeadMatch } from '../leads/matching.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import { takeArrival, withinSeats, type Arrival } from './arrivals.ts';
import { eventDataExpiresAt } from './retention.ts';
import { checkInTokenFor } from './tokens.ts';
import { promoteFromWaitlist } from './waitlist.ts';
import { waitingPlace } from './registration.entity.ts';
import {
  CONSENT_VERSION,
  RegistrationInput,
  type EventView,
  type RegistrationReceipt,
  RegistrationView,
} from './events.schema.ts';
import { pickView } from '../views.ts';
import { duplicate, hashToken, normalisePhone, refuseKnownDuplicate } from './registration-guards.ts';

export { hashToken, normalisePhone } from './registration-guards.ts';

/** Runs of one registration, the first included, while it loses the last seat or a new lead to others. */
const ATTEMPTS = 41;

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

/** A failed condition that means "read again and rebuild", not "refuse". */
class Rebuild extends DomainError {
  constructor(readonly reason: 'full' | 'lead') {
    super('conflict', 'rebuild');
  }
}

type Label = 'email' | 'phone' | 'seat' | 'lead' | 'other';

/** The receipt without the seat count, which the caller reads once the registration is written. */
type Registered = {
  receipt: Omit<RegistrationReceipt, 'capacity' | 'seatsLeft'>;
  registration: RegistrationView;
};

/**
 * Registers a person for an event in one transaction: per-event email and phone guards, the seat,
 * the registration, the lead it creates or updates, the lead's history and every tally it moves.
 * A public registration first takes its arrival number; numbers up to the seat line take a seat
 * (still conditional on `registered < capacity`, so a full event is never overfilled), later ones
 * wait. The decision depends on the number, not on which transaction commits first, so retries
 * after conflicts cannot reorder anyone. Walk-ins (staff, on the spot) take a seat even when the
 * event is full and are checked in at once.
 */
export async function register(
  event: EventView,
  input: RegistrationInput,
  walkInBy?: Actor,
  perEventPerMinute = Number.POSITIVE_INFINITY,
): Promise<Registered> {
  const fields = RegistrationInput.parse(input);
  if (event.status === 'cancelled' || (!walkInBy && event.status !== 'scheduled')) {
    throw new DomainError('registration_closed', 'This event no longer takes registrations');
  }
  let universityName = fields.universityName;
  if (fields.universityId) {
    const university = (await db().service.entities.university.get({ universityId: fields.universityId }).go()).data;
    if (!university) {
      throw new DomainError('validation_failed', 'No such university', {
        errors: [{ path: 'universityId', message: 'No such university', code: 'not_found' }],
      });
    }
    universityName ??= university.name;
  }
  const phone = normalisePhone(fields.phone);
  const at = new Date().toISOString();
  const registrationId = newId('registration');
  const token = checkInTokenFor(registrationId);
  const expiresAt = eventDataExpiresAt(event.startsAt);
  let arrival: Arrival | undefined;
  if (!walkInBy) {
    await refuseKnownDuplicate(event.eventId, fields.email, phone);
    arrival = await takeArrival(event.eventId, event.capacity, perEventPerMinute);
  }
  // Past the seat line means waiting behind everyone who arrived earlier, whatever commits first.
  let full = arrival !== undefined && !withinSeats(arrival);
  try {
    return await registerInOrder();
  } catch (error) {
    // A number within the seat line that ends without a registration leaves its seat free: hand
    // it to the first person waiting, or to the next newcomer. The refusal itself is what the
    // caller sees; a failed hand-over is retried by the next cancellation or capacity change.
    if (arrival && withinSeats(arrival)) await promoteFromWaitlist(event.eventId).catch(() => []);
    throw error;
  }

  // Losing a race for the last seat or for a new person's lead means: re-read and try again.
  function registerInOrder(): Promise<Registered> {
    return retryOnConflict(registerOnce, {
      attempts: ATTEMPTS,
      retryable: (error) => error instanceof Rebuild || (error instanceof DomainError && error.code === 'conflict'),
      exhausted: (last) => (last instanceof Rebuild ? new DomainError('conflict', 'Busy; try again') : last),
    });
  }

  async function registerOnce(): Promise<Registered> {
    const match: LeadMatch = await leadWrites.match(fields.email, phone, {
      trip: event.tripId,
      stop: event.stopId,
      university: fields.universityId,
    });
    const status = walkInBy || !full ? 'registered' : 'waitlisted';
    const { consent: _consent, ...person } = fields;
    const registration: RegistrationView & { tokenHash: string; searchText: string; expiresAt: number } = {
      eventId: event.eventId,
      registrationId,
      leadId: match.leadId,
      ...person,
      universityName,
      phone,
      consentAt: at,
      consentVersion: CONSENT_VERSION,
      status,
      walkIn: Boolean(walkInBy),
      ...(walkInBy ? { checkedInAt: at, checkedInBy: walkInBy.userId } : {}),
      tokenHash: hashToken(token),
      searchText: `${fields.name} ${phone} ${fields.email}`.toLowerCase().replace(/[\s-]/g, ''),
      createdAt: at,
      expiresAt,
      ...(arrival ? { arrival: arrival.number } : {}),
    };
    const labels: Label[] = [];
    const actor = walkInBy ?? { userId: 'public', role: 'intern' as const };
    const counted: Record<string, number> = status === 'registered' ? { registered: 1 } : { waitlisted: 1 };
    const checkIn: Record<string, number> = walkInBy ? { checkedIn: 1 } : {};
    try {
      await transact(
        (entities) => {
          const { unique, tally, registration: registrations, audit } = entities;
          const ops: unknown[] = [
            unique
              .create({
                kind: 'eventEmail',
                value: `${event.eventId}#${fields.email}`,
                ownerId: registrationId,
                expiresAt,
              })
              .commit(),
            unique
              .create({ kind: 'eventPhone', value: `${event.eventId}#${phone}`, ownerId: registrationId, expiresAt })
              .commit(),
            // Only seated people write the seat item; the waitlist is counted on shards, so a burst's
            // waitlisted arrivals never queue on the item that guards the seats.
            status === 'waitlisted'
              ? tallyAdd(entities, scopeOf.event(event.eventId), counted, registrationId)
              : walkInBy
                ? tally
                    .update({ scope: scopeOf.event(event.eventId) })
                    .add(counted)
                    .commit()
                : tally
                    .update({ scope: scopeOf.event(event.eventId) })
                    .add({ registered: 1 })
                    .where((a, { name }) => `${name(a.registered)} < ${name(a.capacity)}`)
                    .commit(),
            registrations
              .create(
                status === 'waitlisted'
                  ? { ...registration, ...waitingPlace(event.eventId, registrationId, arrival?.number) }
                  : registration,
              )
              .commit(),
          ];
          labels.push('email', 'phone', 'seat', 'other');
          // Seats stay on the event's tally item; everything else a registration counts goes to shards.
          if (walkInBy) {
            ops.push(tallyAdd(entities, scopeOf.event(event.eventId), { ...checkIn, walkIns: 1 }, registrationId));
            labels.push('other');
          }
          const adds = new Map<string, Record<string, number>>([
            [scopeOf.stop(event.stopId), { ...counted, ...checkIn }],
            [scopeOf.trip(event.tripId), { ...counted, ...checkIn }],
            [scopeOf.university(event.universityId), { ...counted }],
          ]);
          for (const scope of match.newScopes) adds.set(scope, { ...adds.get(scope), leads: 1 });
          for (const [scope, add] of adds) {
            ops.push(tallyAdd(entities, scope, add, registrationId));
            labels.push('other');
          }
          const leadOps = leadWrites.build(entities, match, registration, event, at);
          ops.push(...leadOps);
          labels.push(...leadOps.map(() => 'lead' as const));
          const entry = auditRecord(
            actor,
            'registration',
            registrationId,
            walkInBy ? 'walk-in' : 'register',
            diffChanges(undefined, { eventId: event.eventId, status, leadId: match.leadId }),
            at,
          );
          ops.push(audit.create({ ...entry, actorRole: walkInBy ? entry.actorRole : 'public' }).commit());
          labels.push('other');
          if (!walkInBy) {
            // The confirmation or waitlisted notice is mailed by the stream worker, never before the registration
            // exists.
            ops.push(
              outboxOp(
                entities,
                domainEvent('registration.created', { eventId: event.eventId, registrationId, status }),
              ),
            );
            labels.push('other');
          }
          return ops as Ops;
        },
        (failed) => {
          const label = labels[failed.index];
          if (label === 'email' || label === 'phone') return duplicate(label);
          if (label === 'seat') return new Rebuild('full');
          return new Rebuild('lead');
        },
      );
      const view = pickView(RegistrationView, registration);
      return { receipt: { registrationId, eventId: event.eventId, status, checkInToken: token }, registration: view };
    } catch (error) {
      // The last seat went meanwhile: the next run waitlists.
      if (error instanceof Rebuild && error.reason === 'full') full = true;
      throw error;
    }
  }
}
