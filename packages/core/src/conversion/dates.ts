import { getCohortRecord } from '../cohorts/records.ts';
import { DomainError } from '../errors.ts';
export { futureDateError } from '../future-date.ts';
import { DEFAULT_TIME_ZONE, localDate } from '../time.ts';
import { addYears } from './subsidy-rules.ts';

/**
 * Today where the person's story is told: their cohort's time zone, or the programme's for a lead
 * (no cohort). An outcome is dated by the people who record it there, so "today" is theirs.
 */
export async function outcomeToday(cohortId: string | undefined, now: Date): Promise<string> {
  const cohort = cohortId ? await getCohortRecord(cohortId) : null;
  return localDate(now, cohort?.timeZone ?? DEFAULT_TIME_ZONE);
}

/**
 * Year n of service is complete on the n-th anniversary of 报到 (29 February onboardings on 28
 * February), so a confirmation of year n cannot be dated before it; otherwise all five years could
 * be confirmed in the first month and the subsidy would look earned.
 */
export const earliestConfirmation = (onboardedOn: string, year: number) => addYears(onboardedOn, year);

export function retentionDateError(onboardedOn: string, year: number, confirmedOn: string): DomainError | null {
  const earliestOn = earliestConfirmation(onboardedOn, year);
  if (confirmedOn >= earliestOn) return null;
  return new DomainError(
    'retention_too_early',
    `Year ${year} can be confirmed from ${earliestOn}, the anniversary of onboarding`,
    {
      earliestOn,
      errors: [
        {
          path: 'confirmedOn',
          message: `On or after ${earliestOn}`,
          code: 'too_early',
          params: { earliest: earliestOn },
        },
      ],
    },
  );
}
