import { z } from '@hono/zod-openapi';
import { Events } from '@aksu/core/events/events';
import {
  AdmitFromWaitlistInput,
  AnnulCheckInInput,
  AttendanceCounts,
  CheckInInput,
  CreateEventInput,
  eventIdSchema,
  EventView,
  ListRegistrationsQuery,
  registrationIdSchema,
  RegistrationInput,
  RegistrationView,
  UpdateEventInput,
  WaitlistAdmission,
} from '@aksu/core/events/events.schema';
import { tripIdSchema } from '@aksu/core/trips/trips.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const route = bearerRoutes('Events');

const Event = EventView.openapi('Event');
const Registration = RegistrationView.openapi('Registration');
const Params = z.object({ eventId: eventIdSchema.openapi({ param: { name: 'eventId', in: 'path' } }) });
const TripParams = z.object({ tripId: tripIdSchema.openapi({ param: { name: 'tripId', in: 'path' } }) });
const RegistrationParams = Params.extend({
  registrationId: registrationIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }),
});

/** Campus events, check-in and attendance: organisers only. Registered call by call (see partnerships.ts). */
export const eventRoutes = router();

eventRoutes.openapi(
  route({
    operationId: 'createEvent',
    method: 'post',
    path: '/v1/trips/{tripId}/events',
    summary: 'Add an event at one of the trip’s stops (organisers)',
    request: { params: TripParams, body: jsonBody(CreateEventInput.openapi('CreateEventInput')) },
    responses: { 201: jsonResponse(Event, 'The event'), ...writeErrors(404) },
  }),
  async (c) => c.json(await Events.create(c.get('actor'), c.req.valid('param').tripId, c.req.valid('json')), 201),
);

eventRoutes.openapi(
  route({
    operationId: 'listTripEvents',
    method: 'get',
    path: '/v1/trips/{tripId}/events',
    summary: 'The trip’s events (organisers)',
    request: { params: TripParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Event), 'A page of events'), ...errors(404) },
  }),
  async (c) => c.json(await Events.listByTrip(c.get('actor'), c.req.valid('param').tripId, c.req.valid('query')), 200),
);

eventRoutes.openapi(
  route({
    operationId: 'getEvent',
    method: 'get',
    path: '/v1/events/{eventId}',
    summary: 'One event (organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(Event, 'The event'), ...errors(404) },
  }),
  async (c) => c.json(await Events.get(c.get('actor'), c.req.valid('param').eventId), 200),
);

eventRoutes.openapi(
  route({
    operationId: 'updateEvent',
    method: 'patch',
    path: '/v1/events/{eventId}',
    summary: 'Change an event, e.g. mark it held with outcome notes (organisers)',
    description: 'Send the `version` you read; a stale one is 409.',
    request: { params: Params, body: jsonBody(UpdateEventInput.openapi('UpdateEventInput')) },
    responses: { 200: jsonResponse(Event, 'The changed event'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Events.update(c.get('actor'), c.req.valid('param').eventId, c.req.valid('json')), 200),
);

eventRoutes.openapi(
  route({
    operationId: 'listEventRegistrations',
    method: 'get',
    path: '/v1/events/{eventId}/registrations',
    summary: 'Search registrations by name or phone, for manual check-in (organisers)',
    request: { params: Params, query: PageQuery.extend(ListRegistrationsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Registration), 'A page of registrations'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(
      await Events.listRegistrations(c.get('actor'), c.req.valid('param').eventId, query, { limit, cursor }),
      200,
    );
  },
);

eventRoutes.openapi(
  route({
    operationId: 'getEventAttendance',
    method: 'get',
    path: '/v1/events/{eventId}/attendance',
    summary: 'Exact attendance counts and the list with timestamps (organisers)',
    request: { params: Params, query: PageQuery.extend(ListRegistrationsQuery.shape) },
    responses: {
      200: jsonResponse(
        pageOf(Registration).extend({ eventId: z.string(), counts: AttendanceCounts }).openapi('Attendance'),
        'Counts and a page of registrations',
      ),
      ...errors(404),
    },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Events.attendance(c.get('actor'), c.req.valid('param').eventId, query, { limit, cursor }), 200);
  },
);

eventRoutes.openapi(
  route({
    operationId: 'checkIn',
    method: 'post',
    path: '/v1/events/{eventId}/check-ins',
    summary: 'Check in a scanned registration code (organisers)',
    description: 'A second scan is 409 `already_checked_in` with `checkedInAt`.',
    request: { params: Params, body: jsonBody(CheckInInput.openapi('CheckInInput')) },
    responses: { 200: jsonResponse(Registration, 'Checked in'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Events.checkIn(c.get('actor'), c.req.valid('param').eventId, c.req.valid('json').token), 200),
);

eventRoutes.openapi(
  route({
    operationId: 'checkInRegistration',
    method: 'post',
    path: '/v1/events/{eventId}/registrations/{registrationId}/check-in',
    summary: 'Check in someone found by name or phone (organisers)',
    description: 'For a code that will not scan. Exactly once, like a scan: a second time is 409 `already_checked_in`.',
    request: { params: RegistrationParams },
    responses: { 200: jsonResponse(Registration, 'Checked in'), ...errors(404, 409) },
  }),
  async (c) => {
    const { eventId, registrationId } = c.req.valid('param');
    return c.json(await Events.checkInRegistration(c.get('actor'), eventId, registrationId), 200);
  },
);

eventRoutes.openapi(
  route({
    operationId: 'annulCheckIn',
    method: 'post',
    path: '/v1/events/{eventId}/registrations/{registrationId}/annul-check-in',
    summary: 'Take back a check-in, with the reason (organisers; audited)',
    request: { params: RegistrationParams, body: jsonBody(AnnulCheckInInput.openapi('AnnulCheckInInput')) },
    responses: { 200: jsonResponse(Registration, 'No longer checked in'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { eventId, registrationId } = c.req.valid('param');
    return c.json(await Events.annulCheckIn(c.get('actor'), eventId, registrationId, c.req.valid('json').reason), 200);
  },
);

eventRoutes.openapi(
  route({
    operationId: 'admitFromWaitlist',
    method: 'post',
    path: '/v1/events/{eventId}/registrations/{registrationId}/admit-from-waitlist',
    summary: 'Seat and check in someone waiting who is at the door, with the reason (organisers; audited)',
    description:
      'One step, even when the event is full (`overCapacity: true` then). Exactly once: admitting someone no ' +
      'longer waiting is 409, `already_checked_in` with `checkedInAt` when they are in.',
    request: {
      params: RegistrationParams,
      body: jsonBody(AdmitFromWaitlistInput.openapi('AdmitFromWaitlistInput')),
    },
    responses: {
      200: jsonResponse(WaitlistAdmission.openapi('WaitlistAdmission'), 'Seated and checked in'),
      ...writeErrors(404, 409),
    },
  }),
  async (c) => {
    const { eventId, registrationId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return c.json(await Events.admitFromWaitlist(c.get('actor'), eventId, registrationId, reason), 200);
  },
);

eventRoutes.openapi(
  route({
    operationId: 'registerWalkIn',
    method: 'post',
    path: '/v1/events/{eventId}/walk-ins',
    summary: 'Register and check in someone at the door (organisers)',
    description: 'Walk-ins take a seat even when the event is full and count as registered and checked in.',
    middleware: [idempotent()] as const,
    request: { params: Params, headers: IdempotencyHeaders, body: jsonBody(RegistrationInput) },
    responses: { 201: jsonResponse(Registration, 'Registered and checked in'), ...writeErrors(404, 409, 422) },
  }),
  async (c) => c.json(await Events.walkIn(c.get('actor'), c.req.valid('param').eventId, c.req.valid('json')), 201),
);
