import { amountFor, categoryOf, policyInForce, type Zone } from '../conversion/subsidy-rules.ts';
import type { SubsidyPolicyView } from '../subsidy-policies/subsidy-policies.schema.ts';

export const POSITION_DEGREE_LEVELS = ['bachelor', 'master', 'phd'] as const;
export type PositionDegreeLevel = (typeof POSITION_DEGREE_LEVELS)[number];

export interface HousingSubsidy {
  policyId: string;
  policyName: string;
  effectiveFrom: string;
  yearsRequired: number;
  zone: Zone;
  /** For someone holding exactly the required degree. */
  amountFen: number;
  /** For each degree the position accepts, the required one first: a PhD who takes a master's post is paid as a PhD. */
  byDegree: Array<{ degreeLevel: PositionDegreeLevel; amountFen: number }>;
}

/**
 * The housing subsidy someone who takes the position would be promised today: the policy version in
 * force today (the latest effective on or before it), priced by the same rules as an outcome's
 * eligibility (`categoryOf`, `amountFor`): the position's zone, and the degree's row of the table.
 * Worked out on every read and never stored, so a new policy version shows on every position at once.
 * Null when no version is in force yet. 0 fen: the version pays that degree nothing in that zone.
 */
export function housingSubsidyFor(
  position: { degreeLevel: PositionDegreeLevel; inHighTechZone: boolean },
  policies: readonly SubsidyPolicyView[],
  today: string,
): HousingSubsidy | null {
  const policy = policyInForce(policies, today);
  if (!policy) return null;
  const zone: Zone = position.inHighTechZone ? 'high_tech_zone' : 'prefecture';
  const accepted = POSITION_DEGREE_LEVELS.slice(POSITION_DEGREE_LEVELS.indexOf(position.degreeLevel));
  const byDegree = accepted.map((degreeLevel) => ({
    degreeLevel,
    amountFen: amountFor(policy.amounts, categoryOf(degreeLevel), zone),
  }));
  return {
    policyId: policy.policyId,
    policyName: policy.name,
    effectiveFrom: policy.effectiveFrom,
    yearsRequired: policy.yearsRequired,
    zone,
    amountFen: byDegree[0]!.amountFen,
    byDegree,
  };
}
