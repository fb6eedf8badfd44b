import { Placements } from '@aksu/core';
import { SYSTEM, uniqueEmail } from '../accounts.ts';
import { newHostUnit, newMentor, newProject, registeredIntern } from '../programme.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';

/**
 * Host units, projects, mentors and placements. Organisers do everything. A coordinator reads their
 * own university's placements; a mentor reads their own mentees; an intern their own placement;
 * any other placement does not exist for them. `self` is the world's mentee (university A, the
 * mentor's, the intern's own); `other` is an intern of university B with another mentor.
 */

function placementReaders(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'mentor' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

const SELF_OTHER: Target[] = ['self', 'other'];
const placedId = (world: World, target: Target) =>
  target === 'self' ? world.programme.mentee : world.programme.otherIntern;

/** A fresh project of the world's unit, so successful placements never use up shared seats. */
const freshProject = (world: World) => newProject(world.programme.hostUnitId, world.programme.cohortId, { seats: 3 });

/**
 * Fresh objects cost several writes each; only callers who will change them need their own. Everyone
 * else is refused before anything is read, so the world's objects (valid ids) do for them.
 */
const writes = (caller: Caller) => isOrganiser(caller);

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
  createHostUnit: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/host-units',
      body: {
        name: '矩阵实践单位',
        kind: 'hospital',
        cluster: 'digital_economy',
        county: 'wensu',
        address: '温宿县1号',
        contact: { name: '联系人', phone: '13800001111' },
      },
    }),
    expect: organisersOnly(201),
  },
  listHostUnits: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/host-units?cluster=textile_apparel&kind=enterprise' }),
    expect: organisersOnly(200),
  },
  getHostUnit: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/host-units/${world.programme.hostUnitId}` }),
    expect: organisersOnly(200),
  },
  updateHostUnit: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'PATCH',
      path: `/v1/host-units/${writes(caller) ? (await newHostUnit()).hostUnitId : world.programme.hostUnitId}`,
      body: { version: 1, address: '矩阵路2号' },
    }),
    expect: organisersOnly(200),
  },
  createProject: {
    targets: ['none'],
    request: (world) => ({
      method: 'POST',
      path: `/v1/host-units/${world.programme.hostUnitId}/projects`,
      body: {
        cohortId: world.programme.cohortId,
        title: '矩阵岗位',
        description: '说明',
        seats: 2,
        supervisor: { name: '主管' },
      },
    }),
    expect: organisersOnly(201),
  },
  listHostUnitProjects: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/host-units/${world.programme.hostUnitId}/projects` }),
    expect: organisersOnly(200),
  },
  listCohortProjects: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/projects` }),
    expect: organisersOnly(200),
  },
  getProject: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/projects/${world.programme.projectId}` }),
    expect: organisersOnly(200),
  },
  updateProject: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'PATCH',
      path: `/v1/projects/${writes(caller) ? (await freshProject(world)).projectId : world.programme.projectId}`,
      body: { version: 1, seats: 4 },
    }),
    expect: organisersOnly(200),
  },
  listProjectInterns: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/projects/${world.programme.projectId}/interns` }),
    expect: organisersOnly(200),
  },
  createMentor: {
    targets: ['none'],
    request: (world) => ({
      method: 'POST',
      path: '/v1/mentors',
      body: {
        hostUnitId: world.programme.hostUnitId,
        name: '矩阵导师',
        title: '工程师',
        phone: '13800002222',
        email: uniqueEmail('mentor'),
        maxMentees: 2,
      },
    }),
    expect: organisersOnly(201),
  },
  listMentors: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/mentors?hostUnitId=${world.programme.hostUnitId}` }),
    expect: organisersOnly(200),
  },
  getMentor: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/mentors/${world.programme.mentorId}` }),
    expect: organisersOnly(200),
  },
  updateMentor: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'PATCH',
      path:
        '/v1/mentors' +
        `/${writes(caller) ? (await newMentor(world.programme.hostUnitId)).mentor.mentorId : world.programme.mentorId}`,
      body: { version: 1, maxMentees: 5 },
    }),
    expect: organisersOnly(200),
  },
  // A mentor reads their own mentees; another mentor's list does not exist for them.
  listMentorMentees: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/mentors/${target === 'self' ? world.programme.mentorId : world.programme.otherMentorId}/mentees`,
    }),
    expect: (caller, target) =>
      caller === 'anonymous'
        ? 401
        : isOrganiser(caller)
          ? 200
          : caller === 'mentor'
            ? target === 'self'
              ? 200
              : 404
            : 403,
  },
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
