import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { allPages, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import type { SpreadsheetFile } from '../exports/workbook.ts';
import { newId } from '../ids.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { readTallies, scopeOf, tallyAdd } from '../outcomes/index.ts';
import { getTrip } from '../trips/index.ts';
import { attendanceWorkbook } from './attendance-workbook.ts';
import { CheckIns } from './check-ins.ts';
import { attendanceCounts } from './counts.ts';
import { hitRateLimit, RATE_LIMITS } from './rate-limit.ts';
import { register } from './registrations.ts';
import {
  CONSENT_VERSION,
  CreateEventInput,
  type AttendanceCounts,
  EventView,
  type ListRegistrationsQuery,
  type PublicEventView,
  type RegistrationInput,
  type RegistrationReceipt,
  RegistrationView,
  type UpdateEventInput,
} from './events.schema.ts';
import { pickView } from '../views.ts';

export * from './events.schema.ts';
export { EVENT_KINDS, EVENT_STATUSES } from './event.entity.ts';
export { DEGREE_LEVELS } from './registration.entity.ts';
export { RATE_LIMITS } from './rate-limit.ts';
export * from './my-registration.schema.ts';
export { MyRegistration, RECOVERY_CODE_MINUTES, RECOVERY_CODE_ATTEMPTS } from './my-registration.ts';
export { promoteFromWaitlist, waitlistInOrder } from './waitlist.ts';
export { sendRegistrantReminders, type RegistrantMailData } from './registrant-mail.ts';
export { checkInTokenFor } from './tokens.ts';
export { EVENT_DATA_RETENTION_DAYS, eventDataExpiresAt } from './retention.ts';

const stale = () => new DomainError('version_conflict', 'The event was changed by someone else; reload and try again');

export async function getEvent(eventId: string): Promise<EventView | null> {
  const { data } = await db().service.entities.campusEvent.get({ eventId }).go();
  return data ? pickView(EventView, data) : null;
}

export async function requireEvent(eventId: string): Promise<EventView> {
  const event = await getEvent(eventId);
  if (!event) throw notFound('Event');
  return event;
}

export function toRegistrationView(record: object): RegistrationView {
  return pickView(RegistrationView, record);
}

/** The held-events counters an event contributes to, as +1/−1 when its status moves to or from held. */
function heldDelta(before: EventView['status'] | undefined, after: EventView['status']): number {
  return (after === 'held' ? 1 : 0) - (before === 'held' ? 1 : 0);
}

export const Events = {
  async create(actor: Actor, tripId: string, input: CreateEventInput): Promise<EventView> {
    requireRole(actor, 'organiser');
    const fields = CreateEventInput.parse(input);
    const trip = await getTrip(tripId);
    if (!trip) throw notFound('Trip');
    const stop = trip.stops.find((s) => s.stopId === fields.stopId);
    if (!stop) throw new DomainError('validation_failed', 'Not a stop of this trip', { errors: [{ path: 'stopId', message: 'Not a stop of this trip', code: 'not_found' }] });
    if (!stop.universityIds.includes(fields.universityId)) {
      throw new DomainError('validation_failed', 'The stop does not visit this university', {
        errors: [{ path: 'universityId', message: 'Add the university to the stop first', code: 'not_at_stop' }],
      });
    }
    const at = new Date().toISOString();
    const event: EventView = { eventId: newId('event'), tripId, ...fields, status: 'scheduled', createdAt: at, updatedAt: at, version: 1 };
    await transact(
      ({ campusEvent, tally, audit }) => [
        campusEvent.create(event).commit(),
        tally.create({ scope: scopeOf.event(event.eventId), capacity: event.capacity, registered: 0, waitlisted: 0, checkedIn: 0, walkIns: 0, leads: 0 }).commit(),
        audit.create(auditRecord(actor, 'event', event.eventId, 'create', diffChanges(undefined, event), at)).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return event;
  },

  async get(actor: Actor, eventId: string): Promise<EventView> {
    requireRole(actor, 'organiser');
    return requireEvent(eventId);
  },

  async listByTrip(actor: Actor, tripId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    if (!(await getTrip(tripId))) throw notFound('Trip');
    return queryPage((options) => db().service.entities.campusEvent.query.byTrip({ tripId }).go(options), page, (e) => pickView(EventView, e));
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
        ...(changes.capacity !== undefined ? [entities.tally.patch({ scope: scopeOf.event(eventId) }).set({ capacity: changes.capacity }).commit()] : []),
        // More seats go to the waitlist first, in order, through the same promotion as a cancellation.
        ...(changes.capacity !== undefined && changes.capacity > before.capacity
          ? [outboxOp(entities, domainEvent('event.capacity-raised', { eventId, from: before.capacity, to: changes.capacity }))]
          : []),
        ...(held !== 0
          ? [scopeOf.stop(before.stopId), scopeOf.trip(before.tripId), scopeOf.university(before.universityId)].map((scope) =>
              tallyAdd(entities, scope, { eventsHeld: held }, eventId),
            )
          : []),
      ],
      stale,
    );
    return after;
  },

  /** What the public registration page shows: never who registered. */
  async publicInfo(eventId: string): Promise<PublicEventView> {
    const event = await requireEvent(eventId);
    const [university, tallies] = await Promise.all([
      db().service.entities.university.get({ universityId: event.universityId }).go(),
      readTallies([scopeOf.event(eventId)]),
    ]);
    const t = tallies.get(scopeOf.event(eventId))!;
    return {
      eventId,
      title: event.title,
      kind: event.kind,
      venue: event.venue,
      startsAt: event.startsAt,
      universityName: university.data?.name ?? '',
      status: event.status,
      capacity: event.capacity,
      seatsLeft: Math.max(0, event.capacity - t.registered),
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
              query.status === 'registered' || query.status === 'waitlisted' ? eq(a.status, query.status as RegistrationView['status']) : '',
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

  /**
   * The public sign-up. Limited per client before anything is read, so a flood from one place
   * costs one conditional update per request; the per-event limit is counted by the same write
   * that numbers the arrival, so a popular event's burst has one hot item, not two.
   */
  async registerPublic(eventId: string, input: RegistrationInput, client: string): Promise<RegistrationReceipt> {
    const limits = RATE_LIMITS();
    await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
    return (await register(await requireEvent(eventId), input, undefined, limits.perEventPerMinute)).receipt;
  },

  /** Someone at the door without a registration: registered and checked in at once, over capacity if need be. */
  async walkIn(actor: Actor, eventId: string, input: RegistrationInput): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return (await register(await requireEvent(eventId), input, actor)).registration;
  },

  async checkIn(actor: Actor, eventId: string, token: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return CheckIns.admit(actor, await requireEvent(eventId), token);
  },

  /** Manual check-in of someone found by name or phone whose code will not scan; same rules as a scan. */
  async checkInRegistration(actor: Actor, eventId: string, registrationId: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return CheckIns.checkIn(actor, await requireEvent(eventId), registrationId);
  },

  async annulCheckIn(actor: Actor, eventId: string, registrationId: string, reason: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return CheckIns.annul(actor, await requireEvent(eventId), registrationId, reason);
  },

  async attendance(actor: Actor, eventId: string, query: ListRegistrationsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const event = await requireEvent(eventId);
    const [counts, list] = await Promise.all([Events.counts(event), Events.listRegistrations(actor, eventId, query, page)]);
    return { eventId, counts, ...list };
  },

  /**
   * The whole attendance list as a spreadsheet. Read page by page from the event's partition (the
   * same Query as the paged list), so it never scans the table however many signed up.
   */
  async attendanceSpreadsheet(actor: Actor, eventId: string): Promise<SpreadsheetFile> {
    requireRole(actor, 'organiser');
    const event = await requireEvent(eventId);
    const registrations = await allPages((page) => Events.listRegistrations(actor, eventId, {}, page));
    return attendanceWorkbook(event, registrations);
  },
};
