import { Placements } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { newMentor, registeredIntern } from '../programme.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';
import { freshProject, HOST_UNIT_EXPECTATIONS, SELF_OTHER, writes } from './host-unit-expectations.ts';

/**
 * Placements, with the host units, projects and mentors of host-unit-expectations.ts. Organisers
 * do everything. A coordinator reads their own university's placements; a mentor reads their own
 * mentees; an intern their own placement; any other placement does not exist for them. `self` is the world's mentee (university A, the
 * mentor's, the intern's own); `other` is an intern of university B with another mentor.
 */

function placementReaders(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'mentor' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

const placedId = (world: World, target: Target) =>
  target === 'self' ? world.programme.mentee : world.programme.otherIntern;

async function freshPlacement(world: World) {
  const project = await freshProject(world);
  const registrationId = await freshIntern(world);
  await Placements.place(SYSTEM, world.programme.cohortId, { registrationId, projectId: project.projectId });
  return registrationId;
}

/** An accepted intern of university A in the world's cohort, registered and accepted for real. */
const freshIntern = async (world: World) =>
  (await registeredIntern(world.programme.cohortId, world.uniA.universityId)).registrationId;

export const PLACEMENT_EXPECTATIONS: Record<string, RouteExpectation> = {
  ...HOST_UNIT_EXPECTATIONS,
  placeIntern: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const [projectId, registrationId] = writes(caller)
        ? await Promise.all([freshProject(world).then((p) => p.projectId), freshIntern(world)])
        : [world.programme.projectId, world.programme.mentee];
      return {
        method: 'POST',
        path: `/v1/cohorts/${world.programme.cohortId}/placements`,
        body: { registrationId, projectId },
      };
    },
    expect: organisersOnly(201),
  },
  // Coordinators read their own university's placements (the list is filtered, never refused).
  listCohortPlacements: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/placements` }),
    expect: (caller) =>
      caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403,
  },
  listUnplacedInterns: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/unplaced-interns` }),
    expect: organisersOnly(200),
  },
  getPlacementSuggestions: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/placement-suggestions` }),
    expect: organisersOnly(200),
  },
  acceptPlacementSuggestions: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const [projectId, registrationId] = writes(caller)
        ? await Promise.all([freshProject(world).then((p) => p.projectId), freshIntern(world)])
        : [world.programme.projectId, world.programme.mentee];
      return {
        method: 'POST',
        path: `/v1/cohorts/${world.programme.cohortId}/placement-suggestions/accept`,
        body: { items: [{ registrationId, projectId }] },
      };
    },
    expect: organisersOnly(200),
  },
  getPlacement: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/placements/${placedId(world, target)}` }),
    expect: placementReaders,
  },
  getAcceptanceLetter: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/placements/${placedId(world, target)}/letter` }),
    expect: placementReaders,
  },
  movePlacement: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const [registrationId, projectId] = writes(caller)
        ? await Promise.all([freshPlacement(world), freshProject(world).then((p) => p.projectId)])
        : [world.programme.mentee, world.programme.projectId];
      return { method: 'POST', path: `/v1/placements/${registrationId}/move`, body: { projectId } };
    },
    expect: organisersOnly(200),
  },
  releasePlacement: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'POST',
      path: `/v1/placements/${writes(caller) ? await freshPlacement(world) : world.programme.mentee}/release`,
    }),
    expect: organisersOnly(200),
  },
  assignMentor: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const [registrationId, mentorId] = writes(caller)
        ? await Promise.all([
            freshPlacement(world),
            newMentor(world.programme.hostUnitId).then((m) => m.mentor.mentorId),
          ])
        : [world.programme.mentee, world.programme.mentorId];
      return { method: 'POST', path: `/v1/placements/${registrationId}/mentor`, body: { mentorId } };
    },
    expect: organisersOnly(200),
  },
};
