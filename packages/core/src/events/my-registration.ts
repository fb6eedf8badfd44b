/** A registrant's own registration, reached without an account: recovery, the view, and cancelling. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import type { RegistrationView } from './events.schema.ts';
import { WAITING_PLACE } from './registration.entity.ts';
import type { MyRegistrationView, RegistrantAccessInput } from './my-registration.schema.ts';
import { eventOf, resolve, viewOf } from './my-registration-access.ts';
import { Recovery } from './my-registration-recovery.ts';

export { derivedCheckInToken } from './my-registration-access.ts';
export { RECOVERY_CODE_ATTEMPTS, RECOVERY_CODE_MINUTES } from './my-registration-recovery.ts';

export const MyRegistration = {
  ...Recovery,

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
