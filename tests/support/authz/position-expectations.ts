import { newAnnouncement, newEmployer, newPosition, positionBody } from '../positions.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { organisersOnly, unitScoped } from './callers.ts';
import { writes } from './host-unit-expectations.ts';

/**
 * Recruitment: organisers manage employers, positions and notices; coordinators, mentors and interns
 * are refused. The reviewer reads its own unit's positions only: the list is its unit's, and these
 * positions, another unit's, are 404 to it (its own unit's in reviewer-expectations.ts). The public reads answer everyone alike, signed in or not: a published position or
 * notice (`self`) is 200, a draft one (`other`) 404.
 */
interface Shared {
  employerId: string;
  published: string;
  draft: string;
  announcementId: string;
  slug: string;
  draftSlug: string;
}

let shared: Promise<Shared> | undefined;
/** Built once, on the first case that needs it, from the world's host unit. */
function sharedOf(world: World): Promise<Shared> {
  shared ??= (async () => {
    const employer = await newEmployer();
    const published = await newPosition(world.programme.hostUnitId);
    const draft = await newPosition(employer.employerId, {}, { draft: true });
    const announcement = await newAnnouncement([published.positionId, draft.positionId]);
    const draftAnnouncement = await newAnnouncement([draft.positionId], { draft: true });
    return {
      employerId: employer.employerId,
      published: published.positionId,
      draft: draft.positionId,
      announcementId: announcement.announcementId,
      slug: announcement.slug,
      draftSlug: draftAnnouncement.slug,
    };
  })();
  return shared;
}

const PUBLISHED_OR_DRAFT: Target[] = ['self', 'other'];
const publicRead = (_caller: Caller, target: Target) => (target === 'self' ? 200 : 404);

export const POSITION_EXPECTATIONS: Record<string, RouteExpectation> = {
  createEmployer: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/employers',
      body: { name: '矩阵用人单位', sector: '石油化工', county: 'kuqa' },
    }),
    expect: organisersOnly(201),
  },
  listEmployers: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/employers' }),
    expect: organisersOnly(200),
  },
  getEmployer: {
    targets: ['none'],
    request: async (world) => ({ method: 'GET', path: `/v1/employers/${(await sharedOf(world)).employerId}` }),
    expect: organisersOnly(200),
  },
  updateEmployer: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'PATCH',
      path: `/v1/employers/${writes(caller) ? (await newEmployer()).employerId : (await sharedOf(world)).employerId}`,
      body: { version: 1, sector: '新能源' },
    }),
    expect: organisersOnly(200),
  },
  createPosition: {
    targets: ['none'],
    request: (world) => ({ method: 'POST', path: '/v1/positions', body: positionBody(world.programme.hostUnitId) }),
    expect: organisersOnly(201),
  },
  listPositions: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/positions?status=published' }),
    expect: (caller) => unitScoped(200)(caller, 'self'),
  },
  getPosition: {
    targets: ['none'],
    request: async (world) => ({ method: 'GET', path: `/v1/positions/${(await sharedOf(world)).published}` }),
    expect: unitScoped(200),
  },
  updatePosition: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'PATCH',
      path: `/v1/positions/${
        writes(caller)
          ? (await newPosition(world.programme.hostUnitId, {}, { draft: true })).positionId
          : (await sharedOf(world)).draft
      }`,
      body: { version: 1, headcount: 5 },
    }),
    expect: organisersOnly(200),
  },
  transitionPosition: {
    targets: ['none'],
    request: async (world, _target, caller) => ({
      method: 'POST',
      path: `/v1/positions/${
        writes(caller)
          ? (await newPosition(world.programme.hostUnitId, {}, { draft: true })).positionId
          : (await sharedOf(world)).draft
      }/transitions`,
      body: { to: 'published', version: 1 },
    }),
    expect: organisersOnly(200),
  },
  createAnnouncement: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: '/v1/announcements',
      body: { title: '矩阵公告', body: '正文', positionIds: [(await sharedOf(world)).published] },
    }),
    expect: organisersOnly(201),
  },
  listAnnouncements: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/announcements?status=published' }),
    expect: organisersOnly(200),
  },
  getAnnouncement: {
    targets: ['none'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/announcements/${(await sharedOf(world)).announcementId}`,
    }),
    expect: organisersOnly(200),
  },
  getPositionApplicationsXlsx: {
    targets: ['none'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/positions/${(await sharedOf(world)).published}/applications.xlsx`,
    }),
    expect: unitScoped(200),
  },
  getAnnouncementApplicationsXlsx: {
    targets: ['none'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/announcements/${(await sharedOf(world)).announcementId}/applications.xlsx`,
    }),
    expect: organisersOnly(200),
  },
  updateAnnouncement: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const { published, announcementId } = await sharedOf(world);
      const id = writes(caller) ? (await newAnnouncement([published], { draft: true })).announcementId : announcementId;
      return { method: 'PATCH', path: `/v1/announcements/${id}`, body: { version: 1, title: '矩阵公告（修订）' } };
    },
    expect: organisersOnly(200),
  },
  transitionAnnouncement: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const { published, announcementId } = await sharedOf(world);
      const id = writes(caller) ? (await newAnnouncement([published], { draft: true })).announcementId : announcementId;
      return { method: 'POST', path: `/v1/announcements/${id}/transitions`, body: { to: 'published', version: 1 } };
    },
    expect: organisersOnly(200),
  },
  listPublicPositions: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/public/positions?degreeLevel=master&postKind=career_establishment' }),
    expect: () => 200,
  },
  getPublicPosition: {
    targets: PUBLISHED_OR_DRAFT,
    request: async (world, target) => {
      const { published, draft } = await sharedOf(world);
      return { method: 'GET', path: `/v1/public/positions/${target === 'self' ? published : draft}` };
    },
    expect: publicRead,
  },
  getPublicAnnouncement: {
    targets: PUBLISHED_OR_DRAFT,
    request: async (world, target) => {
      const { slug, draftSlug } = await sharedOf(world);
      return { method: 'GET', path: `/v1/public/announcements/${target === 'self' ? slug : draftSlug}` };
    },
    expect: publicRead,
  },
};
