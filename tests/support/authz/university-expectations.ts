import { Universities } from '@aksu/core';
import { SYSTEM, uniqueEmail, uniqueSuffix } from '../accounts.ts';
import {
  adminOnly,
  BOTH,
  isOrganiser,
  organisersAndCoordinators,
  organisersOnly,
  partnershipId,
  uniId,
  universityAccess,
} from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import { freshPartnership } from './fixtures.ts';

/**
 * Universities, their coordinators, partnerships and activities. A coordinator's other university
 * does not exist for them (404).
 */
export const UNIVERSITY_EXPECTATIONS: Record<string, RouteExpectation> = {
  createUniversity: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/universities',
      body: { name: `矩阵大学${uniqueSuffix()}`, city: '北京', province: '北京' },
    }),
    expect: organisersOnly(201),
  },
  listUniversities: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/universities' }),
    expect: (caller) =>
      caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403,
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
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/partnerships/${partnershipId(world, target)}/activities`,
    }),
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
};
