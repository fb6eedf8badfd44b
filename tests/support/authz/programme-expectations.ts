import { Cohorts } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { studentBody } from '../cohorts.ts';
import { acceptedRegistration, freshRegistration } from './cohort-world.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';

/**
 * Cohorts and cohort registrations. Organisers do everything. A coordinator sees the cohorts their
 * university takes part in and only their own university's registrations: another university's
 * registration, and a cohort theirs is not in, do not exist for them (404). Mentors and interns have
 * no part here (403).
 *
 * Targets: `self` is the world's cohort (universities A and B), `other` a cohort of university B
 * only; `universityA`/`universityB` are registrations of that university in the world's cohort.
 */

function cohortAccess(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'self' ? ok : 404;
    if (caller === 'coordinatorB') return ok;
    return 403;
  };
}

function ownUniversity(ok: number, otherwise = 404) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'universityA' ? ok : otherwise;
    if (caller === 'coordinatorB') return target === 'universityB' ? ok : otherwise;
    return 403;
  };
}

const COHORTS: Target[] = ['self', 'other'];
const UNIVERSITIES: Target[] = ['universityA', 'universityB'];
const cohortOf = (world: World, target: Target) =>
  target === 'self' ? world.cohorts.cohortId : world.cohorts.cohortBOnly;
const universityOf = (world: World, target: Target) =>
  (target === 'universityA' ? world.uniA : world.uniB).universityId;
const registrationsPath = (world: World) => `/v1/cohorts/${world.cohorts.cohortId}/registrations`;

const freshCohort = () =>
  Cohorts.create(SYSTEM, {
    name: '矩阵临时批次',
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: '2030-05-01T00:00:00+08:00',
    registrationClosesAt: '2030-06-30T23:59:59+08:00',
  });

export const PROGRAMME_EXPECTATIONS: Record<string, RouteExpectation> = {
  createCohort: {
    targets: ['none'],
    request: (world) => ({
      method: 'POST',
      path: '/v1/cohorts',
      body: {
        name: '矩阵批次',
        startsOn: '2030-08-01',
        endsOn: '2030-08-31',
        registrationOpensAt: '2030-05-01T00:00:00+08:00',
        registrationClosesAt: '2030-06-30T23:59:59+08:00',
        universities: [{ universityId: world.uniA.universityId, quota: 3 }],
      },
    }),
    expect: organisersOnly(201),
  },
  listCohorts: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/cohorts' }),
    expect: (caller) =>
      caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403,
  },
  getCohort: {
    targets: COHORTS,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${cohortOf(world, target)}` }),
    expect: cohortAccess(200),
  },
  getCohortSummary: {
    targets: COHORTS,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${cohortOf(world, target)}/summary` }),
    expect: cohortAccess(200),
  },
  updateCohort: {
    targets: ['none'],
    request: async () => ({
      method: 'PATCH',
      path: `/v1/cohorts/${(await freshCohort()).cohortId}`,
      body: { version: 1, name: '矩阵改名' },
    }),
    expect: organisersOnly(200),
  },
  transitionCohort: {
    targets: ['none'],
    request: async () => ({
      method: 'POST',
      path: `/v1/cohorts/${(await freshCohort()).cohortId}/transitions`,
      body: { to: 'registration_open' },
    }),
    expect: organisersOnly(200),
  },
  listCohortRegistrations: {
    targets: COHORTS,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${cohortOf(world, target)}/registrations` }),
    expect: cohortAccess(200),
  },
  registerForCohort: {
    targets: UNIVERSITIES,
    request: (world, target) => ({
      method: 'POST',
      path: registrationsPath(world),
      body: studentBody({ universityId: universityOf(world, target) }),
    }),
    // A coordinator naming another university is refused outright: they know it exists.
    expect: ownUniversity(201, 403),
  },
  getCohortRegistration: {
    targets: UNIVERSITIES,
    request: (world, target) => ({
      method: 'GET',
      path:
        `${registrationsPath(world)}` +
        `/${target === 'universityA' ? world.cohorts.registrationA : world.cohorts.registrationB}`,
    }),
    expect: ownUniversity(200),
  },
  decideCohortRegistrations: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({
      method: 'POST',
      path: `${registrationsPath(world)}/decisions`,
      body: {
        registrationIds: [await freshRegistration(world.cohorts.cohortId, universityOf(world, target))],
        decision: 'waitlisted',
        reason: '矩阵',
      },
    }),
    expect: organisersOnly(200),
  },
  confirmCohortRegistration: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({
      method: 'POST',
      path:
        `${registrationsPath(world)}` +
        `/${await acceptedRegistration(world.cohorts.cohortId, universityOf(world, target))}/confirm`,
    }),
    expect: ownUniversity(200),
  },
  withdrawCohortRegistration: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({
      method: 'POST',
      path:
        `${registrationsPath(world)}` +
        `/${await freshRegistration(world.cohorts.cohortId, universityOf(world, target))}/withdraw`,
      body: { reason: '矩阵' },
    }),
    expect: ownUniversity(200),
  },
};
