import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import type { EventView, RegistrationView, WaitlistAdmission } from './events.schema.ts';
import { WAITING_PLACE } from './registration.entity.ts';
import { hashToken } from './registrations.ts';

/** Runs of one scan or undo, the first included, while they lose to other writes on the same counters. */
const ATTEMPTS = 21;

const alreadyCheckedIn = (r: RegistrationView) =>
  new DomainError('already_checked_in', `Already checked in at ${r.checkedInAt}`, {
    checkedInAt: r.checkedInAt,
    registrationId: r.registrationId,
  });

async function read(eventId: string, registrationId: string): Promise<RegistrationView> {
  const { data } = await db().service.entities.registration.get({ eventId, registrationId }).go();
  if (!data) throw notFound('Registration');
  return data as RegistrationView;
}

/** The admission's seat condition failed: the event filled or emptied meanwhile, so decide again. */
class SeatMoved extends DomainError {
  constructor() {
    super('conflict', 'The seats changed meanwhile');
  }
}

/** A 409 decided on a fresh read of the registration: reading again would decide the same. */
class Refused extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('conflict', message, extra);
  }
}

/**
 * Someone not holding a seat: the door screen reads `registrationStatus` to offer admission from the
 * waitlist in one step, or to say that a cancelled registration needs a walk-in registration.
 */
const notSeated = (r: RegistrationView) =>
  r.status === 'waitlisted'
    ? new Refused('This person is on the waitlist; admit them from the waitlist with a reason', {
        registrationStatus: r.status,
        registrationId: r.registrationId,
        name: r.name,
      })
    : new Refused('This registration was cancelled; register the person again as a walk-in', {
        registrationStatus: r.status,
        registrationId: r.registrationId,
        name: r.name,
      });

/** Runs a counter transaction, re-reading after a conflict until its condition decides. */
async function untilDecided(run: () => Promise<RegistrationView>): Promise<RegistrationView> {
  const lostRace = (error: unknown) => isConflict(error) && !(error instanceof Refused);
  return retryOnConflict(run, { attempts: ATTEMPTS, retryable: lostRace });
}

/** Whether the event's seats are all taken, read where the seat condition reads them. */
async function isFull(event: EventView): Promise<boolean> {
  const { data } = await db()
    .service.entities.tally.get({ scope: scopeOf.event(event.eventId) })
    .go({ consistent: true });
  return (data?.registered ?? 0) >= (data?.capacity ?? event.capacity);
}

const tallies = (event: EventView) => [
  scopeOf.event(event.eventId),
  scopeOf.stop(event.stopId),
  scopeOf.trip(event.tripId),
];

export const DoorCheckIns = {
  /**
   * A scanned QR code. The registration is marked only while it has no check-in time, in the same
   * transaction as the counters: two devices scanning at once give one check-in and one 409.
   */
  async admit(actor: Actor, event: EventView, token: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    const found = (
      await db()
        .service.entities.registration.query.byToken({ tokenHash: hashToken(token) })
        .go()
    ).data[0];
    if (!found || found.eventId !== event.eventId) {
      throw new DomainError('not_found', 'This code is not a registration for this event', {
        errors: [{ path: 'token', message: 'Unknown code', code: 'not_found' }],
      });
    }
    return DoorCheckIns.checkIn(actor, event, found.registrationId);
  },

  async checkIn(actor: Actor, event: EventView, registrationId: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return untilDecided(async () => {
      const before = await read(event.eventId, registrationId);
      if (before.checkedInAt) throw alreadyCheckedIn(before);
      if (before.status !== 'registered') throw notSeated(before);
      const at = new Date().toISOString();
      const after = { ...before, checkedInAt: at, checkedInBy: actor.userId };
      try {
        await transact(
          (entities) => [
            entities.registration
              .patch({ eventId: event.eventId, registrationId })
              .set({ checkedInAt: at, checkedInBy: actor.userId })
              .where((a, { notExists, eq }) => `${notExists(a.checkedInAt)} AND ${eq(a.status, 'registered')}`)
              .commit(),
            ...tallies(event).map((scope) => tallyAdd(entities, scope, { checkedIn: 1 }, registrationId)),
            entities.leadEvent
              .patch({ leadId: before.leadId, eventId: event.eventId })
              .set({ checkedInAt: at })
              .commit(),
            entities.audit
              .create(auditRecord(actor, 'registration', registrationId, 'check-in', diffChanges(before, after), at))
              .commit(),
          ],
          () => new DomainError('already_checked_in', 'Already checked in'),
        );
      } catch (error) {
        if (error instanceof DomainError && error.code === 'already_checked_in')
          throw alreadyCheckedIn(await read(event.eventId, registrationId));
        throw error;
      }
      return after;
    });
  },

  /** Takes back a check-in made by mistake; the reason goes into the audit trail. */
  async annul(actor: Actor, event: EventView, registrationId: string, reason: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return untilDecided(async () => {
      const before = await read(event.eventId, registrationId);
      const checkedInAt = before.checkedInAt;
      if (!checkedInAt) throw new Refused('This registration is not checked in');
      const { checkedInAt: _c, checkedInBy: _b, ...after } = before;
      const at = new Date().toISOString();
      await transact(
        (entities) => [
          entities.registration
            .patch({ eventId: event.eventId, registrationId })
            .remove(['checkedInAt', 'checkedInBy'])
            .where((a, { eq }) => eq(a.checkedInAt, checkedInAt))
            .commit(),
          ...tallies(event).map((scope) => tallyAdd(entities, scope, { checkedIn: -1 }, registrationId)),
          entities.leadEvent.patch({ leadId: before.leadId, eventId: event.eventId }).remove(['checkedInAt']).commit(),
          entities.audit
            .create(
              auditRecord(
                actor,
                'registration',
                registrationId,
                'annul-check-in',
                { ...diffChanges(before, after), reason: { after: reason } },
                at,
              ),
            )
            .commit(),
        ],
        () => new DomainError('conflict', 'The check-in changed meanwhile; reload'),
      );
      return after;
    });
  },

  /**
   * Someone waiting who stands at the door: seated and checked in at once, with the staff's reason.
   * The seat is taken even when the event is full (the staff's call): the transaction holds either
   * `registered < capacity` or its opposite, so `overCapacity` says truly which it was, and the audit
   * keeps it beside the reason. Conditional on the person still waiting, so two staff admitting the
   * same person at once admit once; the other hears that they are already checked in.
   */
  async admitFromWaitlist(
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
  },
};
