import { requireRole, type Actor } from '../auth/actor.ts';
import { allPages, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import type { SpreadsheetFile } from '../exports/workbook.ts';
import { readTallies, scopeOf } from '../tallies/index.ts';
import { getTrip } from '../trips/index.ts';
import { attendanceWorkbook } from './attendance-workbook.ts';
import { attendanceCounts } from './counts.ts';
import {
  CONSENT_VERSION,
  type AttendanceCounts,
  EventView,
  type ListRegistrationsQuery,
  type PublicEventView,
  type RegistrationView,
} from './events.schema.ts';
import { requireEvent, toRegistrationView } from './records.ts';
import { pickView } from '../views.ts';

/**
 * The event's free seats, read with a consistent read of the item every seat is counted on: a count
 * read right after a sign-up or a cancellation includes it, which an eventually consistent read need not.
 */
export async function seatsLeft(event: EventView): Promise<number> {
  const { data } = await db()
    .service.entities.tally.get({ scope: scopeOf.event(event.eventId) })
    .go({ consistent: true });
  return Math.max(0, event.capacity - (data?.registered ?? 0));
}

export const EventReads = {
  async get(actor: Actor, eventId: string): Promise<EventView> {
    requireRole(actor, 'organiser');
    return requireEvent(eventId);
  },

  async listByTrip(actor: Actor, tripId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    if (!(await getTrip(tripId))) throw notFound('Trip');
    return queryPage(
      (options) => db().service.entities.campusEvent.query.byTrip({ tripId }).go(options),
      page,
      (e) => pickView(EventView, e),
    );
  },

  /** What the public registration page shows: never who registered. */
  async publicInfo(eventId: string): Promise<PublicEventView> {
    const event = await requireEvent(eventId);
    const [university, left] = await Promise.all([
      db().service.entities.university.get({ universityId: event.universityId }).go(),
      seatsLeft(event),
    ]);
    return {
      eventId,
      title: event.title,
      kind: event.kind,
      venue: event.venue,
      startsAt: event.startsAt,
      universityName: university.data?.name ?? '',
      status: event.status,
      capacity: event.capacity,
      seatsLeft: left,
      consentVersion: CONSENT_VERSION,
    };
  },

  /** Exact counts from the event's tally; no-shows once the event has taken place. */
  async counts(event: EventView, now = new Date()): Promise<AttendanceCounts> {
    const t = (await readTallies([scopeOf.event(event.eventId)])).get(scopeOf.event(event.eventId))!;
    return attendanceCounts(event, t, now);
  },

  /** Staff search and the attendance list: in sign-up order, filtered by status or name/phone. */
  async listRegistrations(actor: Actor, eventId: string, query: ListRegistrationsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    await requireEvent(eventId);
    const q = query.q?.toLowerCase().replace(/[\s-]/g, '');
    return queryPage(
      (options) =>
        db()
          .service.entities.registration.query.byEvent({ eventId })
          .where((a, { eq, exists, notExists, contains }) =>
            [
              query.status === 'registered' || query.status === 'waitlisted'
                ? eq(a.status, query.status as RegistrationView['status'])
                : '',
              query.status === 'checked_in' ? exists(a.checkedInAt) : '',
              query.status === 'not_checked_in' ? `${notExists(a.checkedInAt)} AND ${eq(a.status, 'registered')}` : '',
              q ? contains(a.searchText, q) : '',
            ]
              .filter(Boolean)
              .join(' AND '),
          )
          .go(options),
      page,
      toRegistrationView,
      { filtered: Boolean(query.status || q) },
    );
  },

  async attendance(actor: Actor, eventId: string, query: ListRegistrationsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const event = await requireEvent(eventId);
    const [counts, list] = await Promise.all([
      EventReads.counts(event),
      EventReads.listRegistrations(actor, eventId, query, page),
    ]);
    return { eventId, counts, ...list };
  },

  /**
   * The whole attendance list as a spreadsheet. Read page by page from the event's partition (the
   * same Query as the paged list), so it never scans the table however many signed up.
   */
  async attendanceSpreadsheet(actor: Actor, eventId: string): Promise<SpreadsheetFile> {
    requireRole(actor, 'organiser');
    const event = await requireEvent(eventId);
    const registrations = await allPages((page) => EventReads.listRegistrations(actor, eventId, {}, page));
    return attendanceWorkbook(event, registrations);
  },
};
