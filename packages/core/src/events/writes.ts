import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import { getTrip } from '../trips/index.ts';
import { CreateEventInput, type EventView, type UpdateEventInput } from './events.schema.ts';
import { requireEvent } from './records.ts';

const stale = () => new DomainError('version_conflict', 'The event was changed by someone else; reload and try again');

/** The held-events counters an event contributes to, as +1/−1 when its status moves to or from held. */
function heldDelta(before: EventView['status'] | undefined, after: EventView['status']): number {
  return (after === 'held' ? 1 : 0) - (before === 'held' ? 1 : 0);
}

export const EventWrites = {
  async create(actor: Actor, tripId: string, input: CreateEventInput): Promise<EventView> {
    requireRole(actor, 'organiser');
    const fields = CreateEventInput.parse(input);
    const trip = await getTrip(tripId);
    if (!trip) throw notFound('Trip');
    const stop = trip.stops.find((s) => s.stopId === fields.stopId);
    if (!stop)
      throw new DomainError('validation_failed', 'Not a stop of this trip', {
        errors: [{ path: 'stopId', message: 'Not a stop of this trip', code: 'not_found' }],
      });
    if (!stop.universityIds.includes(fields.universityId)) {
      throw new DomainError('validation_failed', 'The stop does not visit this university', {
        errors: [{ path: 'universityId', message: 'Add the university to the stop first', code: 'not_at_stop' }],
      });
    }
    const at = new Date().toISOString();
    const event: EventView = {
      eventId: newId('event'),
      tripId,
      ...fields,
      status: 'scheduled',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ campusEvent, tally, audit }) => [
        campusEvent.create(event).commit(),
        tally
          .create({
            scope: scopeOf.event(event.eventId),
            capacity: event.capacity,
            registered: 0,
            waitlisted: 0,
            checkedIn: 0,
            walkIns: 0,
            leads: 0,
          })
          .commit(),
        audit.create(auditRecord(actor, 'event', event.eventId, 'create', diffChanges(undefined, event), at)).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return event;
  },

  /** Capacity and status changes move the seat and held-event counters in the same transaction. */
  async update(actor: Actor, eventId: string, input: UpdateEventInput): Promise<EventView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await requireEvent(eventId);
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: EventView = { ...before, ...changes, updatedAt: at, version: version + 1 };
    const held = heldDelta(before.status, after.status);
    await transact(
      (entities) => [
        entities.campusEvent
          .patch({ eventId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        entities.audit.create(auditRecord(actor, 'event', eventId, 'update', diffChanges(before, after), at)).commit(),
        ...(changes.capacity !== undefined
          ? [
              entities.tally
                .patch({ scope: scopeOf.event(eventId) })
                .set({ capacity: changes.capacity })
                .commit(),
            ]
          : []),
        // More seats go to the waitlist first, in order, through the same promotion as a cancellation.
        ...(changes.capacity !== undefined && changes.capacity > before.capacity
          ? [
              outboxOp(
                entities,
                domainEvent('event.capacity-raised', { eventId, from: before.capacity, to: changes.capacity }),
              ),
            ]
          : []),
        ...(held !== 0
          ? [scopeOf.stop(before.stopId), scopeOf.trip(before.tripId), scopeOf.university(before.universityId)].map(
              (scope) => tallyAdd(entities, scope, { eventsHeld: held }, eventId),
            )
          : []),
      ],
      stale,
    );
    return after;
  },
};
