import { type ApplicationInput, Applications, FileStorage, Interviews } from '@aksu/core';
import { applicant, newApplication, pdfBytes, putFile } from '../applications.ts';
import { newPosition } from '../positions.ts';
import { unitScoped } from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import type { World } from './fixtures.ts';
import { writes } from './host-unit-expectations.ts';

/**
 * Applications: applying and the applicant's own application are public (the code in the body opens
 * it, never the caller's role), so everyone, signed in or not, gets the same answer; screening,
 * the CV links included, is for organisers and the unit's reviewer, to whom these applications,
 * another unit's, are 404 (its own unit's in reviewer-expectations.ts). Needs the local S3 server
 * (the matrix starts one).
 */
interface Shared {
  positionId: string;
  applicationId: string;
}

let shared: Promise<Shared> | undefined;
function sharedOf(world: World): Promise<Shared> {
  shared ??= (async () => {
    const { positionId } = await newPosition(world.programme.hostUnitId, { headcount: 50 });
    const { applicationId } = await newApplication(positionId);
    return { positionId, applicationId };
  })();
  return shared;
}

const office = { userId: 'authz-office', role: 'organiser' } as const;
const interviewAt = () => ({
  startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  place: '人社局三楼会议室',
  panel: [{ name: '面试官', email: 'panel.authz@example.com' }],
});

/** A fresh shortlisted application, which an organiser may schedule an interview for. */
async function shortlisted(positionId: string) {
  const { applicationId } = await newApplication(positionId);
  return Applications.transition(office, applicationId, { to: 'shortlisted', version: 1 });
}

/** A fresh application with an interview scheduled, and its access code, for the applicant's reply. */
async function interviewing(positionId: string) {
  const { applicationId, accessCode } = await newApplication(positionId);
  await Applications.transition(office, applicationId, { to: 'shortlisted', version: 1 });
  const scheduled = await Interviews.schedule(office, applicationId, { version: 2, ...interviewAt() });
  return { accessCode, revision: scheduled.interview!.revision };
}

async function uploadKey(): Promise<string> {
  const body = pdfBytes();
  const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: body.length });
  await putFile(ticket, body);
  return ticket.uploadKey;
}

export const APPLICATION_EXPECTATIONS: Record<string, RouteExpectation> = {
  requestCvUpload: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/positions/${(await sharedOf(world)).positionId}/cv-uploads`,
      body: { contentType: 'application/pdf', size: 2048 },
    }),
    expect: () => 201,
  },
  applyToPosition: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/positions/${(await sharedOf(world)).positionId}/applications`,
      body: { ...applicant(), cvKey: await uploadKey() } satisfies ApplicationInput,
    }),
    expect: () => 201,
  },
  openMyApplication: {
    targets: ['none'],
    request: async (world) => {
      const { positionId } = await sharedOf(world);
      return {
        method: 'POST',
        path: `/v1/public/positions/${positionId}/applications/my`,
        body: { token: (await newApplication(positionId)).accessCode },
      };
    },
    expect: () => 200,
  },
  withdrawMyApplication: {
    targets: ['none'],
    request: async (world) => {
      const { positionId } = await sharedOf(world);
      return {
        method: 'POST',
        path: `/v1/public/positions/${positionId}/applications/my/withdraw`,
        body: { token: (await newApplication(positionId)).accessCode },
      };
    },
    expect: () => 200,
  },
  requestApplicationRecovery: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/positions/${(await sharedOf(world)).positionId}/applications/recovery`,
      body: { email: applicant().email },
    }),
    expect: () => 202,
  },
  // Nobody applied with this email, so every caller hears that the code is not valid.
  verifyApplicationRecovery: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/positions/${(await sharedOf(world)).positionId}/applications/recovery/verify`,
      body: { email: applicant().email, code: '123456' },
    }),
    expect: () => 400,
  },
  listApplications: {
    targets: ['none'],
    request: async (world) => ({
      method: 'GET',
      path: `/v1/positions/${(await sharedOf(world)).positionId}/applications`,
    }),
    expect: unitScoped(200),
  },
  getApplication: {
    targets: ['none'],
    request: async (world) => ({ method: 'GET', path: `/v1/applications/${(await sharedOf(world)).applicationId}` }),
    expect: unitScoped(200),
  },
  transitionApplication: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const { positionId, applicationId } = await sharedOf(world);
      return {
        method: 'POST',
        path: `/v1/applications/${writes(caller) ? (await newApplication(positionId)).applicationId : applicationId}/transitions`,
        body: { to: 'shortlisted', version: 1 },
      };
    },
    expect: unitScoped(200),
  },
  scheduleInterview: {
    targets: ['none'],
    request: async (world, _target, caller) => {
      const { positionId, applicationId } = await sharedOf(world);
      const fresh = writes(caller) ? await shortlisted(positionId) : { applicationId, version: 1 };
      return {
        method: 'PUT',
        path: `/v1/applications/${fresh.applicationId}/interview`,
        body: { version: fresh.version, ...interviewAt() },
      };
    },
    expect: unitScoped(200),
  },
  replyToMyInterview: {
    targets: ['none'],
    request: async (world) => {
      const { positionId } = await sharedOf(world);
      const { accessCode, revision } = await interviewing(positionId);
      return {
        method: 'POST',
        path: `/v1/public/positions/${positionId}/applications/my/interview-reply`,
        body: { token: accessCode, revision, answer: 'confirmed' },
      };
    },
    expect: () => 200,
  },
};
