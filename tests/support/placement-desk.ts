import { db } from '@aksu/core';
import { newAccount, newUniversity, type Account } from './accounts.ts';
import { call, type CallResult } from './http.ts';
import { openProgrammeCohort } from './programme.ts';

/**
 * The organiser's placement desk as the placement and mentor tests use it: an organiser, a
 * coordinator of one university, a second university, and a running cohort both take part in.
 */
export interface PlacementDesk {
  organiser: Account;
  coordinator: Account;
  uni: Awaited<ReturnType<typeof newUniversity>>;
  otherUni: Awaited<ReturnType<typeof newUniversity>>;
  cohortId: string;
  /** A call as the organiser, unless another token is given. */
  as(method: string, path: string, body?: unknown, token?: string): Promise<CallResult>;
  place(registrationId: string, projectId: string, extra?: Record<string, unknown>): Promise<CallResult>;
  seatsOf(projectId: string): Promise<{ seats: number; placed: number; version: number }>;
}

export async function placementDesk(): Promise<PlacementDesk> {
  const [organiser, uni, otherUni] = await Promise.all([newAccount('organiser'), newUniversity(), newUniversity()]);
  const coordinator = await newAccount('coordinator', { universityId: uni.universityId });
  const { cohortId } = await openProgrammeCohort([uni.universityId, otherUni.universityId]);
  const as = (method: string, path: string, body?: unknown, token = organiser.token) =>
    call(method, path, { token, body });
  return {
    organiser,
    coordinator,
    uni,
    otherUni,
    cohortId,
    as,
    place: (registrationId, projectId, extra = {}) =>
      as('POST', `/v1/cohorts/${cohortId}/placements`, { registrationId, projectId, ...extra }),
    seatsOf: async (projectId) => (await as('GET', `/v1/projects/${projectId}`)).body,
  };
}

/** The stored registration, read past the API. */
export const storedRegistration = async (registrationId: string) =>
  (await db().service.entities.cohortRegistration.get({ registrationId }).go()).data!;
