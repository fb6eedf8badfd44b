import { CohortRegistrations, Cohorts, registerBatch, type UniversityView } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { openCohort, studentBody } from '../cohorts.ts';

export interface CohortWorld {
  /** Open for registration, universities A and B taking part. */
  cohortId: string;
  /** A cohort only university B takes part in: it does not exist for coordinator A. */
  cohortBOnly: string;
  registrationA: string;
  registrationB: string;
}

/** One registration of the university in the cohort, submitted by the system organiser. */
export async function freshRegistration(cohortId: string, universityId: string): Promise<string> {
  const [outcome] = await registerBatch(SYSTEM, cohortId, [studentBody({ universityId })]);
  if (!outcome?.ok) throw new Error(`matrix registration failed: ${JSON.stringify(outcome)}`);
  return outcome.registration.registrationId;
}

/** An accepted registration (with its intern invitation), ready to be confirmed. */
export async function acceptedRegistration(cohortId: string, universityId: string): Promise<string> {
  const registrationId = await freshRegistration(cohortId, universityId);
  const [result] = await CohortRegistrations.decide(SYSTEM, cohortId, {
    registrationIds: [registrationId],
    decision: 'accepted',
  });
  if (!result?.ok) throw new Error(`matrix acceptance failed: ${JSON.stringify(result)}`);
  return registrationId;
}

export async function buildCohortWorld(uniA: UniversityView, uniB: UniversityView): Promise<CohortWorld> {
  const cohort = await openCohort([
    { universityId: uniA.universityId, quota: 1000 },
    { universityId: uniB.universityId, quota: 1000 },
  ]);
  const onlyB = await Cohorts.create(SYSTEM, {
    name: '仅乙校批次',
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: '2030-05-01T00:00:00+08:00',
    registrationClosesAt: '2030-06-30T23:59:59+08:00',
    universities: [{ universityId: uniB.universityId, quota: 5 }],
  });
  return {
    cohortId: cohort.cohortId,
    cohortBOnly: onlyB.cohortId,
    registrationA: await freshRegistration(cohort.cohortId, uniA.universityId),
    registrationB: await freshRegistration(cohort.cohortId, uniB.universityId),
  };
}
