/** Checking people in at the door: a scanned code, a name from the list, and taking a check-in back. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { scopeOf, tallyAdd } from '../tallies/index.ts';
import { alreadyCheckedIn, notSeated, read, Refused, untilDecided } from './door-decisions.ts';
import { admitFromWaitlist } from './door-waitlist-admission.ts';
import type { EventView, RegistrationView } from './events.schema.ts';
import { hashToken } from './registration-guards.ts';

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

  admitFromWaitlist,
};
