/** Admitting at the door someone from the waitlist: seated and checked in at once, even over capacity. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import { ATTEMPTS, alreadyCheckedIn, notSeated, read, Refused } from './door-decisions.ts';
import type { EventView, RegistrationView, WaitlistAdmission } from './events.schema.ts';
import { WAITING_PLACE } from './registration.entity.ts';

/** The admission's seat condition failed: the event filled or emptied meanwhile, so decide again. */
class SeatMoved extends DomainError {
  constructor() {
    super('conflict', 'The seats changed meanwhile');
  }
}
/** Whether the event's seats are all taken, read where the seat condition reads them. */
async function isFull(event: EventView): Promise<boolean> {
  const { data } = await db()
    .service.entities.tally.get({ scope: scopeOf.event(event.eventId) })
    .go({ consistent: true });
  return (data?.registered ?? 0) >= (data?.capacity ?? event.capacity);
}

/**
 * Someone waiting who stands at the door: seated and checked in at once, with the staff's reason.
 * The seat is taken even when the event is full (the staff's call): the transaction holds either
 * `registered < capacity` or its opposite, so `overCapacity` says truly which it was, and the audit
 * keeps it beside the reason. Conditional on the person still waiting, so two staff admitting the
 * same person at once admit once; the other hears that they are already checked in.
 */
export async function admitFromWaitlist(
  actor: Actor,
  event: EventView,
  registrationId: string,
  reason: string,
): Promise<WaitlistAdmission> {
  requireRole(actor, 'organiser');
  let overCapacity = await isFull(event);
  const run = async (): Promise<WaitlistAdmission> => {
    const before = await read(event.eventId, registrationId);
    if (before.checkedInAt) throw alreadyCheckedIn(before);
    if (before.status !== 'waitlisted') {
      throw before.status === 'cancelled'
        ? notSeated(before)
        : new Refused('This person already has a seat; check them in', { registrationStatus: before.status });
    }
    const at = new Date().toISOString();
    const after: RegistrationView = {
      ...before,
      status: 'registered',
      promotedAt: at,
      checkedInAt: at,
      checkedInBy: actor.userId,
    };
    const changes = {
      ...diffChanges(before, after),
      reason: { after: reason },
      ...(overCapacity ? { overCapacity: { after: true } } : {}),
    };
    await transact(
      (entities) => [
        entities.tally
          .update({ scope: scopeOf.event(event.eventId) })
          .add({ registered: 1 })
          .where((a, { name }) =>
            overCapacity
              ? `${name(a.registered)} >= ${name(a.capacity)}`
              : `${name(a.registered)} < ${name(a.capacity)}`,
          )
          .commit(),
        entities.registration
          .patch({ eventId: event.eventId, registrationId })
          .set({ status: 'registered', promotedAt: at, checkedInAt: at, checkedInBy: actor.userId })
          .remove([...WAITING_PLACE])
          .where((a, { eq, notExists }) => `${eq(a.status, 'waitlisted')} AND ${notExists(a.checkedInAt)}`)
          .commit(),
        tallyAdd(entities, scopeOf.event(event.eventId), { waitlisted: -1, checkedIn: 1 }, registrationId),
        ...[scopeOf.stop(event.stopId), scopeOf.trip(event.tripId)].map((scope) =>
          tallyAdd(entities, scope, { registered: 1, waitlisted: -1, checkedIn: 1 }, registrationId),
        ),
        tallyAdd(entities, scopeOf.university(event.universityId), { registered: 1, waitlisted: -1 }, registrationId),
        entities.leadEvent
          .patch({ leadId: before.leadId, eventId: event.eventId })
          .set({ status: 'registered', checkedInAt: at })
          .commit(),
        entities.audit
          .create(auditRecord(actor, 'registration', registrationId, 'admit-from-waitlist', changes, at))
          .commit(),
      ],
      (failed) => (failed.index === 0 ? new SeatMoved() : new DomainError('conflict', 'The registration changed')),
    );
    return { ...after, overCapacity };
  };
  return retryOnConflict(
    async () => {
      try {
        return await run();
      } catch (error) {
        if (error instanceof SeatMoved) overCapacity = !overCapacity;
        throw error;
      }
    },
    { attempts: ATTEMPTS, retryable: (error) => isConflict(error) && !(error instanceof Refused) },
  );
}
