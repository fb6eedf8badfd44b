import { Applications } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { newApplication } from '../applications.ts';
import { newPosition } from '../positions.ts';
import { unitScoped } from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';

/**
 * The reviewer's own unit: the routes of positions and applications again, on a position of the
 * reviewer's employer (`self`), where organisers and the reviewer get the answer and everyone else
 * 403; and the list asked for another unit, which is 404 to the reviewer. The other unit's records
 * are the base expectations' (position-expectations.ts, application-expectations.ts).
 */
interface Own {
  positionId: string;
  applicationId: string;
}

let own: Promise<Own> | undefined;
function ownOf(world: World): Promise<Own> {
  own ??= (async () => {
    const { positionId } = await newPosition(world.reviewerUnit, { headcount: 50 });
    const { applicationId } = await newApplication(positionId);
    return { positionId, applicationId };
  })();
  return own;
}

/** The callers whose screening move succeeds get a fresh application, so no case sees another's move. */
const screens = (caller: Caller) => unitScoped(200)(caller, 'self') === 200;

/** A fresh application of the reviewer's unit, shortlisted, for an interview to be scheduled. */
async function shortlisted(positionId: string) {
  const { applicationId } = await newApplication(positionId);
  return Applications.transition(SYSTEM, applicationId, { to: 'shortlisted', version: 1 });
}

export const REVIEWER_VARIANTS: Record<string, RouteExpectation & { operationId: string }> = {
  'listPositions:otherUnit': {
    operationId: 'listPositions',
    targets: ['other'],
    request: (world) => ({ method: 'GET', path: `/v1/positions?unitId=${world.programme.hostUnitId}` }),
    expect: unitScoped(200),
  },
  'listPositions:ownUnit': {
    operationId: 'listPositions',
    targets: ['self'],
    request: (world) => ({ method: 'GET', path: `/v1/positions?unitId=${world.reviewerUnit}&status=published` }),
    expect: unitScoped(200),
  },
  'getPosition:ownUnit': {
    operationId: 'getPosition',
    targets: ['self'],
    request: async (world) => ({ method: 'GET', path: `/v1/positions/${(await ownOf(world)).positionId}` }),
    expect: unitScoped(200),
  },
  'getPositionApplicationsXlsx:ownUnit': {
    operationId: 'getPositionApplicationsXlsx',
    targets: ['self'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/positions/${(await ownOf(world)).positionId}/applications.xlsx`,
    }),
    expect: unitScoped(200),
  },
  'listApplications:ownUnit': {
    operationId: 'listApplications',
    targets: ['self'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/positions/${(await ownOf(world)).positionId}/applications`,
    }),
    expect: unitScoped(200),
  },
  'getApplication:ownUnit': {
    operationId: 'getApplication',
    targets: ['self'],
    request: async (world) => ({ method: 'GET', path: `/v1/applications/${(await ownOf(world)).applicationId}` }),
    expect: unitScoped(200),
  },
  'transitionApplication:ownUnit': {
    operationId: 'transitionApplication',
    targets: ['self'],
    request: async (world, _target, caller) => {
      const { positionId, applicationId } = await ownOf(world);
      const id = screens(caller) ? (await newApplication(positionId)).applicationId : applicationId;
      return { method: 'POST', path: `/v1/applications/${id}/transitions`, body: { to: 'shortlisted', version: 1 } };
    },
    expect: unitScoped(200),
  },
  'scheduleInterview:ownUnit': {
    operationId: 'scheduleInterview',
    targets: ['self'],
    request: async (world, _target, caller) => {
      const { positionId, applicationId } = await ownOf(world);
      const fresh = screens(caller) ? await shortlisted(positionId) : { applicationId, version: 1 };
      return {
        method: 'PUT',
        path: `/v1/applications/${fresh.applicationId}/interview`,
        body: {
          version: fresh.version,
          startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          place: '用人单位会议室',
          panel: [{ name: '面试官', email: 'panel.reviewer@example.com' }],
        },
      };
    },
    expect: unitScoped(200),
  },
};
