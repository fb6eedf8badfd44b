import { createInvitedAccount, Universities, Users } from '@aksu/core';
import { SYSTEM, uniqueEmail, uniqueSuffix } from '../accounts.ts';
import { newEvent, newTrip, person } from '../events.ts';
import { checkedIn, freshPartnership, register, victim, type Caller, type World } from './fixtures.ts';
import { CONVERSION_EXPECTATIONS } from './conversion-expectations.ts';
import { IMPORT_EXPECTATIONS } from './import-expectations.ts';
import { LEADS_EXPORT_EXPECTATIONS } from './leads-export-expectations.ts';
import { LOGS_STIPENDS_EXPECTATIONS } from './logs-stipends-expectations.ts';
import { PLACEMENT_EXPECTATIONS } from './placement-expectations.ts';
import { PROGRAMME_EXPECTATIONS } from './programme-expectations.ts';
import { ATTENDANCE_EXPECTATIONS } from './attendance-expectations.ts';
import { ACCOUNT_EXPECTATIONS } from './account-expectations.ts';
import { NOTIFICATION_EXPECTATIONS } from './notification-expectations.ts';
import { REGISTRANT_EXPECTATIONS } from './registrant-expectations.ts';

/** What one case sends. */
export interface Request {
  method: string;
  path: string;
  body?: unknown;
  /** Sent instead of the caller's own token, for routes that end the caller's sessions. */
  token?: string;
}

/**
 * The objects a route is tried against, seen from the caller: their own object, one of the same
 * university, one of another university, another intern's.
 */
export type Target = 'none' | 'self' | 'other' | 'universityA' | 'universityB';

export interface RouteExpectation {
  targets: Target[];
  /** Builds the request afresh for each case, so writes that succeed never affect other cases. */
  request(world: World, target: Target, caller: Caller): Promise<Request> | Request;
  /** The exact status the caller must get for the target. */
  expect(caller: Caller, target: Target): number;
  /** Writes to the shared universities carry a version, so their cases must not overlap. */
  serial?: boolean;
}

const ORGANISERS: Caller[] = ['organiser', 'organiserPlain'];
const isOrganiser = (c: Caller) => ORGANISERS.includes(c);

const organisersOnly = (ok: number) => (caller: Caller) => (caller === 'anonymous' ? 401 : isOrganiser(caller) ? ok : 403);
const adminOnly = (ok: number) => (caller: Caller) => (caller === 'anonymous' ? 401 : caller === 'organiser' ? ok : 403);
const anyoneSignedIn = (ok: number) => (caller: Caller) => (caller === 'anonymous' ? 401 : ok);

/** University A and B as seen by each caller: a coordinator's other university does not exist for them. */
function universityAccess(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'universityA' ? ok : 404;
    if (caller === 'coordinatorB') return target === 'universityB' ? ok : 404;
    return 403;
  };
}

const uniId = (world: World, target: Target) => (target === 'universityA' ? world.uniA : world.uniB).universityId;
const partnershipId = (world: World, target: Target) =>
  (target === 'universityA' ? world.partnershipA : world.partnershipB).partnershipId;
const organisersAndCoordinators = (ok: number) => (caller: Caller) =>
  caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? ok : 403;
const BOTH: Target[] = ['universityA', 'universityB'];
const eventOf = (world: World, target: Target) => (target === 'universityA' ? world.eventA : world.eventB);

/** Every operation of the API, by operationId. A route without an entry fails the matrix. */
export const EXPECTATIONS: Record<string, RouteExpectation> = {
  ...CONVERSION_EXPECTATIONS,
  ...IMPORT_EXPECTATIONS,
  ...LEADS_EXPORT_EXPECTATIONS,
  ...LOGS_STIPENDS_EXPECTATIONS,
  ...PLACEMENT_EXPECTATIONS,
  ...PROGRAMME_EXPECTATIONS,
  ...ATTENDANCE_EXPECTATIONS,
  ...ACCOUNT_EXPECTATIONS,
  ...NOTIFICATION_EXPECTATIONS,
  ...REGISTRANT_EXPECTATIONS,
  getHealth: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/health' }),
    expect: () => 200,
  },
  login: {
    targets: ['none'],
    request: async () => {
      const email = uniqueEmail('login');
      const { invitationCode } = await createInvitedAccount(SYSTEM, { email, name: '登录', role: 'organiser' });
      await Users.activate({ code: invitationCode, password: 'matrix-pass-1' }, 'x');
      return { method: 'POST', path: '/v1/auth/login', body: { email, password: 'matrix-pass-1' } };
    },
    expect: () => 200,
  },
  activateAccount: {
    targets: ['none'],
    request: async () => {
      const { invitationCode } = await createInvitedAccount(SYSTEM, { email: uniqueEmail('act'), name: '激活', role: 'organiser' });
      return { method: 'POST', path: '/v1/auth/activate', body: { code: invitationCode, password: 'matrix-pass-1' } };
    },
    expect: () => 200,
  },
  getMe: {
    targets: ['self'],
    request: () => ({ method: 'GET', path: '/v1/me' }),
    expect: anyoneSignedIn(200),
  },
  createUser: {
    targets: ['none'],
    request: () => ({ method: 'POST', path: '/v1/users', body: { email: uniqueEmail('new'), name: '新人', role: 'organiser' } }),
    expect: adminOnly(201),
  },
  listUsers: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/users' }),
    expect: organisersOnly(200),
  },
  getUser: {
    targets: ['self', 'other'],
    request: (world, target, caller) => {
      const self = caller === 'anonymous' ? world.accounts.intern : world.accounts[caller];
      const other = caller === 'organiser' ? world.accounts.organiserPlain : world.accounts.organiser;
      return { method: 'GET', path: `/v1/users/${(target === 'self' ? self : other).user.userId}` };
    },
    expect: (caller, target) => (caller === 'anonymous' ? 401 : target === 'self' || isOrganiser(caller) ? 200 : 403),
  },
  disableUser: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/disable` }),
    expect: adminOnly(200),
  },
  enableUser: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/enable` }),
    expect: adminOnly(200),
  },
  createUniversity: {
    targets: ['none'],
    request: () => ({ method: 'POST', path: '/v1/universities', body: { name: `矩阵大学${uniqueSuffix()}`, city: '北京', province: '北京' } }),
    expect: organisersOnly(201),
  },
  listUniversities: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/universities' }),
    expect: (caller) => (caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403),
  },
  getUniversity: {
    targets: ['universityA', 'universityB'],
    request: (world, target) => ({ method: 'GET', path: `/v1/universities/${uniId(world, target)}` }),
    expect: universityAccess(200),
  },
  updateUniversity: {
    targets: ['universityA', 'universityB'],
    request: async (world, target) => {
      const current = await Universities.get(SYSTEM, uniId(world, target));
      return {
        method: 'PATCH',
        path: `/v1/universities/${current.universityId}`,
        body: { version: current.version, contacts: current.contacts },
      };
    },
    expect: universityAccess(200),
    serial: true,
  },
  inviteCoordinator: {
    targets: ['universityA', 'universityB'],
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/universities/${uniId(world, target)}/coordinators`,
      body: { name: '受邀人', email: uniqueEmail('invitee') },
    }),
    expect: adminOnly(201),
  },
  listUniversityAccounts: {
    targets: ['universityA', 'universityB'],
    request: (world, target) => ({ method: 'GET', path: `/v1/universities/${uniId(world, target)}/coordinators` }),
    expect: organisersOnly(200),
  },
  createPartnership: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'POST',
      path: '/v1/partnerships',
      body: { universityId: uniId(world, target), title: '新合作', type: 'teacher_exchange' },
    }),
    expect: organisersOnly(201),
  },
  listPartnerships: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/partnerships' }),
    expect: organisersAndCoordinators(200),
  },
  getPartnershipReminders: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/partnerships/reminders' }),
    expect: organisersOnly(200),
  },
  getPartnership: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/partnerships/${partnershipId(world, target)}` }),
    expect: universityAccess(200),
  },
  updatePartnership: {
    targets: BOTH,
    request: async (world, target) => ({
      method: 'PATCH',
      path: `/v1/partnerships/${(await freshPartnership(world, target as 'universityA')).partnershipId}`,
      body: { version: 1, notes: '矩阵' },
    }),
    expect: organisersOnly(200),
  },
  transitionPartnership: {
    targets: BOTH,
    request: async (world, target) => ({
      method: 'POST',
      path: `/v1/partnerships/${(await freshPartnership(world, target as 'universityA')).partnershipId}/transitions`,
      body: { to: 'negotiating' },
    }),
    expect: organisersOnly(200),
  },
  listPartnershipActivities: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/partnerships/${partnershipId(world, target)}/activities` }),
    expect: universityAccess(200),
  },
  createUniversityActivity: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/universities/${uniId(world, target)}/activities`,
      body: { kind: 'note', on: '2024-06-01', title: '矩阵记录' },
    }),
    expect: organisersOnly(201),
  },
  listUniversityActivities: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/universities/${uniId(world, target)}/activities` }),
    expect: universityAccess(200),
  },
  createTrip: {
    targets: ['none'],
    request: () => ({ method: 'POST', path: '/v1/trips', body: { title: '矩阵行程', startDate: '2024-03-01', endDate: '2024-03-05' } }),
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
    request: async (world) => ({ method: 'PATCH', path: `/v1/trips/${(await newTrip([world.uniA.universityId])).tripId}`, body: { version: 1, notes: '矩阵' } }),
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
    request: async (world) => ({ method: 'PATCH', path: `/v1/events/${(await newEvent(world.trip)).eventId}`, body: { version: 1, outcomeNotes: '矩阵' } }),
    expect: organisersOnly(200),
  },
  listEventRegistrations: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/events/${eventOf(world, target).eventId}/registrations?q=139` }),
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
    request: (world, target) => ({ method: 'GET', path: `/v1/events/${eventOf(world, target).eventId}/attendance.xlsx` }),
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
      path: `/v1/events/${world.eventA.eventId}/registrations/${(await register(world.eventA, world.uniA)).registrationId}/check-in`,
    }),
    expect: organisersOnly(200),
  },
  annulCheckIn: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/events/${world.eventA.eventId}/registrations/${(await checkedIn(world)).registrationId}/annul-check-in`,
      body: { reason: '扫错了人' },
    }),
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
    request: (world) => ({ method: 'POST', path: `/v1/public/events/${world.eventA.eventId}/registrations`, body: person() }),
    expect: () => 201,
  },
  listLeads: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/leads' }),
    expect: organisersAndCoordinators(200),
  },
  getLead: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/leads/${target === 'universityA' ? world.leadA : world.leadB}` }),
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
  listAuditEntries: {
    targets: ['universityA'],
    request: (world) => ({ method: 'GET', path: `/v1/audit?entityType=university&entityId=${world.uniA.universityId}` }),
    expect: organisersOnly(200),
  },
};

/** Variants that probe a second rule on a route already listed: the fields a coordinator may not change. */
export const VARIANTS: Record<string, RouteExpectation & { operationId: string }> = {
  'updateUniversity:reservedFields': {
    operationId: 'updateUniversity',
    targets: ['universityA'],
    request: async (world) => {
      const current = await Universities.get(SYSTEM, world.uniA.universityId);
      return { method: 'PATCH', path: `/v1/universities/${current.universityId}`, body: { version: current.version, tags: ['985'] } };
    },
    expect: (caller) => (caller === 'anonymous' ? 401 : isOrganiser(caller) ? 200 : caller === 'coordinatorA' ? 403 : caller === 'coordinatorB' ? 404 : 403),
    serial: true,
  },
};
