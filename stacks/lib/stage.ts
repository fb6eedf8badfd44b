import type { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The one stage whose data must survive `sst remove` and a mistaken resource replacement. */
export const PRODUCTION_STAGE = 'prod';

export function isProduction(stage: string): boolean {
  return stage === PRODUCTION_STAGE;
}

/**
 * How long function and access logs are kept; without a value CloudWatch keeps them forever.
 * Production keeps a quarter, long enough to trace a disputed check-in or payout; other stages
 * keep what a debugging session needs.
 */
export function logRetention(stage: string): Lowercase<keyof typeof RetentionDays> {
  return isProduction(stage) ? 'three_months' : 'one_week';
}
