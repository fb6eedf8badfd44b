import { newEvent, newTrip, person } from '../events.ts';
import { BOTH, eventOf, organisersAndCoordinators, organisersOnly, uniId, universityAccess } from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import { checkedIn, register } from './fixtures.ts';

/** Trips, campus events with their door check-in and public sign-up, and the leads they collect. */
export const EVENT_EXPECTATIONS: Record<string, RouteExpectation> = {
  createTrip: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/trips',
      body: { title: '矩阵行程', startDate: '2024-03-01', endDate: '2024-03-05' },
    }),
    expect: organisersOnly(201),
  },
  listTrips: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/trips' }),
    expect: organisersOnly(200),
  },
  // Trips are the office's planning records (budgets, delegations): coordinators are refused, not hidden.
  getTrip: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/trips/${world.trip.tripId}` }),
    expect: organisersOnly(200),
  },
  updateTrip: {
    targets: ['none'],
    request: async (world) => ({
      method: 'PATCH',
      path: `/v1/trips/${(await newTrip([world.uniA.universityId])).tripId}`,
      body: { version: 1, notes: '矩阵' },
    }),
    expect: organisersOnly(200),
  },
  getTripReport: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/trips/${world.trip.tripId}/report` }),
    expect: organisersOnly(200),
  },
  getTripReportXlsx: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/trips/${world.trip.tripId}/report.xlsx` }),
    expect: organisersOnly(200),
  },
  createEvent: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/trips/${world.trip.tripId}/events`,
      body: {
        stopId: world.trip.stops[0]!.stopId,
        universityId: uniId(world, target),
        kind: 'symposium',
        title: '矩阵座谈会',
        venue: '会议室',
        startsAt: '2030-03-12T09:00:00+08:00',
        capacity: 30,
      },
    }),
    expect: organisersOnly(201),
  },
  listTripEvents: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/trips/${world.trip.tripId}/events` }),
    expect: organisersOnly(200),
  },
  getEvent: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/events/${eventOf(world, target).eventId}` }),
    expect: organisersOnly(200),
  },
  updateEvent: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'PATCH',
      path: `/v1/events/${(await newEvent(world.trip)).eventId}`,
      body: { version: 1, outcomeNotes: '矩阵' },
    }),
    expect: organisersOnly(200),
  },
  listEventRegistrations: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/events/${eventOf(world, target).eventId}/registrations?q=139`,
    }),
    expect: organisersOnly(200),
  },
  getEventAttendance: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/events/${eventOf(world, target).eventId}/attendance` }),
    expect: organisersOnly(200),
  },
  // The sheet carries full phone numbers: organisers only, like the paged list.
  getEventAttendanceXlsx: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/events/${eventOf(world, target).eventId}/attendance.xlsx`,
    }),
    expect: organisersOnly(200),
  },
  checkIn: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/events/${world.eventA.eventId}/check-ins`,
      body: { token: (await register(world.eventA, world.uniA)).checkInToken },
    }),
    expect: organisersOnly(200),
  },
  checkInRegistration: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path:
        `/v1/events/${world.eventA.eventId}/registrations` +
        `/${(await register(world.eventA, world.uniA)).registrationId}/check-in`,
    }),
    expect: organisersOnly(200),
  },
  annulCheckIn: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path:
        `/v1/events/${world.eventA.eventId}/registrations` +
        `/${(await checkedIn(world)).registrationId}/annul-check-in`,
      body: { reason: '扫错了人' },
    }),
    expect: organisersOnly(200),
  },
  admitFromWaitlist: {
    targets: ['universityA'],
    request: async (world) => {
      // A full event of university A, so the sign-up waits.
      const full = await newEvent(world.trip, { capacity: 0 });
      return {
        method: 'POST',
        path:
          `/v1/events/${full.eventId}/registrations/${(await register(full, world.uniA)).registrationId}` +
          '/admit-from-waitlist',
        body: { reason: '现场有空位' },
      };
    },
    expect: organisersOnly(200),
  },
  registerWalkIn: {
    targets: ['universityA'],
    request: (world) => ({ method: 'POST', path: `/v1/events/${world.eventA.eventId}/walk-ins`, body: person() }),
    expect: organisersOnly(201),
  },
  // The registration page is public: everyone, signed in or not, gets the same answer.
  getPublicEvent: {
    targets: ['universityA'],
    request: (world) => ({ method: 'GET', path: `/v1/public/events/${world.eventA.eventId}` }),
    expect: () => 200,
  },
  registerForEvent: {
    targets: ['universityA'],
    request: (world) => ({
      method: 'POST',
      path: `/v1/public/events/${world.eventA.eventId}/registrations`,
      body: person(),
    }),
    expect: () => 201,
  },
  listLeads: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/leads' }),
    expect: organisersAndCoordinators(200),
  },
  getLead: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/leads/${target === 'universityA' ? world.leadA : world.leadB}`,
    }),
    expect: universityAccess(200),
  },
  inviteLead: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/leads/${target === 'universityA' ? world.leadA : world.leadB}/invitations`,
      body: { kind: 'summer_programme', note: '矩阵邀请' },
    }),
    expect: organisersOnly(201),
  },
  getUniversityOutcomes: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/universities/${uniId(world, target)}/outcomes` }),
    expect: universityAccess(200),
  },
};
