export * from './conversion.schema.ts';
export * from './dashboard.schema.ts';
export { EMPLOYMENT_KINDS, OUTCOME_STAGES, SUBSIDY_CATEGORIES } from './outcome.entity.ts';
export { eligibility, forecastLiability, policyInForce, addYears, type LiabilityBucket } from './subsidy-rules.ts';
export * from './conversion.ts';
