import { randomInt } from 'node:crypto';
import { Conversion } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { POLICY_AMOUNTS } from '../conversion.ts';
import { acceptedIntern, newCohort } from '../programme.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';

/**
 * Outcomes, the conversion dashboard and subsidy policies. Organisers do everything. A coordinator
 * reads their own university's outcomes, an intern their own; anyone else's outcome does not exist
 * for them (404). Mentors have no part in outcomes (403). `self` is the outcome of the world's
 * mentee (university A, the intern caller's own registration), `other` that of university B's intern.
 */

function outcomeReaders(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'mentor') return 403;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

const SELF_OTHER: Target[] = ['self', 'other'];

/** The outcome of the world's mentee or other intern, opened on first use (opening is idempotent). */
async function worldOutcome(world: World, target: Target) {
  const registrationId = target === 'self' ? world.programme.mentee : world.programme.otherIntern;
  return (await Conversion.open(SYSTEM, { registrationId })).outcome.outcomeId;
}

/** A fresh intern's outcome in a fresh cohort, so a successful write never touches shared state. */
async function newOutcome(world: World, onboarded = false) {
  const cohort = await newCohort();
  const intern = await acceptedIntern(cohort.cohortId, world.uniA.universityId);
  const { outcome } = await Conversion.open(SYSTEM, { registrationId: intern.registrationId });
  if (!onboarded) return outcome;
  return Conversion.transition(SYSTEM, outcome.outcomeId, {
    to: 'onboarded',
    on: '2025-07-01',
    version: outcome.version,
    employer: '矩阵用人单位',
  });
}

export const CONVERSION_EXPECTATIONS: Record<string, RouteExpectation> = {
  openOutcome: {
    targets: ['none'],
    request: async (world) => {
      const intern = await acceptedIntern((await newCohort()).cohortId, world.uniA.universityId);
      return { method: 'POST', path: '/v1/outcomes', body: { registrationId: intern.registrationId } };
    },
    expect: organisersOnly(201),
  },
  openCohortOutcomes: {
    targets: ['none'],
    request: async (world) => {
      const cohort = await newCohort();
      await acceptedIntern(cohort.cohortId, world.uniA.universityId);
      return { method: 'POST', path: '/v1/outcomes/open-cohort', body: { cohortId: cohort.cohortId } };
    },
    expect: organisersOnly(200),
  },
  // The list is filtered for coordinators, never refused.
  listOutcomes: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/outcomes?cohortId=${world.programme.cohortId}` }),
    expect: (caller) =>
      caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403,
  },
  getMyOutcome: {
    targets: ['none'],
    request: async (world) => {
      await worldOutcome(world, 'self');
      return { method: 'GET', path: '/v1/me/outcome' };
    },
    expect: (caller) =>
      caller === 'anonymous' ? 401 : caller === 'intern' ? 200 : caller === 'otherIntern' ? 404 : 403,
  },
  getOutcome: {
    targets: SELF_OTHER,
    request: async (world, target) => ({ method: 'GET', path: `/v1/outcomes/${await worldOutcome(world, target)}` }),
    expect: outcomeReaders,
  },
  getRetentionLedger: {
    targets: SELF_OTHER,
    request: async (world, target) => ({
      method: 'GET',
      path: `/v1/outcomes/${await worldOutcome(world, target)}/retention`,
    }),
    expect: outcomeReaders,
  },
  transitionOutcome: {
    targets: ['none'],
    request: async (world) => {
      const outcome = await newOutcome(world);
      return {
        method: 'POST',
        path: `/v1/outcomes/${outcome.outcomeId}/transitions`,
        body: { to: 'interested', on: '2025-05-01', version: outcome.version },
      };
    },
    expect: organisersOnly(200),
  },
  confirmRetention: {
    targets: ['none'],
    request: async (world) => {
      const outcome = await newOutcome(world, true);
      return {
        method: 'POST',
        path: `/v1/outcomes/${outcome.outcomeId}/retention`,
        body: { year: 1, confirmedOn: '2026-07-01', stillEmployed: true, employer: '矩阵用人单位' },
      };
    },
    expect: organisersOnly(201),
  },
  getFunnel: {
    targets: ['none'],
    request: (world) => ({
      method: 'GET',
      path: `/v1/dashboard/funnel?cohortId=${world.programme.cohortId}&by=university`,
    }),
    expect: organisersOnly(200),
  },
  getRetentionCurves: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/dashboard/retention' }),
    expect: organisersOnly(200),
  },
  getRecruitment: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/dashboard/recruitment' }),
    expect: organisersOnly(200),
  },
  getSubsidyForecast: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/dashboard/subsidy-forecast' }),
    expect: organisersOnly(200),
  },
  getAttribution: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/dashboard/attribution?by=trip' }),
    expect: organisersOnly(200),
  },
  exportConversion: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/dashboard/conversion.xlsx?cohortId=${world.programme.cohortId}` }),
    expect: organisersOnly(200),
  },
  listSubsidyPolicies: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/subsidy-policies' }),
    expect: organisersOnly(200),
  },
  createSubsidyPolicy: {
    targets: ['none'],
    request: () => {
      // A date no other case picks: one version per effective date.
      const on = new Date(Date.UTC(2100, 0, 1) + randomInt(0, 2_800_000) * 86_400_000).toISOString().slice(0, 10);
      return {
        method: 'POST',
        path: '/v1/subsidy-policies',
        body: { name: '矩阵政策版本', effectiveFrom: on, amounts: POLICY_AMOUNTS },
      };
    },
    expect: organisersOnly(201),
  },
};
