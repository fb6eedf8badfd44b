/**
 * Host units, projects and mentors: organisers do everything; a mentor reads their own mentees and
 * another mentor's list does not exist for them. Also the fresh objects that successful writes use
 * (here and in placement-expectations.ts), so they never change the world's shared ones.
 */
import { uniqueEmail } from '../accounts.ts';
import { newHostUnit, newMentor, newProject } from '../programme.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';

export const SELF_OTHER: Target[] = ['self', 'other'];

/** A fresh project of the world's unit, so successful placements never use up shared seats. */
export const freshProject = (world: World) =>
  newProject(world.programme.hostUnitId, world.programme.cohortId, { seats: 3 });

/**
 * Fresh objects cost several writes each; only callers who will change them need their own. Everyone
 * else is refused before anything is read, so the world's objects (valid ids) do for them.
 */
export const writes = (caller: Caller) => isOrganiser(caller);

export const HOST_UNIT_EXPECTATIONS: Record<string, RouteExpectation> = {
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
};
