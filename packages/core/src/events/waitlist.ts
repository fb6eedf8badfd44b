import { auditRecord, diffChanges } from '../audit/changes.ts';
import { db } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { readTallies, scopeOf, tallyAdd } from '../tallies/index.ts';
import { handSeatsToNewcomers } from './arrivals.ts';
import type { EventView, RegistrationView } from './events.schema.ts';
import { WAITING_PLACE } from './registration.entity.ts';

const ATTEMPTS = 40;

/** A step that lost a race: read again and decide again. */
class Retry extends DomainError {
  constructor() {
    super('conflict', 'retry');
  }
}

/** How many of the first waiting people one promotion step reads; read again when used up. */
const WAITLIST_PAGE = 25;

type Waiting = RegistrationView & { arrival?: number };

/**
 * The first people waiting for the event, in arrival order: a Query over the waitlist index, which
 * holds only waiting registrations, so its cost follows `limit`, not the size of the event.
 * Without a limit, everyone waiting (the bench's arrival-order check and the backfill use that).
 */
export async function waitlistInOrder(eventId: string, limit?: number): Promise<Waiting[]> {
  const query = db().service.entities.registration.query.waitlist({ waitingIn: eventId });
  const { data } = limit ? await query.go({ limit }) : await query.go({ pages: 'all' });
  return data as Waiting[];
}

/**
 * The index is updated shortly after the write (a GSI is eventually consistent), so an empty first
 * page can mean "nobody waits" or "someone started waiting a moment ago". The event's waitlisted
 * count, summed from its tally with consistent reads, tells which; only in the second case is the
 * event's partition read with a consistent Query, so a seat never goes to a newcomer while someone
 * who came earlier waits.
 */
async function nextWaiting(eventId: string): Promise<Waiting[]> {
  const first = await waitlistInOrder(eventId, WAITLIST_PAGE);
  if (first.length) return first;
  const counted = (await readTallies([scopeOf.event(eventId)])).get(scopeOf.event(eventId));
  if (!counted?.waitlisted) return [];
  const { data } = await db()
    .service.entities.registration.query.byEvent({ eventId })
    .where((a, { eq }) => eq(a.status, 'waitlisted'))
    .go({ pages: 'all', consistent: true });
  const rank = (r: Waiting) => r.arrival ?? 0;
  return (data as Waiting[]).sort((a, b) => rank(a) - rank(b) || a.registrationId.localeCompare(b.registrationId));
}

async function freeSeats(event: EventView): Promise<{ capacity: number; free: number }> {
  const { data } = await db()
    .service.entities.tally.get({ scope: scopeOf.event(event.eventId) })
    .go({ consistent: true });
  const capacity = data?.capacity ?? event.capacity;
  return { capacity, free: Math.max(0, capacity - (data?.registered ?? 0)) };
}

/**
 * Gives free seats to waitlisted people in arrival order until no seat is free or nobody waits;
 * seats still free when nobody waits go to the next newcomers through the seat line. Each promotion
 * is one transaction conditional on a free seat (`registered < capacity`) and on the person still
 * waiting, so replayed or concurrent runs can neither promote anyone twice nor fill more seats than
 * there are; a lost race re-reads and takes the next person in order. Returns the ids it promoted.
 */
export async function promoteFromWaitlist(eventId: string): Promise<string[]> {
  const promoted: string[] = [];
  const event = (await db().service.entities.campusEvent.get({ eventId }).go()).data as EventView | null;
  if (event?.status !== 'scheduled') return promoted;
  let waiting = await nextWaiting(eventId);
  // A lost race ends a run; the next run carries on after those already promoted, with fresh counts.
  const promoteWhileSeatsFree = async (): Promise<string[]> => {
    for (;;) {
      const seats = await freeSeats(event);
      if (seats.free === 0) return promoted;
      // Read once and walked in order; read again only when used up, for anyone who joined since.
      if (!waiting.length) waiting = await nextWaiting(eventId);
      const next = waiting[0];
      if (!next) {
        await handSeatsToNewcomers(eventId, seats.capacity, seats.free);
        return promoted;
      }
      try {
        if (!(await promote(event, next))) return promoted;
      } catch (error) {
        // No longer waiting (cancelled, or promoted by a concurrent run): the next in order.
        if (error instanceof Retry) waiting.shift();
        throw error;
      }
      promoted.push(next.registrationId);
      waiting.shift();
    }
  };
  return retryOnConflict(promoteWhileSeatsFree, {
    attempts: ATTEMPTS,
    exhausted: () => new DomainError('conflict', 'The waitlist is busy; the event will be retried'),
  });
}

/**
 * Moves one waiting person to a seat; false when no seat was free after all. Throws `Retry` when
 * the person no longer waits, and a `conflict` when the transaction kept meeting others.
 */
async function promote(event: EventView, { registrationId, leadId }: Waiting): Promise<boolean> {
  const { eventId } = event;
  const at = new Date().toISOString();
  const labels: Array<'seat' | 'person' | 'other'> = [];
  try {
    await transact(
      (entities) => {
        const { registration, tally, audit } = entities;
        labels.push('seat', 'person');
        const ops = [
          tally
            .update({ scope: scopeOf.event(eventId) })
            .add({ registered: 1 })
            .where((a, { name }) => `${name(a.registered)} < ${name(a.capacity)}`)
            .commit(),
          registration
            .patch({ eventId, registrationId })
            .set({ status: 'registered', promotedAt: at })
            .remove([...WAITING_PLACE])
            .where((a, { eq }) => eq(a.status, 'waitlisted'))
            .commit(),
          // The seat is counted on the seat item above; the waitlist, like every sign-up's, on shards.
          tallyAdd(entities, scopeOf.event(eventId), { waitlisted: -1 }, registrationId),
          ...[scopeOf.stop(event.stopId), scopeOf.trip(event.tripId), scopeOf.university(event.universityId)].map(
            (scope) => tallyAdd(entities, scope, { registered: 1, waitlisted: -1 }, registrationId),
          ),
          // The person's history says registered too, as it does after any other way to a seat.
          entities.leadEvent.patch({ leadId, eventId }).set({ status: 'registered' }).commit(),
          audit
            .create({
              ...auditRecord(
                { userId: 'system', role: 'organiser' },
                'registration',
                registrationId,
                'promote',
                diffChanges({ status: 'waitlisted' }, { status: 'registered' }),
                at,
              ),
              actorRole: 'system',
            })
            .commit(),
          outboxOp(entities, domainEvent('registration.promoted', { eventId, registrationId })),
        ];
        labels.push(...ops.slice(2).map(() => 'other' as const));
        return ops as never;
      },
      (failed) => (labels[failed.index] === 'seat' ? new DomainError('no_seats_left', 'No seat is free') : new Retry()),
    );
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'no_seats_left') return false;
    throw error;
  }
}
