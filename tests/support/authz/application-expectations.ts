import { type ApplicationInput, FileStorage } from '@aksu/core';
import { applicant, newApplication, pdfBytes, putFile } from '../applications.ts';
import { newPosition } from '../positions.ts';
import { organisersOnly } from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import type { World } from './fixtures.ts';
import { writes } from './host-unit-expectations.ts';

/**
 * Applications: applying and the applicant's own application are public (the code in the body opens
 * it, never the caller's role), so everyone, signed in or not, gets the same answer; screening,
 * the CV links included, is for organisers only. Needs the local S3 server (the matrix starts one).
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
    expect: organisersOnly(200),
  },
  getApplication: {
    targets: ['none'],
    request: async (world) => ({ method: 'GET', path: `/v1/applications/${(await sharedOf(world)).applicationId}` }),
    expect: organisersOnly(200),
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
    expect: organisersOnly(200),
  },
};
