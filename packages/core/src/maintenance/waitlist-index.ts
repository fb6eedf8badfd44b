import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import type { RegistrationView } from '../events/events.schema.ts';
import { waitingPlace } from '../events/registration.entity.ts';

/**
 * Puts every waiting registration stored before the waitlist had its own index onto that index, so
 * promotions read a few entries instead of the event's whole partition. Until it has run, promotion
 * still finds such people (it falls back to the partition when the index looks empty but the
 * event's count says someone waits); afterwards the fallback is never needed.
 *
 * Only events still taking registrations have a waitlist that matters; they are found through the
 * trips list and each trip's events (every event belongs to a trip), never a Scan. Idempotent and
 * safe beside live traffic: each write is conditional on the registration still waiting, and a
 * second run writes the same values again.
 */
export async function backfillWaitlistIndex(): Promise<{ events: number; registrations: number }> {
  const { trip, campusEvent, registration } = db().service.entities;
  let events = 0;
  let registrations = 0;
  const trips = (await trip.query.all({}).go({ pages: 'all', attributes: ['tripId'] })).data;
  for (const { tripId } of trips) {
    const scheduled = (
      await campusEvent.query.byTrip({ tripId }).go({ pages: 'all', attributes: ['eventId', 'status'] })
    ).data.filter((e) => e.status === 'scheduled');
    for (const { eventId } of scheduled) {
      const { data } = await registration.query
        .byEvent({ eventId })
        .where((a, { eq, notExists }) => `${eq(a.status, 'waitlisted')} AND ${notExists(a.waitingIn)}`)
        .go({ pages: 'all', consistent: true });
      if (data.length) events++;
      for (const r of data as Array<RegistrationView & { arrival?: number }>) {
        try {
          await registration
            .patch({ eventId, registrationId: r.registrationId })
            .set(waitingPlace(eventId, r.registrationId, r.arrival))
            .where((a, { eq }) => eq(a.status, 'waitlisted'))
            .go();
          registrations++;
        } catch (error) {
          // Promoted or cancelled since it was read: it no longer belongs on the waitlist.
          if (!isConditionFailure(error)) throw error;
        }
      }
    }
  }
  return { events, registrations };
}
