import { auditRecord, diffChanges } from '../audit/changes.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { scopeOf, tallyAdd } from '../outcomes/index.ts';
import type { EventView, RegistrationView } from './events.schema.ts';

const ATTEMPTS = 40;

/** A step that lost a race: read again and decide again. */
class Retry extends DomainError {
  constructor() {
    super('conflict', 'retry');
  }
}

/** The waitlisted person who registered first: registration ids are time-ordered, the partition is in id order. */
async function firstWaitlisted(eventId: string): Promise<RegistrationView | undefined> {
  let cursor: string | null | undefined;
  do {
    const page = await db()
      .service.entities.registration.query.byEvent({ eventId })
      .where((a, { eq }) => eq(a.status, 'waitlisted'))
      .go({ cursor, consistent: true, limit: 100 });
    if (page.data[0]) return page.data[0] as RegistrationView;
    cursor = page.cursor;
  } while (cursor);
  return undefined;
}

async function seatFree(event: EventView): Promise<boolean> {
  const { data } = await db().service.entities.tally.get({ scope: scopeOf.event(event.eventId) }).go({ consistent: true });
  return (data?.registered ?? 0) < (data?.capacity ?? event.capacity);
}

/**
 * Gives free seats to waitlisted people, first come first served, until no seat is free or nobody
 * waits. Each promotion is one transaction conditional on a free seat (`registered < capacity`) and
 * on the person still waiting, so replayed or concurrent runs can neither promote anyone twice nor
 * fill more seats than there are; a lost race re-reads and takes the next person in order. Returns
 * the ids it promoted.
 */
export async function promoteFromWaitlist(eventId: string): Promise<string[]> {
  const promoted: string[] = [];
  const event = (await db().service.entities.campusEvent.get({ eventId }).go()).data as EventView | null;
  if (!event || event.status !== 'scheduled') return promoted;
  for (let attempt = 0; attempt < ATTEMPTS; ) {
    if (!(await seatFree(event))) return promoted;
    const next = await firstWaitlisted(eventId);
    if (!next) return promoted;
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
              .add({ registered: 1, waitlisted: -1 })
              .where((a, { name }) => `${name(a.registered)} < ${name(a.capacity)}`)
              .commit(),
            registration
              .patch({ eventId, registrationId: next.registrationId })
              .set({ status: 'registered', promotedAt: at })
              .where((a, { eq }) => eq(a.status, 'waitlisted'))
              .commit(),
            ...[scopeOf.stop(event.stopId), scopeOf.trip(event.tripId), scopeOf.university(event.universityId)].map((scope) =>
              tallyAdd(entities, scope, { registered: 1, waitlisted: -1 }, next.registrationId),
            ),
            audit
              .create({
                ...auditRecord({ userId: 'system', role: 'organiser' }, 'registration', next.registrationId, 'promote', diffChanges({ status: 'waitlisted' }, { status: 'registered' }), at),
                actorRole: 'system',
              })
              .commit(),
            outboxOp(entities, domainEvent('registration.promoted', { eventId, registrationId: next.registrationId })),
          ];
          labels.push(...ops.slice(2).map(() => 'other' as const));
          return ops as never;
        },
        (failed) => (labels[failed.index] === 'seat' ? new DomainError('no_seats_left', 'No seat is free') : new Retry()),
      );
      promoted.push(next.registrationId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'no_seats_left') return promoted;
      if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
      attempt++;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
    }
  }
  throw new DomainError('conflict', 'The waitlist is busy; the event will be retried');
}
