import { COHORT_REGISTRATION_STATUSES } from '../cohort-registrations/cohort-registration.entity.ts';
import { DomainError } from '../errors.ts';
import type { CohortUniversitySummary } from './cohorts.schema.ts';
import type { CohortUniversityRecord } from './records.ts';

/** A university's places in a cohort: the ones taken (`active`) and a count per registration status. */
export const COUNTERS = ['active', ...COHORT_REGISTRATION_STATUSES] as const;
export const zeroCounters = () =>
  Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<(typeof COUNTERS)[number], number>;

/** A university joining a cohort starts with no places taken. */
export function newCounter(
  cohortId: string,
  universityId: string,
  quota: number,
  cohortStartsOn: string,
  at: string,
): CohortUniversityRecord {
  return { cohortId, universityId, quota, cohortStartsOn, ...zeroCounters(), createdAt: at };
}

export const missingUniversity = (index: number) =>
  new DomainError('not_found', 'University was not found', {
    errors: [{ path: `universities.${index}.universityId`, message: 'No such university', code: 'not_found' }],
  });

export function toSummary(u: CohortUniversityRecord): CohortUniversitySummary {
  const { cohortId, universityId, quota } = u;
  return {
    cohortId,
    universityId,
    quota,
    ...Object.fromEntries(COUNTERS.map((c) => [c, u[c]])),
  } as CohortUniversitySummary;
}
